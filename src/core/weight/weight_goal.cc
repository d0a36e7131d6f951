#include "core/weight/weight_goal.h"

#include <cmath>

#include "core/diary/day_number.h"
#include "core/number_text.h"
#include "core/units/body_units.h"

namespace platewise {
namespace {

// Within this of the goal a person is at it (about 0.2 lb): no note.
constexpr double kAtGoalKg = 0.1;
constexpr double kKgPerPound = kGramsPerPound / 1000;

std::string WeightText(Kilograms kg, DisplayUnits units) {
  if (units == DisplayUnits::kImperial) return FormatGrouped(kg.value() / kKgPerPound, 1) + " lb";
  return FormatGrouped(kg.value(), 1) + " kg";
}

// A rate in pounds a week, in the person's units.
std::string RateText(double lb_per_week, DisplayUnits units) {
  if (units == DisplayUnits::kImperial) return FormatGrouped(lb_per_week, 1) + " lb a week";
  return FormatGrouped(lb_per_week * kKgPerPound, 2) + " kg a week";
}

std::string WeeklyGoalText(WeeklyGoal weekly, DisplayUnits units) {
  if (weekly.lb_per_week == 0) return "to maintain your weight";
  return std::string(weekly.lb_per_week < 0 ? "to lose " : "to gain ") +
         RateText(std::abs(weekly.lb_per_week), units);
}

}  // namespace

Status ValidateWeightGoal(const WeightGoal& goal, const CivilDate& today, DisplayUnits units) {
  const double kg = goal.weight.value();
  if (!std::isfinite(kg) || kg < kMinWeightKg || kg > kMaxWeightKg) {
    return Status::Unprocessable("goal_weight_kg", "goal weight " + WeightRangeMessage(goal.weight, units));
  }
  if (goal.date && DaysBetween(today, *goal.date) < 1) {
    return Status::Unprocessable("goal_date", "goal date " + goal.date->ToString() + " is not after today, " +
                                                  today.ToString());
  }
  return Status::Ok();
}

std::vector<std::string> WeightGoalNotes(const WeightGoal& goal, Kilograms start, const CivilDate& today,
                                         WeeklyGoal weekly, DisplayUnits units) {
  std::vector<std::string> notes;
  const double change_kg = goal.weight.value() - start.value();
  if (std::abs(change_kg) <= kAtGoalKg) return notes;
  const bool losing = change_kg < 0;
  const bool leads_there = losing ? weekly.lb_per_week < 0 : weekly.lb_per_week > 0;
  const std::string target = WeightText(goal.weight, units);
  if (!leads_there) {
    notes.push_back("your goal weight " + target + " is " + (losing ? "below" : "above") + " your weight of " +
                    WeightText(start, units) + ", but your weekly goal is " + WeeklyGoalText(weekly, units) +
                    ": choose a weekly goal to " + (losing ? "lose" : "gain") + " weight to get there");
    return notes;
  }
  if (!goal.date) return notes;
  const int days = DaysBetween(today, *goal.date);
  const double change_lb = std::abs(change_kg) / kKgPerPound;
  const double needed = change_lb / (days / 7.0);
  const double rate = std::abs(weekly.lb_per_week);
  if (needed <= rate + 1e-9) return notes;
  // Less a hair before rounding up: the pounds come back from kilograms, so
  // 20 lb reads 20.0000000001 and 140 days would round up to 141.
  const int weeks_days = static_cast<int>(std::ceil(change_lb / rate * 7 - 1e-6));
  notes.push_back("reaching " + target + " by " + goal.date->ToString() + " needs " +
                  std::string(losing ? "losing " : "gaining ") + RateText(needed, units) +
                  "; your weekly goal is " + WeeklyGoalText(weekly, units) + ", which gets there around " +
                  AddDays(today, weeks_days).ToString());
  return notes;
}

}  // namespace platewise
