#ifndef PLATEWISE_CORE_ENERGY_CALORIE_GOAL_H_
#define PLATEWISE_CORE_ENERGY_CALORIE_GOAL_H_

// The daily calorie budget of the goal widget (docs/science.md, section 1):
//   BMR         = 10*kg + 6.25*cm - 5*age + 5 (male) / - 161 (female)
//                 (Mifflin-St Jeor 1990)
//   maintenance = BMR * activity factor
//   budget      = maintenance + weekly goal (lb) * 3500 / 7
// never below 1200 kcal (female) or 1500 kcal (male). When the floor raises
// the budget, `floor_applied` is true and `weekly_change_lb` is the rate the
// floored budget really gives under the same 3500 kcal/lb rule (a gain when
// maintenance is below the floor), `floor_goal` is the fastest goal of the
// nine whose budget the floor does not raise, and `floor_note` says both in
// one sentence for people (the web app, the API and the CLI show it as it is).
// Nothing is rounded here but the note's numbers.

#include <optional>
#include <string>
#include <string_view>

#include "core/quantity.h"
#include "core/status.h"

namespace platewise {

enum class Sex { kFemale, kMale };

enum class ActivityLevel { kSedentary, kLight, kModerate, kActive, kVeryActive };

// Pounds per week; negative is loss. One of -2, -1.5, ..., 1.5, 2.
struct WeeklyGoal {
  double lb_per_week = 0;
  bool operator==(const WeeklyGoal&) const = default;
};

inline constexpr double kKcalPerPound = 3500;
inline constexpr double kMinAgeYears = 18;
inline constexpr double kMaxAgeYears = 120;

// Parsing of the names used by the CLI and the API ("female", "light",
// "lose-1", ...). Errors name the value and list the accepted names.
Result<Sex> ParseSex(std::string_view text);
Result<ActivityLevel> ParseActivityLevel(std::string_view text);
Result<WeeklyGoal> ParseWeeklyGoal(std::string_view text);
// REQUIRES: lb_per_week is a multiple of 0.5 in [-2, 2] (else an error).
Result<WeeklyGoal> WeeklyGoalFromPounds(double lb_per_week);
Result<double> ParseAge(std::string_view text);

const char* SexName(Sex sex);
const char* ActivityLevelName(ActivityLevel level);
std::string WeeklyGoalName(WeeklyGoal goal);  // "lose-1", "maintain", ...
double ActivityFactor(ActivityLevel level);
Kcal CalorieFloor(Sex sex);

struct BodyProfile {
  Sex sex = Sex::kFemale;
  double age_years = 0;
  Centimeters height;
  Kilograms weight;
  ActivityLevel activity = ActivityLevel::kSedentary;
  WeeklyGoal goal;
};

struct CalorieGoal {
  Kcal bmr;
  Kcal maintenance;
  Kcal goal_adjustment;  // weekly goal x 3500 / 7: what the goal adds (negative: takes away)
  Kcal budget;
  bool floor_applied = false;
  double weekly_change_lb = 0;  // what the budget gives; negative is loss
  // With floor_applied: the fastest loss (or maintain) of the nine goals
  // whose budget is at or above the floor; nullopt when maintenance itself is
  // below the floor (no goal short of gaining fits).
  std::optional<WeeklyGoal> floor_goal;
  std::string floor_note;  // empty unless floor_applied
  // True when `maintenance` is the person's adaptive estimate (their choice,
  // core/account/profile_settings.h), not BMR x activity factor.
  bool adaptive_maintenance = false;
  bool operator==(const CalorieGoal&) const = default;
};

// REQUIRES: profile fields validated (the Parse* functions above).
CalorieGoal ComputeCalorieGoal(const BodyProfile& profile);

// The same rule (weekly goal, floor) on a maintenance measured rather than
// computed: the adaptive estimate. `bmr` is still the formula's; the result
// has adaptive_maintenance set.
CalorieGoal ComputeCalorieGoalOn(const BodyProfile& profile, Kcal maintenance);

}  // namespace platewise

#endif  // PLATEWISE_CORE_ENERGY_CALORIE_GOAL_H_
