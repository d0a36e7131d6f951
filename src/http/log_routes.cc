#include "http/log_routes.h"

#include "core/energy/exercise.h"
#include "core/units/body_units.h"
#include "http/error_response.h"
#include "http/profile_routes.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "json/diary_json.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

constexpr double kMaxWaterMl = 10000;

Result<ExerciseEntry> ReadExercise(Store& store, UserId user, const CivilDate& date, const nlohmann::json& body) {
  ExerciseEntry e;
  e.date = date;
  auto minutes = OptionalNumber(body, "minutes");
  if (!minutes.ok()) return minutes.status();
  if (*minutes && (**minutes <= 0 || **minutes > kMaxExerciseMinutes)) {
    return Status::Unprocessable("minutes", "minutes must be more than 0 and at most 1440");
  }
  e.minutes = *minutes;
  auto activity = OptionalString(body, "activity", 64);
  if (!activity.ok()) return activity.status();
  if (*activity && **activity != "custom") {
    auto found = FindExerciseActivity(**activity);
    if (!found.ok()) return found.status().ForField("activity");
    if (!*minutes) return Status::Unprocessable("minutes", "an activity needs its minutes");
    if (body.contains("kcal")) return Status::Unprocessable("kcal", "give an activity and minutes, or kcal, not both");
    auto profile = CurrentBodyProfile(store, user);
    if (!profile.ok()) return profile.status();
    if (!*profile) {
      return Status::Unprocessable("activity", "kcal from an activity needs your weight: set a profile first, "
                                               "or give kcal for a custom entry");
    }
    e.activity = found->key;
    e.description = found->description;
    e.kcal = ExerciseKcal(*found, (*profile)->weight, **minutes);
    return e;
  }
  auto kcal = RequiredNumber(body, "kcal");
  if (!kcal.ok()) return kcal.status();
  if (*kcal <= 0 || *kcal > kMaxExerciseKcal) {
    return Status::Unprocessable("kcal", "kcal must be more than 0 and at most 20000");
  }
  auto description = RequiredString(body, "description", 200);
  if (!description.ok()) return description.status();
  if (description->empty()) return Status::Unprocessable("description", "description must not be empty");
  e.activity = "custom";
  e.description = *description;
  e.kcal = Kcal(*kcal);
  return e;
}

Result<std::optional<CivilDate>> DateQuery(const Request& req, const std::string& name) {
  auto it = req.query.find(name);
  if (it == req.query.end()) return std::optional<CivilDate>();
  auto d = ParseCivilDate(it->second);
  if (!d.ok()) return d.status().ForField(name);
  return std::optional<CivilDate>(*d);
}

}  // namespace

void AddLogRoutes(Router& router, Store& store) {
  router.Add("POST", "/api/v1/diary/{date}/water", [&store](const Request& req) {
    auto w = ReadDatedWrite(req, {"ml"});
    if (!w.ok()) return ErrorResponse(w.status());
    auto ml = RequiredNumber(w->body, "ml");
    if (!ml.ok()) return ErrorResponse(ml.status());
    if (*ml <= 0 || *ml > kMaxWaterMl) {
      return ErrorResponse(Status::Unprocessable("ml", "ml must be more than 0 and at most 10000"));
    }
    auto stored = store.water->Add(w->user, {0, w->date, *ml});
    if (!stored.ok()) return ErrorResponse(stored.status());
    return JsonResponse(201, WaterJson(*stored));
  });

  AddDeleteByIdRoute(router, "/api/v1/water/{id}", "water entry",
                     [&store](UserId user, std::int64_t id) { return store.water->Delete(user, id); });

  router.Add("GET", "/api/v1/exercise/activities", [](const Request&) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& a : ExerciseActivities()) {
      list.push_back({{"key", a.key}, {"description", a.description}, {"met", a.met}, {"compendium_code", a.code}});
    }
    return JsonResponse(200, {{"activities", std::move(list)}});
  });

  router.Add("POST", "/api/v1/diary/{date}/exercise", [&store](const Request& req) {
    auto w = ReadDatedWrite(req, {"activity", "minutes", "description", "kcal"});
    if (!w.ok()) return ErrorResponse(w.status());
    auto entry = ReadExercise(store, w->user, w->date, w->body);
    if (!entry.ok()) return ErrorResponse(entry.status());
    auto stored = store.exercise->Add(w->user, *entry);
    if (!stored.ok()) return ErrorResponse(stored.status());
    return JsonResponse(201, ExerciseJson(*stored));
  });

  AddDeleteByIdRoute(router, "/api/v1/exercise/{id}", "exercise entry",
                     [&store](UserId user, std::int64_t id) { return store.exercise->Delete(user, id); });

  router.Add("POST", "/api/v1/weights", [&store](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = JsonBody(req, {"date", "weight_kg"});
    if (!body.ok()) return ErrorResponse(body.status());
    auto date = RequiredDate(*body, "date");
    if (!date.ok()) return ErrorResponse(date.status());
    auto kg = RequiredNumber(*body, "weight_kg");
    if (!kg.ok()) return ErrorResponse(kg.status());
    if (*kg < kMinWeightKg || *kg > kMaxWeightKg) {
      return ErrorResponse(Status::Unprocessable("weight_kg", "weight_kg must be from 20 to 450"));
    }
    auto stored = store.weights->Put(*user, {0, *date, Kilograms(*kg)});
    if (!stored.ok()) return ErrorResponse(stored.status());
    return JsonResponse(201, WeightJson(*stored));
  });

  router.Add("GET", "/api/v1/weights", [&store](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto from = DateQuery(req, "from");
    if (!from.ok()) return ErrorResponse(from.status());
    auto to = DateQuery(req, "to");
    if (!to.ok()) return ErrorResponse(to.status());
    auto weights = store.weights->List(*user, *from, *to);
    if (!weights.ok()) return ErrorResponse(weights.status());
    nlohmann::json list = nlohmann::json::array();
    for (const WeightEntry& w : *weights) list.push_back(WeightJson(w));
    return JsonResponse(200, {{"weights", std::move(list)}});
  });

  AddDeleteByIdRoute(router, "/api/v1/weights/{id}", "weight entry",
                     [&store](UserId user, std::int64_t id) { return store.weights->Delete(user, id); });
}

}  // namespace platewise::http
