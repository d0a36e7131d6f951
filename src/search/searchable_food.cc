#include "search/searchable_food.h"

#include "core/food/quick_add.h"

namespace platewise::search {

std::optional<IndexedFood> Searchable(const Food& food, std::int64_t owner) {
  if (food.source == kQuickAddSource) return std::nullopt;
  return IndexedFood{food.id, food.description, food.food_group, false, static_cast<int>(food.portions.size()), owner};
}

std::optional<IndexedFood> Searchable(const FoodListing& l) {
  if (l.source == kQuickAddSource) return std::nullopt;
  return IndexedFood{l.id, l.description, l.food_group, false, l.portions, l.owner};
}

}  // namespace platewise::search
