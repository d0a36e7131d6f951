#include "http/log_routes.h"

#include "core/energy/exercise.h"
#include "core/usecases/day_logs.h"
#include "http/error_response.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "json/diary_json.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

Result<ExerciseInput> ReadExercise(const nlohmann::json& body) {
  ExerciseInput in;
  auto minutes = OptionalNumber(body, "minutes");
  if (!minutes.ok()) return minutes.status();
  in.minutes = *minutes;
  auto activity = OptionalString(body, "activity", 64);
  if (!activity.ok()) return activity.status();
  in.activity = *activity;
  auto kcal = OptionalNumber(body, "kcal");
  if (!kcal.ok()) return kcal.status();
  in.kcal = *kcal;
  auto description = OptionalString(body, "description", 200);
  if (!description.ok()) return description.status();
  in.description = *description;
  return in;
}

Result<std::optional<CivilDate>> DateQuery(const Request& req, const std::string& name) {
  auto it = req.query.find(name);
  if (it == req.query.end()) return std::optional<CivilDate>();
  auto d = ParseCivilDate(it->second);
  if (!d.ok()) return d.status().ForField(name);
  return std::optional<CivilDate>(*d);
}

}  // namespace

void AddLogRoutes(Router& router, UseCaseContext& ctx) {
  router.Add("POST", "/api/v1/diary/{date}/water", [&ctx](const Request& req) {
    auto w = ReadDatedWrite(req, {"ml"});
    if (!w.ok()) return ErrorResponse(w.status());
    auto ml = RequiredNumber(w->body, "ml");
    if (!ml.ok()) return ErrorResponse(ml.status());
    auto stored = LogWater(ctx, w->user, w->date, *ml);
    if (!stored.ok()) return ErrorResponse(stored.status());
    return JsonResponse(201, WaterJson(*stored));
  });

  AddDeleteByIdRoute(router, "/api/v1/water/{id}", "water entry",
                     [&ctx](UserId user, std::int64_t id) { return DeleteWater(ctx, user, id); });

  router.Add("GET", "/api/v1/exercise/activities", [](const Request&) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& a : ExerciseActivities()) {
      list.push_back({{"key", a.key}, {"description", a.description}, {"met", a.met}, {"compendium_code", a.code}});
    }
    return JsonResponse(200, {{"activities", std::move(list)}});
  });

  router.Add("POST", "/api/v1/diary/{date}/exercise", [&ctx](const Request& req) {
    auto w = ReadDatedWrite(req, {"activity", "minutes", "description", "kcal"});
    if (!w.ok()) return ErrorResponse(w.status());
    auto in = ReadExercise(w->body);
    if (!in.ok()) return ErrorResponse(in.status());
    auto stored = LogExercise(ctx, w->user, w->date, *in);
    if (!stored.ok()) return ErrorResponse(stored.status());
    return JsonResponse(201, ExerciseJson(*stored));
  });

  AddDeleteByIdRoute(router, "/api/v1/exercise/{id}", "exercise entry",
                     [&ctx](UserId user, std::int64_t id) { return DeleteExercise(ctx, user, id); });

  router.Add("POST", "/api/v1/weights", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = JsonBody(req, {"date", "weight_kg"});
    if (!body.ok()) return ErrorResponse(body.status());
    auto date = RequiredDate(*body, "date");
    if (!date.ok()) return ErrorResponse(date.status());
    auto kg = RequiredNumber(*body, "weight_kg");
    if (!kg.ok()) return ErrorResponse(kg.status());
    auto stored = LogWeight(ctx, *user, *date, *kg);
    if (!stored.ok()) return ErrorResponse(stored.status());
    return JsonResponse(201, LoggedWeightJson(*stored));
  });

  router.Add("GET", "/api/v1/weights", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto from = DateQuery(req, "from");
    if (!from.ok()) return ErrorResponse(from.status());
    auto to = DateQuery(req, "to");
    if (!to.ok()) return ErrorResponse(to.status());
    auto weights = ListWeights(ctx, *user, *from, *to);
    if (!weights.ok()) return ErrorResponse(weights.status());
    return JsonResponse(200, WeightsJson(*weights));
  });

  AddDeleteByIdRoute(router, "/api/v1/weights/{id}", "weight entry",
                     [&ctx](UserId user, std::int64_t id) { return DeleteWeight(ctx, user, id); });
}

}  // namespace platewise::http
