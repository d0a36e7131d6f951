// platewise goal PROFILE-FLAGS [--json]: the daily calorie budget.

#include <ostream>

#include "cli/body_profile_flags.h"
#include "cli/commands.h"
#include "json/goal_json.h"

namespace platewise::cli {

Status RunGoal(AppContext& ctx) {
  auto allowed = kBodyProfileFlags;
  allowed.insert("json");
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("goal", allowed));
  if (!ctx.args().positionals().empty()) {
    return Status::InvalidArgument("unexpected argument \"" + ctx.args().positionals()[0] + "\"");
  }
  auto profile = BodyProfileFromFlags(ctx.args());
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
