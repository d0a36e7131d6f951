// platewise weight log [--date YYYY-MM-DD] WEIGHT   (160lb, 72.5kg, 11st 6lb)
// platewise weight list [--json]                    (the JSON of GET /api/v1/weights)
// The local user's weigh-ins, through the same use cases as the API.

#include <cstdio>
#include <ostream>

#include "cli/commands.h"
#include "core/units/body_units.h"
#include "core/usecases/day_logs.h"
#include "json/diary_json.h"

namespace platewise::cli {

Status RunWeightLog(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("weight log", {"date"}));
  const auto& pos = ctx.args().positionals();
  if (pos.empty()) return Status::InvalidArgument("give a weight, e.g. 72.5kg or 160lb");
  std::string text;
  for (size_t i = 0; i < pos.size(); ++i) text += (i ? " " : "") + pos[i];
  auto weight = ParseWeight(text);
  if (!weight.ok()) return weight.status();
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto date = ctx.DateFlagOrToday();
  if (!date.ok()) return date.status();
  auto stored = LogWeight(**uc, kLocalUser, *date, weight->value());
  if (!stored.ok()) return stored.status();
  char line[256];
  const WeightEntry& w = stored->entry;
  std::snprintf(line, sizeof line, "Logged weight on %s: %.1f kg [weight %lld]\n", w.date.ToString().c_str(),
                w.weight.value(), static_cast<long long>(w.id));
  ctx.out() << line;
  if (stored->profile_weight_updated && stored->goal_before && stored->goal_after) {
    std::snprintf(line, sizeof line, "Your profile's weight is now %.1f kg: daily budget %.0f kcal (was %.0f).\n",
                  w.weight.value(), stored->goal_after->budget.value(), stored->goal_before->budget.value());
    ctx.out() << line;
  }
  return Status::Ok();
}

Status RunWeightList(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("weight list", {"json"}));
  if (!ctx.args().positionals().empty()) return Status::InvalidArgument("weight list takes no words");
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto weights = ListWeights(**uc, kLocalUser, std::nullopt, std::nullopt);
  if (!weights.ok()) return weights.status();
  if (ctx.args().Has("json")) {
    ctx.out() << WeightsJson(*weights).dump(2) << "\n";
    return Status::Ok();
  }
  if (weights->empty()) ctx.out() << "No weights logged: 'platewise weight log 72.5kg' logs one.\n";
  for (const WeightEntry& w : *weights) {
    char line[128];
    std::snprintf(line, sizeof line, "%s  %6.1f kg  [weight %lld]\n", w.date.ToString().c_str(), w.weight.value(),
                  static_cast<long long>(w.id));
    ctx.out() << line;
  }
  return Status::Ok();
}

}  // namespace platewise::cli
