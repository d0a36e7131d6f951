#ifndef PLATEWISE_CORE_DIARY_MACRO_BREAKDOWN_H_
#define PLATEWISE_CORE_DIARY_MACRO_BREAKDOWN_H_

// What a diary day's protein, carbohydrate and fat come to against the
// person's macro targets (core/energy/macro_targets.h): Today's "Macros".
//
// Eaten grams are the day's totals (core/diary/day_summary.h's NutrientTotal),
// unknown when no entry has a value. The percent of energy of each is its energy at
// 4/4/9 kcal per gram over the energy of the three together, so that the
// three add up to 100 like the targets do (a food's own energy value also
// counts alcohol and rounding, which the targets do not).

#include <optional>

#include "core/energy/macro_targets.h"

namespace platewise {

// One day total: grams eaten (nullopt: no entry had a value) and the
// entries whose food lacked one.
struct EatenMacro {
  std::optional<double> grams;
  int missing_entries = 0;
};

struct MacroIntake {
  std::optional<double> grams;    // eaten; nullopt when no entry had a value
  std::optional<double> percent;  // of the three's energy; nullopt when it is 0 or unknown
  int missing_entries = 0;        // entries whose food lacked a value
  MacroTarget target;
};

struct MacroBreakdown {
  MacroIntake protein;
  MacroIntake carbohydrate;
  MacroIntake fat;
  MacroGoal goal;
};

MacroBreakdown BreakDownMacros(const EatenMacro& protein, const EatenMacro& carbohydrate, const EatenMacro& fat,
                               const MacroGoal& goal);

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_MACRO_BREAKDOWN_H_
