#include "core/food/quick_add.h"

#include "core/food/recipe.h"

namespace platewise {

Result<Food> BuildQuickAddFood(const QuickAdd& quick) {
  FoodLabel label;
  label.name = quick.name.empty() ? kQuickAddDefaultName : quick.name;
  label.nutrients = quick.nutrients;
  // The label's rules (energy required, amounts 0-1000000) per 100 g: the
  // entry is 100 g, so the amounts are the entry's.
  auto food = BuildCustomFood(label);
  if (!food.ok()) {
    Status s = food.status();
    if (s.field() == "nutrients.energy") return Status::Unprocessable("nutrients.energy", "a quick add needs its energy (kcal)");
    return s;
  }
  food->source = kQuickAddSource;
  food->portions = {{1, "serving", Grams(kQuickAddGrams)}};
  return food;
}

}  // namespace platewise
