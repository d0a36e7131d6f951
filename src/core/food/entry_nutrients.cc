#include "core/food/entry_nutrients.h"

#include <string>

namespace platewise {

std::optional<double> EntryNutrient(const DiaryEntry& entry, const Food& food, std::string_view key) {
  auto per_100g = food.per_100g.Get(std::string(key));
  if (!per_100g) return std::nullopt;
  return *per_100g * EntryShareOf100g(entry);
}

}  // namespace platewise
