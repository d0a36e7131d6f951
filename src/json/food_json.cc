#include "json/food_json.h"

namespace platewise {
namespace {

nlohmann::json Optional(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

nlohmann::json PortionJson(const Portion& p) {
  return {{"amount", p.amount}, {"unit", p.unit}, {"grams", p.grams.value()}};
}

}  // namespace

nlohmann::json FoodSummaryJson(const Food& food) {
  return {
      {"id", food.id},
      {"name", food.description},
      {"brand", food.brand},
      {"food_group", food.food_group},
      {"kcal_per_100g", Optional(food.per_100g.Get("energy"))},
      {"default_portion", food.portions.empty() ? nlohmann::json(nullptr) : PortionJson(food.portions.front())},
  };
}

nlohmann::json FoodDetailJson(const Food& food, const std::vector<Nutrient>& catalog) {
  nlohmann::json j = FoodSummaryJson(food);
  j["source"] = food.source;
  j["atwater"] = {{"protein", Optional(food.protein_factor)},
                  {"fat", Optional(food.fat_factor)},
                  {"carbohydrate", Optional(food.carbohydrate_factor)}};
  nlohmann::json nutrients = nlohmann::json::array();
  for (const Nutrient& n : catalog) {
    nutrients.push_back(
        {{"key", n.key}, {"name", n.name}, {"unit", n.unit}, {"per_100g", Optional(food.per_100g.Get(n.key))}});
  }
  j["nutrients"] = std::move(nutrients);
  nlohmann::json portions = nlohmann::json::array();
  for (const Portion& p : food.portions) portions.push_back(PortionJson(p));
  j["portions"] = std::move(portions);
  return j;
}

}  // namespace platewise
