#ifndef PLATEWISE_CORE_FOOD_QUICK_ADD_H_
#define PLATEWISE_CORE_FOOD_QUICK_ADD_H_

// A quick-add entry: calories (and any other nutrients the person knows)
// typed in, without a food, as MyFitnessPal's "Quick Add" and its exported
// meal totals are. It is stored as the entry of a private food made for it
// (source kQuickAddSource): one serving of 100 g holding the stated amounts.
// So totals, reports, projections and badges count it as any entry, and the
// nutrients it does not state are absent from its food: unknown, not 0. The
// food is never in the search, the custom food list or the recent foods.

#include <map>
#include <string>

#include "core/food/food.h"
#include "core/status.h"

namespace platewise {

inline constexpr char kQuickAddSource[] = "quick-add";
inline constexpr char kQuickAddDefaultName[] = "Quick add";
inline constexpr double kQuickAddGrams = 100;  // the entry's grams: its food's amounts are per entry

struct QuickAdd {
  std::string name;  // empty: kQuickAddDefaultName
  std::map<std::string, double> nutrients;  // by nutrient key (energy in kcal), for the whole entry
};

// Unprocessable (naming the field) without energy, for an amount that is
// negative, not finite or above 1000000, or for a name over 200 characters.
Result<Food> BuildQuickAddFood(const QuickAdd& quick);

}  // namespace platewise

#endif  // PLATEWISE_CORE_FOOD_QUICK_ADD_H_
