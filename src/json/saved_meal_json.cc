#include "json/saved_meal_json.h"

#include "core/food/amount.h"
#include "core/food/entry_nutrients.h"

namespace platewise {

nlohmann::json SavedMealJson(const SavedMealWithFoods& m) {
  nlohmann::json items = nlohmann::json::array();
  std::optional<double> total;
  for (std::size_t i = 0; i < m.meal.items.size(); ++i) {
    const SavedMealItem& item = m.meal.items[i];
    const SharedFood& food = m.foods[i];
    std::optional<double> kcal;
    if (food) kcal = EntryEnergyKcal(DiaryEntry{0, {}, Meal::kBreakfast, item.food_id, item.grams, item.amount_text}, *food);
    if (kcal) total = total.value_or(0) + *kcal;
    items.push_back({{"food_id", item.food_id},
                     {"name", food ? nlohmann::json(food->description) : nlohmann::json(nullptr)},
                     {"grams", item.grams.value()},
                     {"amount", AmountDisplayText(item.amount_text)},
                     {"energy_kcal", kcal ? nlohmann::json(*kcal) : nlohmann::json(nullptr)}});
  }
  return {{"id", m.meal.id},
          {"name", m.meal.name},
          {"energy_kcal", total ? nlohmann::json(*total) : nlohmann::json(nullptr)},
          {"items", std::move(items)}};
}

}  // namespace platewise
