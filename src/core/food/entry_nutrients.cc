#include "core/food/entry_nutrients.h"

namespace platewise {

std::optional<double> EntryNutrient(const DiaryEntry& entry, const Food& food, const std::string& key) {
  auto per_100g = food.per_100g.Get(key);
  if (!per_100g) return std::nullopt;
  return *per_100g * EntryShareOf100g(entry);
}

}  // namespace platewise
