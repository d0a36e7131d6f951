#include "core/nutrient/intake_item.h"

#include "core/food/entry_nutrients.h"
#include "core/nutrient/dri_amounts.h"

namespace platewise {

IntakeItem FoodIntake(const DiaryEntry& entry, const Food& food) {
  IntakeItem item{entry.date, food.id, food.description, false, {}};
  // Every value of the food, DRI keys included, scaled as EntryNutrient scales one.
  const double scale = EntryShareOf100g(entry);
  NutrientValues per_100g = WithDriAmounts(food.per_100g);
  for (const auto& [key, per100] : per_100g.all()) item.amounts.Set(key, per100 * scale);
  return item;
}

}  // namespace platewise
