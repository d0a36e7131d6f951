#include "core/usecases/goals.h"

#include "core/usecases/user_projection.h"
#include "core/weight/weight_goal.h"

namespace platewise {
namespace {

// Straight to the store: SaveCurrentProfile keeps the stored goals.
Status SaveSettings(UseCaseContext& ctx, UserId user, const CurrentProfile& profile) {
  return ctx.store.profile_settings->Save(user, profile.settings, profile.body);
}

}  // namespace

Result<MacroGoal> UserMacroGoal(UseCaseContext& ctx, UserId user) {
  auto profile = RequireCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  return ComputeMacroGoal(profile->settings.macro_targets, ProfileCalorieGoal(*profile).budget);
}

Result<MacroGoal> SaveMacroTargets(UseCaseContext& ctx, UserId user, const MacroTargets& targets) {
  PW_RETURN_IF_ERROR(ValidateMacroTargets(targets));
  auto profile = RequireCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  profile->settings.macro_targets = targets;
  PW_RETURN_IF_ERROR(SaveSettings(ctx, user, *profile));
  return ComputeMacroGoal(targets, ProfileCalorieGoal(*profile).budget);
}

Result<WeightGoalView> UserWeightGoal(UseCaseContext& ctx, UserId user) {
  auto profile = RequireCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  auto projection = ProjectUserWeight(ctx, user, 1);
  if (!projection.ok()) return projection.status();
  WeightGoalView v;
  v.goal = profile->settings.weight_goal;
  v.units = profile->settings.units;
  v.start_weight = projection->start_weight;
  v.model_goal_date = projection->model_goal_date;
  v.straight_line_goal_date = projection->straight_line_goal_date;
  v.notes = projection->goal_notes;
  return v;
}

Result<WeightGoalView> SaveWeightGoal(UseCaseContext& ctx, UserId user, const std::optional<WeightGoal>& goal) {
  auto profile = RequireCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  if (goal) PW_RETURN_IF_ERROR(ValidateWeightGoal(*goal, profile->today, profile->settings.units));
  profile->settings.weight_goal = goal;
  PW_RETURN_IF_ERROR(SaveSettings(ctx, user, *profile));
  return UserWeightGoal(ctx, user);
}

}  // namespace platewise
