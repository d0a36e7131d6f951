#ifndef PLATEWISE_HTTP_SUPPLEMENT_ROUTES_H_
#define PLATEWISE_HTTP_SUPPLEMENT_ROUTES_H_

// Supplement products, their doses, and the report for a doctor (shapes in
// json/supplement_json.h, json/doctor_report_json.h and docs/api.md). Each
// acts for http::RequireUser(request); the rules are the use cases'
// (core/usecases/supplements.h, core/usecases/doctor_report.h).
//   GET    /api/v1/supplements                     the products, in the order added
//   POST   /api/v1/supplements                     {"name","unit","per_unit":{key: amount}} -> 201
//   DELETE /api/v1/supplements/{id}                the product and its doses -> 204
//   GET    /api/v1/supplement-doses[?from=&to=]    doses (default: the user's today)
//   POST   /api/v1/supplement-doses                {"supplement_id","units"?=1,"date"?=today} -> 201
//   DELETE /api/v1/supplement-doses/{id}           -> 204
//   GET    /api/v1/reports/doctor[?from=&to=&life_stage=]  both dates or neither

#include "core/nutrient/nutrient_use_cases.h"
#include "http/router.h"

namespace platewise::http {

// `ctx` (and everything it refers to) must outlive the router.
void AddSupplementRoutes(Router& router, NutrientContext& ctx);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_SUPPLEMENT_ROUTES_H_
