#include "http/profile_routes.h"

#include "core/units/body_units.h"
#include "http/clock.h"
#include "http/error_response.h"
#include "http/request_user.h"
#include "json/diary_json.h"
#include "json/goal_json.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

Result<std::pair<ProfileSettings, BodyProfile>> ReadProfile(const Request& req) {
  auto body = ParseJsonObject(req.body);
  if (!body.ok()) return body.status();
  PW_RETURN_IF_ERROR(CheckOnlyFields(
      *body, {"sex", "birth_date", "height_cm", "weight_kg", "activity", "weekly_goal_lb", "units", "time_zone"}));
  ProfileSettings settings;
  BodyProfile p;
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
  if (!IsKnownTimeZone(*tz)) {
    return Status::Unprocessable("time_zone", "time_zone \"" + *tz + "\" is not an IANA zone such as Europe/Berlin or UTC");
  }
  settings.time_zone = *tz;
  int age = AgeInYears(settings.birth_date, TodayIn(settings.time_zone));
  if (age < kMinAgeYears || age > kMaxAgeYears) {
    return Status::Unprocessable("birth_date", "birth_date gives age " + std::to_string(age) +
                                                   ": the budget formula is for adults of 18-120 years");
  }
  p.age_years = age;
  auto height = RequiredNumber(*body, "height_cm");
  if (!height.ok()) return height.status();
  if (*height < kMinHeightCm || *height > kMaxHeightCm) {
    return Status::Unprocessable("height_cm", "height_cm must be from 50 to 250");
  }
  p.height = Centimeters(*height);
  auto weight = RequiredNumber(*body, "weight_kg");
  if (!weight.ok()) return weight.status();
  if (*weight < kMinWeightKg || *weight > kMaxWeightKg) {
    return Status::Unprocessable("weight_kg", "weight_kg must be from 20 to 450");
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

Result<std::optional<BodyProfile>> CurrentBodyProfile(Store& store, UserId user) {
  auto body = store.profiles->GetProfile(user);
  if (!body.ok()) {
    if (body.status().code() == StatusCode::kNotFound) return std::optional<BodyProfile>();
    return body.status();
  }
  auto settings = store.profile_settings->Get(user);
  if (settings.ok()) {
    body->age_years = AgeInYears(settings->birth_date, TodayIn(settings->time_zone));
  } else if (settings.status().code() != StatusCode::kNotFound) {
    return settings.status();
  }
  return std::optional<BodyProfile>(*body);
}

void AddProfileRoutes(Router& router, Store& store) {
  router.Add("GET", "/api/v1/profile", [&store](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto settings = store.profile_settings->Get(*user);
    if (!settings.ok()) return ErrorResponse(settings.status());
    auto body = CurrentBodyProfile(store, *user);
    if (!body.ok()) return ErrorResponse(body.status());
    if (!*body) return ErrorResponse(Status::NotFound("no profile set: PUT /api/v1/profile first"));
    return JsonResponse(200, ProfileJson(*settings, **body));
  });

  router.Add("PUT", "/api/v1/profile", [&store](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto profile = ReadProfile(req);
    if (!profile.ok()) return ErrorResponse(profile.status());
    Status s = store.profile_settings->Save(*user, profile->first, profile->second);
    if (!s.ok()) return ErrorResponse(s);
    return JsonResponse(200, ProfileJson(profile->first, profile->second));
  });

  router.Add("GET", "/api/v1/goal", [&store](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = CurrentBodyProfile(store, *user);
    if (!body.ok()) return ErrorResponse(body.status());
    if (!*body) return ErrorResponse(Status::NotFound("no profile set: PUT /api/v1/profile first"));
    return JsonResponse(200, CalorieGoalJson(**body, ComputeCalorieGoal(**body)));
  });
}

}  // namespace platewise::http
