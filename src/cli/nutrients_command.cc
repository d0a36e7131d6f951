// platewise nutrients targets --sex female|male --age YEARS [--pregnant|--lactating] [--json]
// platewise nutrients report [--from YYYY-MM-DD --to YYYY-MM-DD] [--pregnant|--lactating] [--json]
// platewise nutrients suggest [--date YYYY-MM-DD] [--pregnant|--lactating] [--json]

#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>

#include "cli/commands.h"
#include "cli/nutrient_data.h"
#include "core/nutrient/nutrient_use_cases.h"
#include "json/nutrient_json.h"
#include "suggest/glpk_diet_solver.h"

namespace platewise::cli {
namespace {

std::string Num(const std::optional<double>& v, const char* fmt = "%.0f") {
  if (!v) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, *v);
  return buf;
}

LifeStageFlags Flags(const Arguments& args) { return {args.Has("pregnant"), args.Has("lactating")}; }

Result<std::optional<CivilDate>> OptionalDate(const Arguments& args, const char* name) {
  auto v = args.Get(name);
  if (!v) return std::optional<CivilDate>();
  auto d = ParseCivilDate(*v);
  if (!d.ok()) return d.status();
  return std::optional<CivilDate>(*d);
}

Result<double> ParseDriAge(const std::string& text) {
  double age = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), age);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(age) || age < 0 ||
      age > 120) {
    return Status::InvalidArgument("--age \"" + text + "\" must be a number of years from 0 to 120");
  }
  return age;
}

// Runs `fn(context, data)` with the store and the bundled nutrient data.
template <typename Fn>
Status WithNutrients(AppContext& ctx, Fn fn) {
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto data = LoadNutrientData(ctx.env().data_dir);
  if (!data.ok()) return data.status();
  NutrientContext nc{**uc, data->dri, data->explanations};
  return fn(nc);
}

}  // namespace

Status RunNutrientsTargets(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("nutrients targets", {"sex", "age", "pregnant", "lactating", "json"}));
  auto sex_text = ctx.args().Require("sex");
  if (!sex_text.ok()) return sex_text.status();
  auto sex = ParseSex(*sex_text);
  if (!sex.ok()) return sex.status();
  auto age_text = ctx.args().Require("age");
  if (!age_text.ok()) return age_text.status();
  auto age = ParseDriAge(*age_text);
  if (!age.ok()) return age.status();
  auto data = LoadNutrientData(ctx.env().data_dir);
  if (!data.ok()) return data.status();
  auto targets = data->dri.TargetsFor({*sex, *age, ctx.args().Has("pregnant"), ctx.args().Has("lactating")});
  if (!targets.ok()) return targets.status();
  if (ctx.args().Has("json")) {
    ctx.out() << TargetsJson(*targets).dump(2) << "\n";
    return Status::Ok();
  }
  ctx.out() << "Dietary Reference Intakes for " << (targets->empty() ? "" : targets->front().group) << "\n";
  char line[256];
  std::snprintf(line, sizeof line, "%-18s %-5s %8s %8s %8s %8s  %s\n", "nutrient", "unit", "EAR", "RDA", "AI", "UL",
                "UL applies to");
  ctx.out() << line;
  for (const NutrientTarget& t : *targets) {
    std::snprintf(line, sizeof line, "%-18s %-5s %8s %8s %8s %8s  %s\n", t.key.c_str(), t.unit.c_str(),
                  Num(t.ear, "%g").c_str(), Num(t.rda, "%g").c_str(), Num(t.ai, "%g").c_str(), Num(t.ul, "%g").c_str(),
                  t.ul ? UlScopeName(t.ul_scope) : "");
    ctx.out() << line;
  }
  return Status::Ok();
}

