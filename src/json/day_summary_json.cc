#include "json/day_summary_json.h"

#include <string>

namespace platewise {

nlohmann::json DaySummaryJson(const DaySummary& day) {
  nlohmann::json meals = nlohmann::json::object();
  for (const auto& [meal, lines] : day.meals) {
    nlohmann::json list = nlohmann::json::array();
    for (const SummaryLine& l : lines) {
      list.push_back({{"id", l.entry.id},
                      {"food_id", l.entry.food_id},
                      {"name", l.food_description},
                      {"grams", l.entry.grams.value()},
                      {"amount", l.entry.amount_text},
                      {"energy_kcal", l.energy_kcal ? nlohmann::json(*l.energy_kcal) : nlohmann::json(nullptr)}});
    }
    meals[MealName(meal)] = std::move(list);
  }
  nlohmann::json totals = nlohmann::json::object();
  nlohmann::json missing = nlohmann::json::object();
  for (const auto& key : kDayTotalKeys) {
    std::string name = std::string(key.nutrient) + "_" + key.unit;
    const NutrientTotal& t = day.totals.at(key.nutrient);
    totals[name] = t.amount ? nlohmann::json(*t.amount) : nlohmann::json(nullptr);
    missing[name] = t.missing_entries;
  }
  return {
      {"date", day.date.ToString()},
      {"meals", std::move(meals)},
      {"totals", std::move(totals)},
      {"missing_entries", std::move(missing)},
      {"budget_kcal", day.goal ? nlohmann::json(day.goal->budget.value()) : nlohmann::json(nullptr)},
      {"remaining_kcal", day.remaining_kcal ? nlohmann::json(*day.remaining_kcal) : nlohmann::json(nullptr)},
  };
}

}  // namespace platewise
