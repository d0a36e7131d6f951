#include "http/profile_routes.h"

#include <utility>

#include "core/units/body_units.h"
#include "core/usecases/adaptive_maintenance.h"
#include "core/usecases/current_profile.h"
#include "http/error_response.h"
#include "http/request_user.h"
#include "json/diary_json.h"
#include "json/goal_json.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

// The fields of PUT /api/v1/profile, each checked for its type and range;
// the rules that need today (age from the birth date) and the time-zone data
// are the use case's (SaveCurrentProfile).
Result<std::pair<ProfileSettings, BodyProfile>> ReadProfile(const Request& req) {
  auto body = ParseJsonObject(req.body);
  if (!body.ok()) return body.status();
  // "adaptive_maintenance" is GET's, read-only: taken and ignored, so that a
  // client may send back the profile it read (the stored choice is kept; it
  // is set with PUT /api/v1/goal/adaptive-maintenance).
  // The same for the goals (PUT /api/v1/goal/macros and /api/v1/goal/weight).
  PW_RETURN_IF_ERROR(CheckOnlyFields(*body, {"sex", "birth_date", "height_cm", "weight_kg", "activity",
                                             "weekly_goal_lb", "units", "time_zone", "adaptive_maintenance",
                                             "macro_targets", "goal_weight_kg", "goal_date"}));
  ProfileSettings settings;
  BodyProfile p;
  // The range messages speak the units the person chose (imperial or metric).
  DisplayUnits shown = DisplayUnits::kMetric;
  if (body->contains("units") && body->at("units").is_string()) {
    auto named = ParseDisplayUnits(body->at("units").get<std::string>());
    if (named.ok()) shown = *named;
  }
  auto sex = RequiredString(*body, "sex", 16);
  if (!sex.ok()) return sex.status();
  auto parsed_sex = ParseSex(*sex);
  if (!parsed_sex.ok() || sex->size() < 4) {
    return Status::Unprocessable("sex", "sex \"" + *sex + "\" must be female or male");
  }
  p.sex = *parsed_sex;
  auto birth = RequiredDate(*body, "birth_date");
  if (!birth.ok()) return birth.status();
  settings.birth_date = *birth;
  auto tz = RequiredString(*body, "time_zone", 64);
  if (!tz.ok()) return tz.status();
  settings.time_zone = *tz;
  auto height = RequiredNumber(*body, "height_cm");
  if (!height.ok()) return height.status();
  if (*height < kMinHeightCm || *height > kMaxHeightCm) {
    return Status::Unprocessable("height_cm", HeightRangeMessage(Centimeters(*height), shown));
  }
  p.height = Centimeters(*height);
  auto weight = RequiredNumber(*body, "weight_kg");
  if (!weight.ok()) return weight.status();
  if (*weight < kMinWeightKg || *weight > kMaxWeightKg) {
    return Status::Unprocessable("weight_kg", WeightRangeMessage(Kilograms(*weight), shown));
  }
  p.weight = Kilograms(*weight);
  auto activity = RequiredString(*body, "activity", 32);
  if (!activity.ok()) return activity.status();
  auto level = ParseActivityLevel(*activity);
  if (!level.ok()) return level.status().ForField("activity");
  p.activity = *level;
  auto goal_lb = RequiredNumber(*body, "weekly_goal_lb");
  if (!goal_lb.ok()) return goal_lb.status();
  auto goal = WeeklyGoalFromPounds(*goal_lb);
  if (!goal.ok()) return goal.status().ForField("weekly_goal_lb");
  p.goal = *goal;
  auto units = RequiredString(*body, "units", 16);
  if (!units.ok()) return units.status();
  auto parsed_units = ParseDisplayUnits(*units);
  if (!parsed_units.ok()) return parsed_units.status().ForField("units");
  settings.units = *parsed_units;
  return std::make_pair(settings, p);
}

}  // namespace

void AddProfileRoutes(Router& router, UseCaseContext& ctx) {
  router.Add("GET", "/api/v1/profile", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto profile = RequireCurrentProfile(ctx, *user);
    if (!profile.ok()) return ErrorResponse(profile.status());
    return JsonResponse(200, ProfileJson(profile->settings, profile->body));
  });

  router.Add("PUT", "/api/v1/profile", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto read = ReadProfile(req);
    if (!read.ok()) return ErrorResponse(read.status());
    auto saved = SaveCurrentProfile(ctx, *user, read->first, read->second);
    if (!saved.ok()) return ErrorResponse(saved.status());
    return JsonResponse(200, ProfileJson(saved->settings, saved->body));
  });

  router.Add("GET", "/api/v1/goal", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto profile = RequireCurrentProfile(ctx, *user);
    if (!profile.ok()) return ErrorResponse(profile.status());
    return JsonResponse(200, CalorieGoalJson(profile->body, ProfileCalorieGoal(*profile)));
  });

  // The budget on the adaptive estimate (the Weight screen's "Use this
  // budget"), and back to the formula's; both answer with the goal.
  for (auto [method, choose] : {std::pair{"PUT", &ApplyAdaptiveMaintenance}, std::pair{"DELETE", &ClearAdaptiveMaintenance}}) {
    router.Add(method, "/api/v1/goal/adaptive-maintenance", [&ctx, choose](const Request& req) {
      auto user = RequireUser(req);
      if (!user.ok()) return ErrorResponse(user.status());
      auto saved = choose(ctx, *user);
      if (!saved.ok()) return ErrorResponse(saved.status());
      return JsonResponse(200, CalorieGoalJson(saved->body, ProfileCalorieGoal(*saved)));
    });
  }

  router.Add("GET", "/api/v1/today", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto zone = UserTimeZone(ctx, *user);
    if (!zone.ok()) return ErrorResponse(zone.status());
    auto today = UserToday(ctx, *user);
    if (!today.ok()) return ErrorResponse(today.status());
    return JsonResponse(200, {{"date", today->ToString()}, {"time_zone", *zone}});
  });
}

}  // namespace platewise::http