Status RunNutrientsReport(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("nutrients report", {"from", "to", "pregnant", "lactating", "json"}));
  if (!ctx.args().positionals().empty()) return Status::InvalidArgument("use --from and --to for the period");
  auto from = OptionalDate(ctx.args(), "from");
  if (!from.ok()) return from.status();
  auto to = OptionalDate(ctx.args(), "to");
  if (!to.ok()) return to.status();
  return WithNutrients(ctx, [&](NutrientContext& nc) -> Status {
    auto report = ReportNutrients(nc, kLocalUser, *from, *to, Flags(ctx.args()));
    if (!report.ok()) return report.status();
    if (ctx.args().Has("json")) {
      ctx.out() << NutrientReportJson(*report).dump(2) << "\n";
      return Status::Ok();
    }
    ctx.out() << "Nutrients " << report->from.ToString() << " to " << report->to.ToString() << ": "
              << report->logged_days.size() << " logged days";
    if (!report->partly_logged_days.empty())
      ctx.out() << ", " << report->partly_logged_days.size() << " of them partly logged";
    if (report->days_not_logged > 0)
      ctx.out() << " (" << report->days_not_logged << " days with nothing logged left out)";
    ctx.out() << "\n\n";
    char line[512];
    std::snprintf(line, sizeof line, "%-18s %10s %10s %6s  %-20s %s\n", "nutrient", "mean/day", "target", "%", "status",
                  "not analysed");
    ctx.out() << line;
    for (const NutrientReportLine& l : report->nutrients) {
      std::string mean = Num(l.mean, "%.1f") + " " + l.target.unit;
      std::string target = Num(l.target.goal(), "%g") + " " + l.target.unit;
      std::string missing = l.missing_entries ? std::to_string(l.missing_entries) + " entries" : "";
      std::snprintf(line, sizeof line, "%-18s %10s %10s %6s  %-20s %s\n", l.target.key.c_str(), mean.c_str(),
                    target.c_str(), Num(l.percent).c_str(), AdequacyName(l.status), missing.c_str());
      ctx.out() << line;
    }
    for (const NutrientReportLine& l : report->nutrients) {
      if (l.explanation.empty()) continue;
      ctx.out() << "\n== " << l.target.name << " (" << AdequacyName(l.status) << ") ==\n";
      if (!l.top_foods.empty()) {
        ctx.out() << "Most came from:";
        for (const FoodContribution& c : l.top_foods) {
          std::snprintf(line, sizeof line, " %s (%.0f%%);", c.name.c_str(), c.share * 100);
          ctx.out() << line;
        }
        ctx.out() << "\n";
      }
      ctx.out() << l.explanation << "\n";
    }
    return Status::Ok();
  });
}

Status RunNutrientsSuggest(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("nutrients suggest", {"date", "pregnant", "lactating", "json"}));
  auto date = OptionalDate(ctx.args(), "date");
  if (!date.ok()) return date.status();
  return WithNutrients(ctx, [&](NutrientContext& nc) -> Status {
    auto today = ctx.Today();
    if (!today.ok()) return today.status();
    CivilDate day = date->value_or(*today);
    GlpkDietSolver solver;
    auto result = SuggestForDay(nc, solver, kLocalUser, day, Flags(ctx.args()));
    if (!result.ok()) return result.status();
    if (ctx.args().Has("json")) {
      ctx.out() << GapSuggestionsJson(day, *result).dump(2) << "\n";
      return Status::Ok();
    }
    char line[512];
    std::snprintf(line, sizeof line, "Suggestions for %s, %.0f kcal left.\n", day.ToString().c_str(),
                  result->kcal_left);
    ctx.out() << line;
    if (!result->gaps.empty()) {
      ctx.out() << "Short today:";
      for (const NutrientGap& g : result->gaps) {
        std::snprintf(line, sizeof line, g.amount < 10 ? " %s %.1f %s;" : " %s %.0f %s;", g.key.c_str(), g.amount,
                      g.unit.c_str());
        ctx.out() << line;
      }
      ctx.out() << "\n";
    }
    for (const Suggestion& s : result->suggestions) {
      std::snprintf(line, sizeof line, "\n  %s\n    %s, %.0f kcal, adds", s.name.c_str(), s.portion.c_str(), s.kcal);
      ctx.out() << line;
      for (const NutrientGap& g : result->gaps) {
        auto it = s.adds.find(g.key);
        if (it == s.adds.end() || it->second <= 0) continue;
        std::snprintf(line, sizeof line, " %s %.1f %s;", g.key.c_str(), it->second, g.unit.c_str());
        ctx.out() << line;
      }
      ctx.out() << "\n";
    }
    if (!result->suggestions.empty()) {
      ctx.out() << "\nTogether they close:";
      for (const NutrientGap& g : result->gaps) {
        std::snprintf(line, sizeof line, " %s %.0f%%;", g.key.c_str(), result->closed.at(g.key) * 100);
        ctx.out() << line;
      }
      ctx.out() << "\n";
    }
    if (!result->note.empty()) ctx.out() << result->note << "\n";
    return Status::Ok();
  });
}

}  // namespace platewise::cli
