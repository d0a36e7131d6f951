#ifndef PLATEWISE_CORE_WEIGHT_WEIGHT_GOAL_H_
#define PLATEWISE_CORE_WEIGHT_WEIGHT_GOAL_H_

// The rules of a person's goal weight and date (WeightGoal, stored in
// ProfileSettings::weight_goal). The weekly goal (BodyProfile::goal) still
// sets the budget: the goal weight gives the projection its goal dates
// (core/weight/weight_projection.h), and what the weekly goal cannot do is
// said in plain sentences (WeightGoalNotes), never silently accepted.

#include <optional>
#include <string>
#include <vector>

#include "core/account/profile_settings.h"
#include "core/diary/civil_date.h"
#include "core/energy/calorie_goal.h"
#include "core/quantity.h"
#include "core/status.h"

namespace platewise {

// Unprocessable naming "goal_weight_kg" outside kMinWeightKg..kMaxWeightKg
// (the message in `units`: "goal weight 500 lb is more than ..."), or naming
// "goal_date" for a date that is not after `today`.
Status ValidateWeightGoal(const WeightGoal& goal, const CivilDate& today, DisplayUnits units);

// What the weekly goal makes of the goal weight, from `start` (the weight
// trend's last value, else the profile's weight) on `today`, one sentence
// each, in `units`:
//   - a goal below `start` with a weekly goal that is not a loss (or above it
//     with one that is not a gain): the weekly goal does not lead there;
//   - a date the weekly goal's rate (3,500 kcal per lb) does not reach: the
//     rate it would need, and when the weekly goal gets there instead.
// Empty when the weekly goal leads to the goal weight in time (or at it).
std::vector<std::string> WeightGoalNotes(const WeightGoal& goal, Kilograms start, const CivilDate& today,
                                         WeeklyGoal weekly, DisplayUnits units);

}  // namespace platewise

#endif  // PLATEWISE_CORE_WEIGHT_WEIGHT_GOAL_H_
