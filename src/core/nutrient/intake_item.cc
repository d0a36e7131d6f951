#include "core/nutrient/intake_item.h"

#include "core/nutrient/dri_amounts.h"

namespace platewise {

IntakeItem FoodIntake(const DiaryEntry& entry, const Food& food) {
  IntakeItem item{entry.date, food.id, food.description, false, {}};
  double scale = entry.grams.value() / 100;
  NutrientValues per_100g = WithDriAmounts(food.per_100g);
  for (const auto& [key, per100] : per_100g.all()) item.amounts.Set(key, per100 * scale);
  return item;
}

}  // namespace platewise
