#include "http/goal_routes.h"

#include "core/usecases/goals.h"
#include "http/error_response.h"
#include "http/request_user.h"
#include "json/macro_goal_json.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

// {"unit":"percent"|"grams","protein":N,"carbohydrate":N,"fat":N}; the
// rules (ranges, the sum of percents) are the use case's.
Result<MacroTargets> ReadMacroTargets(const Request& req) {
  auto body = ParseJsonObject(req.body);
  if (!body.ok()) return body.status();
  PW_RETURN_IF_ERROR(CheckOnlyFields(*body, {"unit", "protein", "carbohydrate", "fat"}));
  auto unit = RequiredString(*body, "unit", 16);
  if (!unit.ok()) return unit.status();
  auto parsed = ParseMacroUnit(*unit);
  if (!parsed.ok()) return parsed.status().ForField("unit");
  MacroTargets t;
  t.unit = *parsed;
  for (auto [name, value] : {std::pair{"protein", &t.protein}, std::pair{"carbohydrate", &t.carbohydrate},
                             std::pair{"fat", &t.fat}}) {
    auto n = RequiredNumber(*body, name);
    if (!n.ok()) return n.status();
    *value = *n;
  }
  return t;
}

// {"goal_weight_kg":N,"goal_date":"YYYY-MM-DD"|null}; goal_weight_kg null
// clears the goal.
Result<std::optional<WeightGoal>> ReadWeightGoal(const Request& req) {
  auto body = ParseJsonObject(req.body);
  if (!body.ok()) return body.status();
  PW_RETURN_IF_ERROR(CheckOnlyFields(*body, {"goal_weight_kg", "goal_date"}));
  auto kg = OptionalNumber(*body, "goal_weight_kg");
  if (!kg.ok()) return kg.status();
  auto date = OptionalDate(*body, "goal_date");
  if (!date.ok()) return date.status();
  if (!*kg) {
    if (*date) return Status::Unprocessable("goal_weight_kg", "a goal date needs a goal weight");
    return std::optional<WeightGoal>();
  }
  return std::optional<WeightGoal>(WeightGoal{Kilograms(**kg), *date});
}

}  // namespace

void AddGoalRoutes(Router& router, UseCaseContext& ctx) {
  router.Add("GET", "/api/v1/goal/macros", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto goal = UserMacroGoal(ctx, *user);
    if (!goal.ok()) return ErrorResponse(goal.status());
    return JsonResponse(200, MacroGoalJson(*goal));
  });

  router.Add("PUT", "/api/v1/goal/macros", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto targets = ReadMacroTargets(req);
    if (!targets.ok()) return ErrorResponse(targets.status());
    auto goal = SaveMacroTargets(ctx, *user, *targets);
    if (!goal.ok()) return ErrorResponse(goal.status());
    return JsonResponse(200, MacroGoalJson(*goal));
  });

  router.Add("GET", "/api/v1/goal/weight", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto view = UserWeightGoal(ctx, *user);
    if (!view.ok()) return ErrorResponse(view.status());
    return JsonResponse(200, WeightGoalJson(*view));
  });

  router.Add("PUT", "/api/v1/goal/weight", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto goal = ReadWeightGoal(req);
    if (!goal.ok()) return ErrorResponse(goal.status());
    auto view = SaveWeightGoal(ctx, *user, *goal);
    if (!view.ok()) return ErrorResponse(view.status());
    return JsonResponse(200, WeightGoalJson(*view));
  });

  router.Add("DELETE", "/api/v1/goal/weight", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto view = SaveWeightGoal(ctx, *user, std::nullopt);
    if (!view.ok()) return ErrorResponse(view.status());
    return JsonResponse(200, WeightGoalJson(*view));
  });
}

}  // namespace platewise::http
