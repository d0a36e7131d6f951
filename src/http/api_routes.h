#ifndef PLATEWISE_HTTP_API_ROUTES_H_
#define PLATEWISE_HTTP_API_ROUTES_H_

// Every route of the server, registered in one place (the serve command, the
// benchmark and the OpenAPI conformance test use the same set), and the
// authenticator that runs before each of them.
//   GET /api/v1/openapi.yaml   the OpenAPI 3 document of the API (docs/openapi.yaml)

#include "core/nutrient/dri_table.h"
#include "core/usecases/use_case_context.h"
#include "http/account_routes.h"
#include "http/router.h"
#include "search/food_index.h"

namespace platewise::http {

// `ctx` (its index is the food search index's updates), `index` (searched by
// the food routes) and `dri` (nutrient targets) must outlive the router.
void AddApiRoutes(Router& router, UseCaseContext& ctx, const AccountOptions& options, search::FoodIndex& index,
                  const DriTable& dri);

// The text of docs/openapi.yaml, built into the binary.
const char* OpenApiYaml();

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_API_ROUTES_H_
