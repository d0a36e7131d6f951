// platewise profile set PROFILE-FLAGS [--time-zone ZONE] / profile show [--json]:
// the local user's profile, whose budget `log day` shows and whose time zone
// says what "today" is for every command.

#include <ostream>

#include "cli/body_profile_flags.h"
#include "cli/commands.h"
#include "core/usecases/current_profile.h"
#include "json/goal_json.h"

namespace platewise::cli {

Status RunProfileSet(AppContext& ctx) {
  std::set<std::string> allowed = kBodyProfileFlags;
  allowed.insert("time-zone");
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("profile set", allowed));
  auto body = BodyProfileFromFlags(ctx.args());
  if (!body.ok()) return body.status();
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  // The zone given, else the one set before, else the machine's.
  ProfileSettings settings;
  auto before = FindCurrentProfile(**uc, kLocalUser);
  if (!before.ok()) return before.status();
  if (auto zone = ctx.args().Get("time-zone")) {
    settings.time_zone = *zone;
  } else if (*before && (*before)->settings.time_zone != "UTC") {
    settings.time_zone = (*before)->settings.time_zone;
  } else {
    settings.time_zone = MachineTimeZone(ctx.clock());
  }
  auto saved = SaveCurrentProfile(**uc, kLocalUser, settings, *body);
  if (!saved.ok()) {
    if (saved.status().field() == "time_zone") return Status::InvalidArgument("--time-zone: " + saved.status().message());
    return saved.status();
  }
  ctx.out() << "Profile saved (time zone " << saved->settings.time_zone << ", today " << saved->today.ToString()
            << ").\n";
  PrintCalorieGoal(ctx.out(), saved->body, ComputeCalorieGoal(saved->body));
  return Status::Ok();
}

Status RunProfileShow(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("profile show", {"json"}));
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto profile = RequireCurrentProfile(**uc, kLocalUser);
  if (!profile.ok() && profile.status().code() == StatusCode::kNotFound) {
    return Status::NotFound("no profile set: 'platewise profile set ...' sets one");
  }
  if (!profile.ok()) return profile.status();
  CalorieGoal goal = ComputeCalorieGoal(profile->body);
  if (ctx.args().Has("json")) {
    nlohmann::json j = CalorieGoalJson(profile->body, goal);
    j["time_zone"] = profile->settings.time_zone;
    j["today"] = profile->today.ToString();
    ctx.out() << j.dump(2) << "\n";
  } else {
    PrintCalorieGoal(ctx.out(), profile->body, goal);
    ctx.out() << "Time zone " << profile->settings.time_zone << ", today " << profile->today.ToString() << ".\n";
  }
  return Status::Ok();
}

}  // namespace platewise::cli
