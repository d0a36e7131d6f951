#ifndef PLATEWISE_CORE_ENGAGEMENT_BADGES_H_
#define PLATEWISE_CORE_ENGAGEMENT_BADGES_H_

// Badges for logging streaks and milestones, worked out from the diary alone
// (nothing is stored: a badge is earned on the day the data first qualified).
//
// The streak rule: a day counts when anything was logged on it (a food,
// water, exercise or a weight). A streak is a run of consecutive logged
// calendar days; a day with nothing logged ends it. Today does not break the
// current streak until it is over. Earned badges stay earned.
//
// "At or under budget" counts a day only when it is fully logged
// (IsFullyLoggedDay) and what was eaten is not below the calorie floor
// (DayCountsUnderBudget): eating 23 kcal is not a goal met.

#include <optional>
#include <string>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/day_number.h"
#include "core/diary/fully_logged_day.h"
#include "core/energy/calorie_goal.h"

namespace platewise {

// One day with something logged on it.
struct LoggedDay {
  CivilDate date;
  bool has_food = false;              // at least one diary entry
  double eaten_kcal = 0;              // of the entries whose energy is known
  double exercise_kcal = 0;
  std::optional<double> magnesium_mg; // nullopt when no entry's magnesium is known
  // Entries whose food lacks a value ("not analysed"): a day with any is not
  // judged on that value (under budget, average intake, a shortfall), since
  // its known sum is only a lower bound.
  int energy_unknown_entries = 0;
  int magnesium_unknown_entries = 0;
  int meals_with_food = 0;  // of the four meals, how many have an entry
  // IsFullyLoggedDay (core/diary/fully_logged_day.h).
  bool fully_logged() const { return IsFullyLoggedDay(meals_with_food, energy_unknown_entries); }
};

struct BadgeInputs {
  std::vector<LoggedDay> days;              // any order, one per date
  std::optional<double> budget_kcal;        // nullopt without a profile
  std::optional<double> magnesium_target_mg;
  CivilDate today;
  std::optional<double> floor_kcal = std::nullopt;  // CalorieFloor of the profile's sex; nullopt without one
  // Whose magnesium target it is, as the shortfall notification says it:
  // "RDA" (or "AI"), "your doctor's target", "your own target".
  std::string magnesium_target_label = "RDA";
};

struct BadgeStatus {
  std::string key;  // "first-food", "bronze-member", ...
  std::string name;
  std::string description;
  std::optional<CivilDate> earned_on;
  int progress = 0;  // days (or foods) so far towards `goal`, at most `goal`
  int goal = 0;
};

struct BadgeReport {
  int streak_days = 0;  // the current streak
  std::vector<BadgeStatus> badges;
};

// The "at or under budget" rule for one day: fully logged, eaten at or
// above the floor, and RemainingKcal at or above 0. False without a budget.
bool DayCountsUnderBudget(const BadgeInputs& in, const LoggedDay& day);

BadgeReport EvaluateBadges(const BadgeInputs& in);


}  // namespace platewise

#endif  // PLATEWISE_CORE_ENGAGEMENT_BADGES_H_
