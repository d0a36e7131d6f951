#include "core/food/quick_add.h"

#include "core/food/recipe.h"

namespace platewise {

Result<Food> BuildQuickAddFood(const QuickAdd& quick) {
  if (!quick.nutrients.contains("energy")) {
    return Status::Unprocessable("nutrients.energy", "a quick add needs its energy (kcal)");
  }
  FoodLabel label;
  label.name = quick.name.empty() ? kQuickAddDefaultName : quick.name;
  label.nutrients = quick.nutrients;
  // The label's rules (amounts 0-1000000, the name's length) per 100 g: the
  // entry is 100 g, so the amounts are the entry's.
  auto food = BuildCustomFood(label);
  if (!food.ok()) return food.status();
  food->source = kQuickAddSource;
  food->portions = {{1, "serving", Grams(kQuickAddGrams)}};
  return food;
}

}  // namespace platewise
