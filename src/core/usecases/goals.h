#ifndef PLATEWISE_CORE_USECASES_GOALS_H_
#define PLATEWISE_CORE_USECASES_GOALS_H_

// The goals beside the weekly one (GET/PUT /api/v1/goal/macros and
// /api/v1/goal/weight, the web app's Goals section): macro targets on the one
// budget (ProfileCalorieGoal) and a goal weight with an optional date, which
// the projection turns into goal dates (core/usecases/user_projection.h).

#include <optional>
#include <string>
#include <vector>

#include "core/energy/macro_targets.h"
#include "core/usecases/current_profile.h"
#include "core/usecases/use_case_context.h"
#include "core/weight/weight_projection.h"

namespace platewise {

// The person's macro targets on their budget. NotFound without a profile.
Result<MacroGoal> UserMacroGoal(UseCaseContext& ctx, UserId user);

// Stores the targets (ValidateMacroTargets: Unprocessable naming the field,
// percents that do not add up to 100 refused) and returns them on the budget.
// NotFound without a profile.
Result<MacroGoal> SaveMacroTargets(UseCaseContext& ctx, UserId user, const MacroTargets& targets);

// A goal weight as the Goals section and the Weight screen show it.
struct WeightGoalView {
  std::optional<WeightGoal> goal;  // none: no goal weight set
  DisplayUnits units = DisplayUnits::kMetric;
  Kilograms start_weight;  // the projection's: the trend's last value, else the profile's
  std::optional<CivilDate> model_goal_date;  // the projection's (none: not within ten years)
  std::optional<CivilDate> straight_line_goal_date;
  std::vector<std::string> notes;  // WeightGoalNotes: what the weekly goal does not do
};

// NotFound without a profile.
Result<WeightGoalView> UserWeightGoal(UseCaseContext& ctx, UserId user);

// Stores the goal weight and date (ValidateWeightGoal, in the person's
// units), or clears them with nullopt; returns the view after it.
Result<WeightGoalView> SaveWeightGoal(UseCaseContext& ctx, UserId user, const std::optional<WeightGoal>& goal);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_GOALS_H_
