#include "core/diary/macro_breakdown.h"

namespace platewise {
namespace {

MacroIntake IntakeOf(const EatenMacro& eaten, const MacroTarget& target) {
  return MacroIntake{eaten.grams, std::nullopt, eaten.missing_entries, target};
}

}  // namespace

MacroBreakdown BreakDownMacros(const EatenMacro& protein, const EatenMacro& carbohydrate, const EatenMacro& fat,
                               const MacroGoal& goal) {
  MacroBreakdown b{IntakeOf(protein, goal.protein), IntakeOf(carbohydrate, goal.carbohydrate),
                   IntakeOf(fat, goal.fat), goal};
  const double protein_kcal = b.protein.grams.value_or(0) * kKcalPerGramProtein;
  const double carbohydrate_kcal = b.carbohydrate.grams.value_or(0) * kKcalPerGramCarbohydrate;
  const double fat_kcal = b.fat.grams.value_or(0) * kKcalPerGramFat;
  const double sum = protein_kcal + carbohydrate_kcal + fat_kcal;
  if (sum > 0) {
    if (b.protein.grams) b.protein.percent = protein_kcal / sum * 100;
    if (b.carbohydrate.grams) b.carbohydrate.percent = carbohydrate_kcal / sum * 100;
    if (b.fat.grams) b.fat.percent = fat_kcal / sum * 100;
  }
  return b;
}

}  // namespace platewise
