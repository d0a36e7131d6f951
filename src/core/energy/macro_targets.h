#ifndef PLATEWISE_CORE_ENERGY_MACRO_TARGETS_H_
#define PLATEWISE_CORE_ENERGY_MACRO_TARGETS_H_

// A person's daily targets for protein, carbohydrate and fat (docs/science.md,
// "Macro targets"): either grams a day or shares of the calorie budget, the
// one budget of ProfileCalorieGoal (core/usecases/current_profile.h). Shares
// turn into grams at 4 kcal/g (protein, carbohydrate) and 9 kcal/g (fat), so
// the grams follow the budget; grams turn into shares of that budget.
//
// The default is 20% protein, 50% carbohydrate, 30% fat: inside the
// Acceptable Macronutrient Distribution Ranges for adults (IOM 2005: protein
// 10-35%, carbohydrate 45-65%, fat 20-35% of energy) with room on both sides
// of each. A target outside a range is allowed and flagged, never refused.

#include <string>
#include <string_view>
#include <vector>

#include "core/quantity.h"
#include "core/status.h"

namespace platewise {

enum class MacroUnit { kPercent, kGrams };

inline constexpr double kKcalPerGramProtein = 4;
inline constexpr double kKcalPerGramCarbohydrate = 4;
inline constexpr double kKcalPerGramFat = 9;
// The most grams a day of one macronutrient a target may name: above any
// budget the formula gives (1,500 g of carbohydrate is 6,000 kcal).
inline constexpr double kMaxMacroGrams = 1500;

struct MacroTargets {
  MacroUnit unit = MacroUnit::kPercent;
  // Percent of the budget's energy (unit kPercent) or grams a day (kGrams).
  double protein = 20;
  double carbohydrate = 50;
  double fat = 30;
  bool operator==(const MacroTargets&) const = default;
};

// An Acceptable Macronutrient Distribution Range, percent of energy.
struct Amdr {
  double low_percent;
  double high_percent;
};
inline constexpr Amdr kProteinAmdr{10, 35};
inline constexpr Amdr kCarbohydrateAmdr{45, 65};
inline constexpr Amdr kFatAmdr{20, 35};

const char* MacroUnitName(MacroUnit unit);  // "percent", "grams"
Result<MacroUnit> ParseMacroUnit(std::string_view text);

// Unprocessable naming the field ("protein", "carbohydrate", "fat") for a
// negative value, or grams above kMaxMacroGrams, or a percent above 100;
// with unit kPercent, Unprocessable naming "fat" when the three do not add
// up to 100 (within 0.05), the message giving their sum.
Status ValidateMacroTargets(const MacroTargets& targets);

// One macronutrient's target on a budget.
struct MacroTarget {
  double grams = 0;
  double percent = 0;  // of the budget's energy
  bool outside_amdr = false;
  bool operator==(const MacroTarget&) const = default;
};

struct MacroGoal {
  MacroTargets chosen;
  Kcal budget;
  MacroTarget protein;
  MacroTarget carbohydrate;
  MacroTarget fat;
  Kcal targets_kcal;  // what the three targets add up to at 4/4/9
  // One sentence per target outside its range, and one when grams targets
  // add up to more or less than the budget by more than 10%.
  std::vector<std::string> notes;
  bool operator==(const MacroGoal&) const = default;
};

// REQUIRES: ValidateMacroTargets(targets).ok(), budget > 0.
MacroGoal ComputeMacroGoal(const MacroTargets& targets, Kcal budget);

}  // namespace platewise

#endif  // PLATEWISE_CORE_ENERGY_MACRO_TARGETS_H_
