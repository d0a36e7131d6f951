// platewise profile set PROFILE-FLAGS / profile show [--json]: the local
// profile whose budget `log day` shows.

#include <ostream>

#include "cli/body_profile_flags.h"
#include "cli/commands.h"
#include "json/goal_json.h"

namespace platewise::cli {

Status RunProfileSet(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("profile set", kBodyProfileFlags));
  auto profile = BodyProfileFromFlags(ctx.args());
  if (!profile.ok()) return profile.status();
  auto store = ctx.OpenStore();
  if (!store.ok()) return store.status();
  PW_RETURN_IF_ERROR((*store)->profiles->SaveProfile(kLocalUser, *profile));
  ctx.out() << "Profile saved.\n";
  PrintCalorieGoal(ctx.out(), *profile, ComputeCalorieGoal(*profile));
  return Status::Ok();
}

Status RunProfileShow(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("profile show", {"json"}));
  auto store = ctx.OpenStore();
  if (!store.ok()) return store.status();
  auto profile = (*store)->profiles->GetProfile(kLocalUser);
  if (!profile.ok()) return profile.status();
  CalorieGoal goal = ComputeCalorieGoal(*profile);
  if (ctx.args().Has("json")) {
    ctx.out() << CalorieGoalJson(*profile, goal).dump(2) << "\n";
  } else {
    PrintCalorieGoal(ctx.out(), *profile, goal);
  }
  return Status::Ok();
}

}  // namespace platewise::cli
