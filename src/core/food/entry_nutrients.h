#ifndef PLATEWISE_CORE_FOOD_ENTRY_NUTRIENTS_H_
#define PLATEWISE_CORE_FOOD_ENTRY_NUTRIENTS_H_

// The one computation of what a diary entry supplies: the food's value per
// 100 g times grams / 100. Not analysed stays not analysed (nullopt), never 0.

#include <optional>
#include <string>

#include "core/diary/diary_entry.h"
#include "core/food/food.h"

namespace platewise {

// What an entry's grams make of a value per 100 g (grams / 100).
inline double EntryShareOf100g(const DiaryEntry& entry) { return entry.grams.value() / 100; }

// REQUIRES: food.id == entry.food_id.
std::optional<double> EntryNutrient(const DiaryEntry& entry, const Food& food, const std::string& key);

inline std::optional<double> EntryEnergyKcal(const DiaryEntry& entry, const Food& food) {
  static const std::string kEnergy = "energy";
  return EntryNutrient(entry, food, kEnergy);
}

}  // namespace platewise

#endif  // PLATEWISE_CORE_FOOD_ENTRY_NUTRIENTS_H_
