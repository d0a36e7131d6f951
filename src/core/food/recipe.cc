#include "core/food/recipe.h"

#include <cmath>

#include "core/food/amount.h"

namespace platewise {
namespace {

std::string Trimmed(const std::string& s) {
  auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

Status CheckName(const std::string& name) {
  if (name.find_first_not_of(" \t") == std::string::npos) {
    return Status::Unprocessable("name", "a name is needed (up to 200 characters)");
  }
  if (name.size() > kMaxFoodNameLength) {
    return Status::Unprocessable("name", "the name must be at most 200 characters, not " + std::to_string(name.size()));
  }
  return Status::Ok();
}

}  // namespace

Result<Food> BuildCustomFood(const FoodLabel& label) {
  PW_RETURN_IF_ERROR(CheckName(label.name));
  if (label.brand.size() > kMaxFoodNameLength) {
    return Status::Unprocessable("brand", "the brand must be at most 200 characters");
  }
  const std::string serving_name = Trimmed(label.serving_name);
  if (serving_name.size() > kMaxServingNameLength) {
    return Status::Unprocessable("serving_name", "the serving's name must be at most 50 characters (\"1 bar\")");
  }
  if (!serving_name.empty() && !label.serving_grams) {
    return Status::Unprocessable("serving_grams", "a serving named \"" + serving_name + "\" needs its mass in grams");
  }
  if (label.serving_grams) {
    Status s = ValidateEntryGrams(*label.serving_grams);
    if (!s.ok()) return Status::Unprocessable("serving_grams", "serving_grams: " + s.message());
  }
  if (label.per_serving && !label.serving_grams) {
    return Status::Unprocessable("serving_grams", "a label per serving needs serving_grams, the serving's mass");
  }
  if (!label.nutrients.count("energy")) {
    return Status::Unprocessable("nutrients.energy", "a custom food needs its energy (kcal)");
  }
  double scale = label.per_serving ? 100 / *label.serving_grams : 1;
  Food f;
  f.description = label.name;
  f.brand = Trimmed(label.brand);
  f.source = kCustomFoodSource;
  for (const auto& [key, amount] : label.nutrients) {
    if (!std::isfinite(amount) || amount < 0 || amount > 1e6) {
      return Status::Unprocessable("nutrients." + key, "nutrient " + key + " must be a number from 0 to 1000000");
    }
    f.per_100g.Set(key, amount * scale);
  }
  if (label.serving_grams) {
    f.portions.push_back({1, serving_name.empty() ? "serving" : "serving (" + serving_name + ")", Grams(*label.serving_grams)});
  }
  return f;
}

Result<Food> BuildRecipeFood(const Recipe& recipe, const FoodsById& foods) {
  PW_RETURN_IF_ERROR(CheckName(recipe.name));
  if (!std::isfinite(recipe.servings) || recipe.servings <= 0 || recipe.servings > kMaxServings) {
    return Status::Unprocessable("servings", "servings must be more than 0 and at most 1000");
  }
  if (recipe.ingredients.empty() || recipe.ingredients.size() > static_cast<size_t>(kMaxRecipeIngredients)) {
    return Status::Unprocessable("ingredients", "a recipe needs 1-100 ingredients");
  }
  double total_grams = 0;
  std::map<std::string, double> sums;
  std::map<std::string, int> counts;
  for (const RecipeIngredient& in : recipe.ingredients) {
    total_grams += in.grams.value();
    const Food& food = *foods.at(in.food_id);
    for (const auto& [key, per100] : food.per_100g.all()) {
      sums[key] += per100 * in.grams.value() / 100;
      ++counts[key];
    }
  }
  Food f;
  f.description = recipe.name;
  f.source = kRecipeSource;
  for (const auto& [key, sum] : sums) {
    if (counts[key] == static_cast<int>(recipe.ingredients.size())) f.per_100g.Set(key, sum / total_grams * 100);
  }
  f.portions.push_back({1, "serving", Grams(total_grams / recipe.servings)});
  return f;
}

}  // namespace platewise
