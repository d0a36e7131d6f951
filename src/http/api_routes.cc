#include "http/api_routes.h"

#include "http/custom_food_routes.h"
#include "http/diary_routes.h"
#include "http/export_routes.h"
#include "http/engagement_routes.h"
#include "http/food_routes.h"
#include "http/log_routes.h"
#include "http/profile_routes.h"

namespace platewise::http {

void AddApiRoutes(Router& router, Store& store, const AccountOptions& options) {
  auto authenticator = std::make_shared<Authenticator>(*store.accounts);
  router.SetRequestFilter([authenticator](Request& req) { authenticator->Authenticate(req); });
  AddFoodRoutes(router, *store.foods);
  AddAccountRoutes(router, *store.accounts, options);
  AddProfileRoutes(router, store);
  AddDiaryRoutes(router, store);
  AddLogRoutes(router, store);
  AddCustomFoodRoutes(router, store);
  AddExportRoutes(router, store);
  AddEngagementRoutes(router, store);
  router.Add("GET", "/api/v1/openapi.yaml", [](const Request&) {
    Response r;
    r.content_type = "application/yaml";
    r.body = OpenApiYaml();
    return r;
  });
}

}  // namespace platewise::http
