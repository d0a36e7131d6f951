#include "core/usecases/user_projection.h"

#include "core/diary/day_number.h"
#include "core/usecases/current_profile.h"
#include "core/usecases/intake_days.h"

namespace platewise {

Result<WeightProjection> ProjectUserWeight(UseCaseContext& ctx, UserId user, int days) {
  auto profile = RequireCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  ProjectionRequest r;
  r.days = days;
  r.today = profile->today;
  r.profile = profile->body;
  r.budget = ProfileCalorieGoal(*profile).budget;  // the one budget the diary day shows
  // The profile has no goal weight (only a weekly rate), so there is none to
  // reach and the goal dates stay null.
  auto weights = ctx.store.weights->List(user, std::nullopt, r.today);
  if (!weights.ok()) return weights.status();
  for (const WeightEntry& w : *weights) r.weigh_ins.push_back({w.date, w.weight});
  auto intakes = IntakeDays(ctx, user, AddDays(r.today, -(kIntakeLookbackDays - 1)), r.today);
  if (!intakes.ok()) return intakes.status();
  r.intakes = std::move(*intakes);
  return ProjectWeight(r);
}

}  // namespace platewise
