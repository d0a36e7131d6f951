#include "core/energy/macro_targets.h"

#include <cmath>

#include "core/number_text.h"

namespace platewise {
namespace {

struct Macro {
  const char* name;  // as the API's fields and the messages say it
  double kcal_per_gram;
  Amdr amdr;
};
constexpr Macro kProtein{"protein", kKcalPerGramProtein, kProteinAmdr};
constexpr Macro kCarbohydrate{"carbohydrate", kKcalPerGramCarbohydrate, kCarbohydrateAmdr};
constexpr Macro kFat{"fat", kKcalPerGramFat, kFatAmdr};

Status CheckValue(const Macro& m, double value, MacroUnit unit) {
  const bool grams = unit == MacroUnit::kGrams;
  const std::string shown = FormatGrouped(value, 1) + (grams ? " g" : "%");
  if (!std::isfinite(value) || value < 0) {
    return Status::Unprocessable(m.name, std::string(m.name) + " " + shown + " must not be negative");
  }
  if (grams && value > kMaxMacroGrams) {
    return Status::Unprocessable(m.name, std::string(m.name) + " " + shown + " is more than " +
                                             FormatGrouped(kMaxMacroGrams, 0) + " g a day");
  }
  if (!grams && value > 100) {
    return Status::Unprocessable(m.name, std::string(m.name) + " " + shown + " is more than 100%");
  }
  return Status::Ok();
}

MacroTarget TargetOf(const Macro& m, double value, MacroUnit unit, Kcal budget, std::vector<std::string>& notes) {
  MacroTarget t;
  if (unit == MacroUnit::kPercent) {
    t.percent = value;
    t.grams = budget.value() * value / 100 / m.kcal_per_gram;
  } else {
    t.grams = value;
    t.percent = value * m.kcal_per_gram / budget.value() * 100;
  }
  // Compared at one decimal, as shown, so that 35.04% counts as inside 10-35%.
  const double shown = std::round(t.percent * 10) / 10;
  t.outside_amdr = shown < m.amdr.low_percent || shown > m.amdr.high_percent;
  if (t.outside_amdr) {
    notes.push_back(std::string(m.name) + " at " + FormatGrouped(t.percent, 0) + "% of your energy is outside the " +
                    "range advised for adults (" + FormatGrouped(m.amdr.low_percent, 0) + "-" +
                    FormatGrouped(m.amdr.high_percent, 0) + "%); it is kept as you set it");
  }
  return t;
}

}  // namespace

const char* MacroUnitName(MacroUnit unit) { return unit == MacroUnit::kGrams ? "grams" : "percent"; }

Result<MacroUnit> ParseMacroUnit(std::string_view text) {
  if (text == "percent") return MacroUnit::kPercent;
  if (text == "grams") return MacroUnit::kGrams;
  return Status::InvalidArgument("unknown unit \"" + std::string(text) + "\": use percent or grams");
}

Status ValidateMacroTargets(const MacroTargets& t) {
  PW_RETURN_IF_ERROR(CheckValue(kProtein, t.protein, t.unit));
  PW_RETURN_IF_ERROR(CheckValue(kCarbohydrate, t.carbohydrate, t.unit));
  PW_RETURN_IF_ERROR(CheckValue(kFat, t.fat, t.unit));
  if (t.unit == MacroUnit::kPercent) {
    const double sum = t.protein + t.carbohydrate + t.fat;
    if (std::abs(sum - 100) > 0.05) {
      return Status::Unprocessable("fat", "protein, carbohydrate and fat add up to " + FormatGrouped(sum, 1) +
                                              "%: as shares of your calories they must add up to 100%");
    }
  }
  return Status::Ok();
}

MacroGoal ComputeMacroGoal(const MacroTargets& targets, Kcal budget) {
  MacroGoal g;
  g.chosen = targets;
  g.budget = budget;
  g.protein = TargetOf(kProtein, targets.protein, targets.unit, budget, g.notes);
  g.carbohydrate = TargetOf(kCarbohydrate, targets.carbohydrate, targets.unit, budget, g.notes);
  g.fat = TargetOf(kFat, targets.fat, targets.unit, budget, g.notes);
  g.targets_kcal = Kcal(g.protein.grams * kKcalPerGramProtein + g.carbohydrate.grams * kKcalPerGramCarbohydrate +
                        g.fat.grams * kKcalPerGramFat);
  if (targets.unit == MacroUnit::kGrams && std::abs(g.targets_kcal.value() - budget.value()) > budget.value() * 0.1) {
    const bool more = g.targets_kcal > budget;
    g.notes.push_back("your gram targets add up to " + FormatGrouped(g.targets_kcal.value(), 0) + " kcal, " +
                      FormatGrouped(std::abs(g.targets_kcal.value() - budget.value()), 0) + " kcal " +
                      (more ? "more" : "less") + " than your budget of " + FormatGrouped(budget.value(), 0) + " kcal");
  }
  return g;
}

}  // namespace platewise
