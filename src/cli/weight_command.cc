// platewise weight project|plan: the body weight model (Hall et al. 2011) from
// the command line. Flags shared by both:
//   --sex female|male --age YEARS --height 180cm --weight 100kg --pal 1.5
// project: --intake KCAL | --change KCAL  [--days N] [--carb-fraction F]
//          [--sodium MG] [--activity-change PERCENT] [--json]
// plan:    --goal-weight 90kg --days N [--carb-fraction F]
//          [--activity-change PERCENT] [--json]

#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>

#include "cli/body_profile_flags.h"
#include "cli/commands.h"
#include "core/units/body_units.h"
#include "core/weight/body_model.h"
#include "core/weight/goal_planner.h"
#include "core/weight/weight_projection.h"
#include "json/weight_model_json.h"

namespace platewise::cli {
namespace {

const std::set<std::string> kPersonFlags = {"sex", "age", "height", "weight", "pal"};

// The value of --name as a number; nullopt when the flag is absent.
Result<std::optional<double>> NumberFlag(const Arguments& args, const std::string& name, const char* example) {
  auto text = args.Get(name);
  if (!text) return std::optional<double>();
  double v = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
  if (text->empty() || ec != std::errc() || end != text->data() + text->size() || !std::isfinite(v)) {
    return Status::InvalidArgument("cannot read --" + name + " \"" + *text + "\": give a number, e.g. " + example);
  }
  return std::optional<double>(v);
}

Result<int> DaysFlag(const Arguments& args, std::optional<int> fallback, int max_days) {
  if (!args.Has("days")) {
    if (fallback) return *fallback;
    return Status::InvalidArgument("option --days is required");
  }
  const std::string text = *args.Get("days");
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || v < 1 || v > max_days) {
    return Status::InvalidArgument("invalid --days \"" + text + "\": give whole days, 1-" + std::to_string(max_days));
  }
  return v;
}

Result<BodyModel> ModelFromFlags(const Arguments& args) {
  auto m = BodyMeasuresFromFlags(args);
  if (!m.ok()) return m.status();
  if (auto v = args.Require("pal"); !v.ok()) return v.status();
  auto pal = NumberFlag(args, "pal", "1.5");
  if (!pal.ok()) return pal.status();
  return BodyModel::Create({m->sex, m->age_years, m->height, m->weight, **pal});
}

// --carb-fraction and --activity-change (percent), shared by both commands.
Status ReadDietFlags(const Arguments& args, double& carb_fraction, double& activity_change) {
  auto carb = NumberFlag(args, "carb-fraction", "0.5");
  if (!carb.ok()) return carb.status();
  auto activity = NumberFlag(args, "activity-change", "10 (percent)");
  if (!activity.ok()) return activity.status();
  if (*carb) carb_fraction = **carb;
  if (*activity) activity_change = **activity / 100;
  return Status::Ok();
}

void PrintBaseline(std::ostream& out, const BodyModel& m) {
  char line[160];
  std::snprintf(line, sizeof line,
                "RMR %.1f kcal/day, maintenance %.1f kcal/day (PAL %g), body fat %.1f%% (%.1f kg fat, %.1f kg lean)\n",
                m.baseline().rmr.value(), m.baseline().maintenance.value(), m.person().pal,
                m.baseline().body_fat_percent, m.baseline().fat.value(), m.baseline().lean.value());
  out << line;
}

}  // namespace

