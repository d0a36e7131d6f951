#include "search/searchable_food.h"

#include "core/food/quick_add.h"

namespace platewise::search {

std::optional<IndexedFood> Searchable(const Food& food, std::int64_t owner) {
  if (food.source == kQuickAddSource) return std::nullopt;
  return IndexedFood{food.id, NameWithBrand(food.description, food.brand), food.food_group, !food.brand.empty(),
                     static_cast<int>(food.portions.size()), owner};
}

std::optional<IndexedFood> Searchable(const FoodListing& l) {
  if (l.source == kQuickAddSource) return std::nullopt;
  return IndexedFood{l.id, NameWithBrand(l.description, l.brand), l.food_group, !l.brand.empty(), l.portions, l.owner};
}

}  // namespace platewise::search
