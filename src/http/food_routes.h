#ifndef PLATEWISE_HTTP_FOOD_ROUTES_H_
#define PLATEWISE_HTTP_FOOD_ROUTES_H_

// Food routes (shapes in json/food_json.h and docs/api.md):
//   GET /api/v1/foods?q=&limit=      {"query":"...","foods":[summary...]}  limit 1-100, default 20,
//                                    ranked by the search index (docs/search.md)
//   GET /api/v1/foods?barcode=CODE   {"barcode":GTIN-14,"foods":[packaged food...]} (json/barcode_matches_json.h):
//                                    the shared foods with that UPC/EAN/GTIN ([] when none: still 200);
//                                    400 naming the problem for a malformed code, or with q or limit
//   GET /api/v1/foods/{id}           food detail; 404 when unknown
// Anyone may read shared foods; a signed-in user also sees their own custom
// foods and recipes (never another user's: 404).

#include "core/ports/food_repository.h"
#include "http/router.h"
#include "search/food_index.h"

namespace platewise::http {

// `foods` and `index` must outlive the router.
void AddFoodRoutes(Router& router, FoodRepository& foods, const search::FoodIndex& index);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_FOOD_ROUTES_H_
