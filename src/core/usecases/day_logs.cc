#include "core/usecases/day_logs.h"

#include "core/energy/exercise.h"
#include "core/number_text.h"
#include "core/units/body_units.h"
#include "core/usecases/current_profile.h"

namespace platewise {

namespace {

// An amount of water as the person reads it: fl oz with US units, else ml.
std::string WaterText(double ml, DisplayUnits units) {
  if (units == DisplayUnits::kImperial) return FormatGrouped(ml / kMlPerFluidOunce, 1) + " fl oz";
  return FormatGrouped(ml) + " ml";
}

}  // namespace

Result<WaterEntry> LogWater(UseCaseContext& ctx, UserId user, const CivilDate& date, double ml) {
  if (!(ml > 0 && ml <= kMaxWaterMl)) {
    // Only a refusal reads the profile: to word it in the person's units.
    auto profile = FindCurrentProfile(ctx, user);
    if (!profile.ok()) return profile.status();
    const DisplayUnits units = *profile ? (*profile)->settings.units : DisplayUnits::kMetric;
    if (!(ml > 0)) {
      return Status::Unprocessable("ml", "water must be more than " + WaterText(0, units) + ", got " +
                                             WaterText(ml, units));
    }
    return Status::Unprocessable("ml", WaterText(ml, units) + " is more than one entry can hold (" +
                                           WaterText(kMaxWaterMl, units) + ")");
  }
  return ctx.store.water->Add(user, {0, date, ml});
}

Status DeleteWater(UseCaseContext& ctx, UserId user, std::int64_t id) { return ctx.store.water->Delete(user, id); }

Result<ExerciseEntry> LogExercise(UseCaseContext& ctx, UserId user, const CivilDate& date, const ExerciseInput& in) {
  ExerciseEntry e;
  e.date = date;
  if (in.minutes && !(*in.minutes > 0 && *in.minutes <= kMaxExerciseMinutes)) {
    return Status::Unprocessable("minutes", FormatGrouped(*in.minutes) + " minutes is " +
                                                (*in.minutes > 0 ? "more than a day holds (" + FormatGrouped(kMaxExerciseMinutes) + " minutes)"
                                                                 : "not a time: give more than 0 minutes"));
  }
  e.minutes = in.minutes;
  if (in.activity && *in.activity != "custom") {
    auto found = FindExerciseActivity(*in.activity);
    if (!found.ok()) return found.status().ForField("activity");
    if (!in.minutes) return Status::Unprocessable("minutes", "an activity needs its minutes");
    if (in.kcal) return Status::Unprocessable("kcal", "give an activity and minutes, or kcal, not both");
    auto profile = FindCurrentProfile(ctx, user);
    if (!profile.ok()) return profile.status();
    if (!*profile) {
      return Status::Unprocessable("activity", "kcal from an activity needs your weight: set a profile first, "
                                               "or give kcal for a custom entry");
    }
    e.activity = found->key;
    e.description = found->description;
    e.kcal = ExerciseKcal(*found, (*profile)->body.weight, *in.minutes);
  } else {
    if (!in.kcal) return Status::Unprocessable("kcal", "a custom exercise entry needs its kcal");
    if (!(*in.kcal > 0 && *in.kcal <= kMaxExerciseKcal)) {
      return Status::Unprocessable("kcal", "kcal must be more than 0 and at most 20000");
    }
    if (!in.description || in.description->empty()) {
      return Status::Unprocessable("description", "a custom exercise entry needs a description");
    }
    e.activity = "custom";
    e.description = *in.description;
    e.kcal = Kcal(*in.kcal);
  }
  return ctx.store.exercise->Add(user, e);
}

Status DeleteExercise(UseCaseContext& ctx, UserId user, std::int64_t id) {
  return ctx.store.exercise->Delete(user, id);
}

namespace {

// The profile follows the newest weigh-in (none left: it keeps its weight).
Result<LoggedWeight> FollowNewestWeight(UseCaseContext& ctx, UserId user, const std::optional<CurrentProfile>& profile,
                                        LoggedWeight logged) {
  if (!profile) return logged;
  auto weights = ctx.store.weights->List(user, std::nullopt, profile->today);
  if (!weights.ok()) return weights.status();
  if (weights->empty()) return logged;
  const Kilograms newest = weights->back().weight;  // oldest first
  if (newest == profile->body.weight) return logged;
  BodyProfile body = profile->body;
  body.weight = newest;
  PW_RETURN_IF_ERROR(ctx.store.profiles->SaveProfile(user, body));
  logged.profile_weight_updated = true;
  logged.goal_before = ProfileCalorieGoal(*profile);
  CurrentProfile after = *profile;
  after.body = body;
  logged.goal_after = ProfileCalorieGoal(after);
  return logged;
}

}  // namespace

Result<bool> ProfileFollowsNewestWeight(UseCaseContext& ctx, UserId user) {
  auto profile = FindCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  auto logged = FollowNewestWeight(ctx, user, *profile, LoggedWeight{});
  if (!logged.ok()) return logged.status();
  return logged->profile_weight_updated;
}

Result<LoggedWeight> LogWeight(UseCaseContext& ctx, UserId user, const CivilDate& date, double kg) {
  auto profile = FindCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  const DisplayUnits units = *profile ? (*profile)->settings.units : DisplayUnits::kMetric;
  if (!(kg >= kMinWeightKg && kg <= kMaxWeightKg)) {
    return Status::Unprocessable("weight_kg", WeightRangeMessage(Kilograms(kg), units));
  }
  CivilDate today;
  if (*profile) {
    today = (*profile)->today;
  } else {
    auto t = UserToday(ctx, user);
    if (!t.ok()) return t.status();
    today = *t;
  }
  if (today < date) {
    return Status::Unprocessable("date", "a weigh-in cannot be in the future: " + date.ToString() +
                                             " is after today, " + today.ToString());
  }
  auto stored = ctx.store.weights->Put(user, {0, date, Kilograms(kg)});
  if (!stored.ok()) return stored.status();
  return FollowNewestWeight(ctx, user, *profile, LoggedWeight{*stored, false, std::nullopt, std::nullopt});
}

Result<std::vector<WeightEntry>> ListWeights(UseCaseContext& ctx, UserId user, std::optional<CivilDate> from,
                                             std::optional<CivilDate> to) {
  return ctx.store.weights->List(user, from, to);
}

Status DeleteWeight(UseCaseContext& ctx, UserId user, std::int64_t id) {
  PW_RETURN_IF_ERROR(ctx.store.weights->Delete(user, id));
  auto profile = FindCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  auto followed = FollowNewestWeight(ctx, user, *profile, {});
  return followed.ok() ? Status::Ok() : followed.status();
}

}  // namespace platewise