Status RunWeightProject(AppContext& ctx) {
  const Arguments& args = ctx.args();
  auto allowed = kPersonFlags;
  allowed.insert({"intake", "change", "days", "carb-fraction", "sodium", "activity-change", "json"});
  PW_RETURN_IF_ERROR(args.CheckAllowed("weight project", allowed));
  auto model = ModelFromFlags(args);
  if (!model.ok()) return model.status();
  if (args.Has("intake") == args.Has("change")) {
    return Status::InvalidArgument("give exactly one of --intake KCAL (per day) or --change KCAL (from maintenance)");
  }
  auto intake = NumberFlag(args, "intake", "2398.3");
  if (!intake.ok()) return intake.status();
  auto change = NumberFlag(args, "change", "-500");
  if (!change.ok()) return change.status();
  auto sodium = NumberFlag(args, "sodium", "4000");
  if (!sodium.ok()) return sodium.status();
  auto days = DaysFlag(args, kDefaultProjectionDays, kMaxProjectionDays);
  if (!days.ok()) return days.status();

  DayInputs in;
  in.intake = *intake ? Kcal(**intake) : model->baseline().maintenance + Kcal(**change);
  if (*sodium) in.sodium_mg = **sodium;
  PW_RETURN_IF_ERROR(ReadDietFlags(args, in.carb_fraction, in.activity_change));
  PW_RETURN_IF_ERROR(ValidateDayInputs(in));

  std::vector<ProjectedDay> projection = model->Project(in, *days);
  if (args.Has("json")) {
    ctx.out() << WeightProjectionJson(*model, in, projection).dump(2) << "\n";
    return Status::Ok();
  }
  PrintBaseline(ctx.out(), *model);
  char line[160];
  std::snprintf(line, sizeof line, "Eating %.1f kcal/day (%+.1f from maintenance):\n", in.intake.value(),
                in.intake.value() - model->baseline().maintenance.value());
  ctx.out() << line << "    day   weight kg    fat kg   lean kg\n";
  for (const ProjectedDay& d : projection) {
    const bool shown =
        d.day == *days || d.day == 0 || d.day == 7 || d.day == 30 || (d.day % 90 == 0) || d.day % 365 == 0;
    if (!shown) continue;
    std::snprintf(line, sizeof line, "  %5d  %10.3f  %8.3f  %8.3f\n", d.day, d.weight.value(), d.fat.value(),
                  d.lean.value());
    ctx.out() << line;
  }
  const double straight_kg = model->person().weight.value() + (in.intake - model->baseline().maintenance).value() *
                                                                  *days / kKcalPerPound * kGramsPerPound / 1000;
  std::snprintf(line, sizeof line, "The 3500 kcal/lb straight line would say %.1f kg on day %d.\n", straight_kg, *days);
  ctx.out() << line;
  return Status::Ok();
}

Status RunWeightPlan(AppContext& ctx) {
  const Arguments& args = ctx.args();
  auto allowed = kPersonFlags;
  allowed.insert({"goal-weight", "days", "carb-fraction", "activity-change", "json"});
  PW_RETURN_IF_ERROR(args.CheckAllowed("weight plan", allowed));
  auto model = ModelFromFlags(args);
  if (!model.ok()) return model.status();
  auto goal_text = args.Require("goal-weight");
  if (!goal_text.ok()) return goal_text.status();
  auto goal = ParseWeight(*goal_text);
  if (!goal.ok()) return goal.status();
  auto days = DaysFlag(args, std::nullopt, kMaxPlanDays);
  if (!days.ok()) return days.status();
  GoalPlanRequest request{*goal, *days};
  PW_RETURN_IF_ERROR(ReadDietFlags(args, request.carb_fraction, request.activity_change));
  auto plan = PlanGoal(*model, request);
  if (!plan.ok()) return plan.status();
  if (args.Has("json")) {
    ctx.out() << GoalPlanJson(*model, request, *plan).dump(2) << "\n";
    return Status::Ok();
  }
  PrintBaseline(ctx.out(), *model);
  char line[200];
  std::snprintf(line, sizeof line,
                "To weigh %.1f kg in %d days: eat %.0f kcal/day (%+.0f from maintenance),\n"
                "then %.0f kcal/day to stay there.\n",
                goal->value(), *days, plan->intake.value(),
                plan->intake.value() - model->baseline().maintenance.value(), plan->maintenance_after.value());
  ctx.out() << line;
  for (const std::string& w : plan->warnings) ctx.out() << "Warning: " << w << "\n";
  return Status::Ok();
}

}  // namespace platewise::cli
