#ifndef PLATEWISE_HTTP_NUTRIENT_ROUTES_H_
#define PLATEWISE_HTTP_NUTRIENT_ROUTES_H_

// Nutrient routes (shapes in json/nutrient_json.h and docs/api.md). Each acts
// for http::RequireUser(request) and uses the owner's profile (sex, age);
// `life_stage=pregnancy|lactation` selects those DRI groups.
//   GET /api/v1/nutrients/targets[?life_stage=]            the DRI targets
//   GET /api/v1/nutrients/report[?from=&to=&life_stage=]   period report; both
//       dates or neither (then the last 7 logged days)
//   GET /api/v1/nutrients/suggestions[?date=&life_stage=]  gap-closing foods
//       for `date` (default the user's today, core/usecases/current_profile.h)
//   GET /api/v1/nutrients/{key}/foods[?per=100g|100kcal|portion&limit=]
//       foods richest in the nutrient, limit 1-100 (default 20)
// and the supplement and doctor's report routes (http/supplement_routes.h),
// which need the same DRI table.

#include "core/nutrient/nutrient_use_cases.h"
#include "http/router.h"

namespace platewise::http {

struct NutrientRouteDeps {
  NutrientContext context;
  DietSolver& solver;
};

// `deps` (and everything it refers to) must outlive the router.
void AddNutrientRoutes(Router& router, NutrientRouteDeps& deps);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_NUTRIENT_ROUTES_H_
