#ifndef PLATEWISE_HTTP_SAVED_MEAL_ROUTES_H_
#define PLATEWISE_HTTP_SAVED_MEAL_ROUTES_H_

// Saved meals (core/usecases/saved_meals.h; shapes in json/saved_meal_json.h
// and docs/api.md):
//   GET    /api/v1/saved-meals                       {"saved_meals":[saved meal...]} in the order saved
//   POST   /api/v1/saved-meals                       {name,date,meal}: that meal of that day saved -> 201 saved meal
//   PATCH  /api/v1/saved-meals/{id}                  {name} -> saved meal
//   DELETE /api/v1/saved-meals/{id}                  204
//   POST   /api/v1/diary/{date}/saved-meals/{id}     {meal}: the saved meal logged there -> 201 {"entries":[entry...]}

#include "core/usecases/use_case_context.h"
#include "http/router.h"

namespace platewise::http {

// `ctx` must outlive the router.
void AddSavedMealRoutes(Router& router, UseCaseContext& ctx);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_SAVED_MEAL_ROUTES_H_
