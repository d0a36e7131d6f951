#include "http/api_routes.h"

#include "http/custom_food_routes.h"
#include "http/diary_routes.h"
#include "http/export_routes.h"
#include "http/engagement_routes.h"
#include "http/food_routes.h"
#include "http/log_routes.h"
#include "http/profile_routes.h"
#include "http/projection_routes.h"

namespace platewise::http {

void AddApiRoutes(Router& router, Store& store, const AccountOptions& options, search::FoodIndex& index,
                  const DriTable& dri) {
  auto authenticator = std::make_shared<Authenticator>(*store.accounts);
  router.SetRequestFilter([authenticator](Request& req) { authenticator->Authenticate(req); });
  AddFoodRoutes(router, *store.foods, index);
  AccountOptions account_options = options;
  account_options.on_account_deleted = [&index, then = options.on_account_deleted](UserId user) {
    index.RemoveOwner(user);
    if (then) then(user);
  };
  AddAccountRoutes(router, *store.accounts, account_options);
  AddProfileRoutes(router, store);
  AddDiaryRoutes(router, store, index);
  AddLogRoutes(router, store);
  AddCustomFoodRoutes(router, store, index);
  AddExportRoutes(router, store);
  AddEngagementRoutes(router, store, dri);
  AddProjectionRoutes(router, store);
  router.Add("GET", "/api/v1/openapi.yaml", [](const Request&) {
    Response r;
    r.content_type = "application/yaml";
    r.body = OpenApiYaml();
    return r;
  });
}

}  // namespace platewise::http
