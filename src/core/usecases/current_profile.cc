#include "core/usecases/current_profile.h"

namespace platewise {
namespace {

// The stored settings, or nullopt when the user has none.
Result<std::optional<ProfileSettings>> StoredSettings(Store& store, UserId user) {
  auto settings = store.profile_settings->Get(user);
  if (settings.ok()) return std::optional<ProfileSettings>(std::move(*settings));
  if (settings.status().code() == StatusCode::kNotFound) return std::optional<ProfileSettings>();
  return settings.status();
}

std::string KnownZoneOrUtc(Clock& clock, const std::string& zone) {
  return clock.IsKnownTimeZone(zone) ? zone : "UTC";
}

CivilDate TodayInZone(Clock& clock, const std::string& zone) { return clock.TodayIn(KnownZoneOrUtc(clock, zone)); }

}  // namespace

CalorieGoal ProfileCalorieGoal(const CurrentProfile& profile) {
  if (const auto& adaptive = profile.settings.adaptive_maintenance) {
    return ComputeCalorieGoalOn(profile.body, adaptive->kcal);
  }
  return ComputeCalorieGoal(profile.body);
}

Result<std::string> UserTimeZone(UseCaseContext& ctx, UserId user) {
  auto settings = StoredSettings(ctx.store, user);
  if (!settings.ok()) return settings.status();
  return KnownZoneOrUtc(ctx.clock, *settings ? (*settings)->time_zone : "UTC");
}

Result<CivilDate> UserToday(UseCaseContext& ctx, UserId user) {
  auto zone = UserTimeZone(ctx, user);
  if (!zone.ok()) return zone.status();
  return ctx.clock.TodayIn(*zone);
}

Result<std::optional<CurrentProfile>> FindCurrentProfile(UseCaseContext& ctx, UserId user) {
  auto body = ctx.store.profiles->GetProfile(user);
  if (!body.ok()) {
    if (body.status().code() == StatusCode::kNotFound) return std::optional<CurrentProfile>();
    return body.status();
  }
  auto settings = StoredSettings(ctx.store, user);
  if (!settings.ok()) return settings.status();
  CurrentProfile p{*body, settings->value_or(ProfileSettings{}), {}};
  p.today = TodayInZone(ctx.clock, p.settings.time_zone);
  if (p.settings.birth_date) p.body.age_years = AgeInYears(*p.settings.birth_date, p.today);
  return std::optional<CurrentProfile>(std::move(p));
}

Result<CurrentProfile> RequireCurrentProfile(UseCaseContext& ctx, UserId user) {
  auto p = FindCurrentProfile(ctx, user);
  if (!p.ok()) return p.status();
  if (!*p) return Status::NotFound("no profile set: set your sex, age, height, weight, activity and goal first");
  return std::move(**p);
}

Result<CurrentProfile> SaveCurrentProfile(UseCaseContext& ctx, UserId user, const ProfileSettings& settings,
                                          BodyProfile body) {
  if (!ctx.clock.IsKnownTimeZone(settings.time_zone)) {
    return Status::Unprocessable("time_zone", "the time zone \"" + settings.time_zone +
                                                  "\" is not an IANA zone such as Europe/Berlin or UTC");
  }
  CivilDate today = ctx.clock.TodayIn(settings.time_zone);
  if (settings.birth_date) {
    int age = AgeInYears(*settings.birth_date, today);
    if (age < kMinAgeYears || age > kMaxAgeYears) {
      return Status::Unprocessable("birth_date", "birth_date gives age " + std::to_string(age) +
                                                     ": the budget formula is for adults of 18-120 years");
    }
    body.age_years = age;
  }
  // A profile saved without a chosen maintenance keeps the stored one: the
  // profile form does not carry it (ApplyAdaptiveMaintenance and
  // ClearAdaptiveMaintenance set and remove it).
  // The same for the goals of core/usecases/goals.h: a profile saved over
  // stored settings keeps their macro targets and goal weight.
  ProfileSettings saved = settings;
  auto stored = StoredSettings(ctx.store, user);
  if (!stored.ok()) return stored.status();
  if (*stored) {
    if (!saved.adaptive_maintenance) saved.adaptive_maintenance = (*stored)->adaptive_maintenance;
    saved.macro_targets = (*stored)->macro_targets;
    saved.weight_goal = (*stored)->weight_goal;
  }
  PW_RETURN_IF_ERROR(ctx.store.profile_settings->Save(user, saved, body));
  return CurrentProfile{body, saved, today};
}

}  // namespace platewise
