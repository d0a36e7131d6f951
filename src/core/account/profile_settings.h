#ifndef PLATEWISE_CORE_ACCOUNT_PROFILE_SETTINGS_H_
#define PLATEWISE_CORE_ACCOUNT_PROFILE_SETTINGS_H_

// The parts of a user's profile that BodyProfile does not hold: birth date
// (when given, BodyProfile::age_years is computed from it on the user's
// today: core/usecases/current_profile.h), preferred display units and IANA
// time zone (the diary's dates, and "today", are local dates in it), and the
// goals beside the weekly one: macro targets, goal weight and date.

#include <optional>
#include <string>
#include <string_view>

#include "core/diary/civil_date.h"
#include "core/energy/macro_targets.h"
#include "core/quantity.h"
#include "core/status.h"

namespace platewise {

enum class DisplayUnits { kMetric, kImperial };

// What a person chose to budget on instead of the formula's maintenance: the
// adaptive estimate of what they burn (core/weight/expenditure_estimate.h),
// from their logged intake and weigh-ins, on the day they chose it. Kept as
// chosen: a new weigh-in or a newer estimate does not move it (the Weight
// screen offers the newer one); the weekly goal still applies on top of it.
struct AdaptiveMaintenance {
  Kcal kcal;
  CivilDate set_on;
  bool operator==(const AdaptiveMaintenance&) const = default;
};

// A goal weight and, optionally, the date to reach it by; its rules are in
// core/weight/weight_goal.h. The weekly goal still sets the budget.
struct WeightGoal {
  Kilograms weight;
  std::optional<CivilDate> date;  // none: no date set
  bool operator==(const WeightGoal&) const = default;
};

struct ProfileSettings {
  // nullopt for a profile given by age (the CLI's `profile set --age`): then
  // the age stored in BodyProfile stands.
  std::optional<CivilDate> birth_date;
  DisplayUnits units = DisplayUnits::kMetric;
  std::string time_zone = "UTC";  // IANA name, validated against the Clock port
  // nullopt: the budget is the formula's (core/energy/calorie_goal.h).
  std::optional<AdaptiveMaintenance> adaptive_maintenance;
  // Daily protein, carbohydrate and fat targets; the AMDR-based default
  // until the person sets their own (core/energy/macro_targets.h).
  MacroTargets macro_targets;
  // nullopt: no goal weight, so the projection has no goal dates.
  std::optional<WeightGoal> weight_goal;
};

const char* DisplayUnitsName(DisplayUnits units);  // "metric", "imperial"
Result<DisplayUnits> ParseDisplayUnits(std::string_view text);

// Whole years from `birth` to `today`; negative when birth is after today.
int AgeInYears(const CivilDate& birth, const CivilDate& today);

}  // namespace platewise

#endif  // PLATEWISE_CORE_ACCOUNT_PROFILE_SETTINGS_H_
