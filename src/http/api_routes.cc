#include "http/api_routes.h"

#include <memory>

#include "http/authenticator.h"

#include "http/custom_food_routes.h"
#include "http/diary_routes.h"
#include "http/export_routes.h"
#include "http/engagement_routes.h"
#include "http/food_routes.h"
#include "http/goal_routes.h"
#include "http/health_route.h"
#include "http/log_routes.h"
#include "http/profile_routes.h"
#include "http/projection_routes.h"
#include "http/saved_meal_routes.h"

namespace platewise::http {

void AddApiRoutes(Router& router, UseCaseContext& ctx, const AccountOptions& options, search::FoodIndex& index,
                  const DriTable& dri) {
  auto authenticator = std::make_shared<Authenticator>(*ctx.store.accounts, ctx.clock);
  router.SetRequestFilter([authenticator](Request& req) { authenticator->Authenticate(req); });
  AddHealthRoute(router, ctx.store);
  AddFoodRoutes(router, *ctx.store.foods, index);
  AddAccountRoutes(router, ctx, options);
  AddProfileRoutes(router, ctx);
  AddGoalRoutes(router, ctx);
  AddDiaryRoutes(router, ctx);
  AddSavedMealRoutes(router, ctx);
  AddLogRoutes(router, ctx);
  AddCustomFoodRoutes(router, ctx);
  AddExportRoutes(router, ctx);
  AddEngagementRoutes(router, ctx, dri);
  AddProjectionRoutes(router, ctx);
  router.Add("GET", "/api/v1/openapi.yaml", [](const Request&) {
    Response r;
    r.content_type = "application/yaml";
    r.body = OpenApiYaml();
    return r;
  });
}

}  // namespace platewise::http
