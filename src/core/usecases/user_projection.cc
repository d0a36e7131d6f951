#include "core/usecases/user_projection.h"

#include "core/diary/day_number.h"
#include "core/usecases/current_profile.h"
#include "core/usecases/intake_days.h"
#include "core/weight/weight_goal.h"

namespace platewise {

Result<WeightProjection> ProjectUserWeight(UseCaseContext& ctx, UserId user, int days) {
  auto profile = RequireCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  ProjectionRequest r;
  r.days = days;
  r.today = profile->today;
  r.profile = profile->body;
  r.budget = ProfileCalorieGoal(*profile).budget;  // the one budget the diary day shows
  // Without a goal weight there is none to reach and the goal dates stay null.
  const std::optional<WeightGoal>& goal = profile->settings.weight_goal;
  if (goal) r.goal_weight = goal->weight;
  auto weights = ctx.store.weights->List(user, std::nullopt, r.today);
  if (!weights.ok()) return weights.status();
  for (const WeightEntry& w : *weights) r.weigh_ins.push_back({w.date, w.weight});
  auto intakes = IntakeDays(ctx, user, AddDays(r.today, -(kIntakeLookbackDays - 1)), r.today);
  if (!intakes.ok()) return intakes.status();
  r.intakes = std::move(*intakes);
  auto projection = ProjectWeight(r);
  if (!projection.ok()) return projection.status();
  if (goal) {
    projection->goal_notes =
        WeightGoalNotes(*goal, projection->start_weight, r.today, r.profile.goal, profile->settings.units);
  }
  return projection;
}

}  // namespace platewise
