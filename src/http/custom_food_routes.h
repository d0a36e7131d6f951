#ifndef PLATEWISE_HTTP_CUSTOM_FOOD_ROUTES_H_
#define PLATEWISE_HTTP_CUSTOM_FOOD_ROUTES_H_

// Custom foods and recipes, private to their owner (shapes in docs/api.md):
//   POST   /api/v1/foods              {name, brand?, nutrients:{energy:..,...}, serving_grams?, serving_name?,
//                                      per:"100g"|"serving"}
//                                     -> 201 food detail (id "c123")
//   GET    /api/v1/custom-foods       {"foods":[food summary...]} the user's custom foods and recipes
//   DELETE /api/v1/custom-foods/{id}  204; 409 while diary entries or recipes use it
//   POST   /api/v1/recipes            {name, servings, ingredients:[{food_id, grams}|{food_id, amount, portion}]}
//                                     -> 201 recipe
//   GET    /api/v1/recipes/{id}       {"food":detail,"servings":2,"ingredients":[...],"per_serving":{...}}

#include "http/router.h"
#include "core/usecases/use_case_context.h"

namespace platewise::http {

// `ctx` must outlive the router.
void AddCustomFoodRoutes(Router& router, UseCaseContext& ctx);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_CUSTOM_FOOD_ROUTES_H_
