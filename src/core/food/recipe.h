#ifndef PLATEWISE_CORE_FOOD_RECIPE_H_
#define PLATEWISE_CORE_FOOD_RECIPE_H_

// Foods a user makes: a custom food from a nutrition label, and a recipe from
// ingredients. Both become an ordinary Food (nutrients per 100 g, a
// "serving" portion), so the diary, totals and search treat them like any
// other food.
//
// A recipe's per-100 g value of a nutrient is the sum over its ingredients
// divided by the recipe's total mass; it is "not analysed" (absent) when any
// ingredient lacks a value for it, because a sum with a hole would understate
// it. Per serving = total / servings.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/food/food.h"
#include "core/status.h"

namespace platewise {

inline constexpr char kCustomFoodSource[] = "custom";
inline constexpr char kRecipeSource[] = "recipe";
inline constexpr std::size_t kMaxFoodNameLength = 200;
inline constexpr int kMaxRecipeIngredients = 100;
inline constexpr double kMaxServings = 1000;

// A nutrition label: `nutrients` (by nutrient key, in the catalog's units) are
// per 100 g when `serving_grams` is absent or `per_serving` is false, else per
// serving of `serving_grams`. `brand` is the product's ("Acme"), empty for
// none; `serving_name` is how the label names a serving ("1 bar"), empty for
// none: the food's portion is then "serving (1 bar)", else "serving".
struct FoodLabel {
  std::string name;
  std::optional<double> serving_grams;
  bool per_serving = false;
  std::map<std::string, double> nutrients;
  std::string brand = {};
  std::string serving_name = {};
};

inline constexpr std::size_t kMaxServingNameLength = 50;

// Unprocessable (naming the field) for an empty or long name, a brand over 200
// characters, a serving that is not 0-10000 g, per_serving without
// serving_grams, a serving name over 50 characters or without serving_grams, a
// negative or non-finite amount, or no energy value.
Result<Food> BuildCustomFood(const FoodLabel& label);

struct RecipeIngredient {
  std::string food_id;
  Grams grams;
  std::string amount_text;  // as typed ("1 cup"), for display
};

struct Recipe {
  std::string name;
  double servings = 1;
  std::vector<RecipeIngredient> ingredients;
};

// REQUIRES: `foods` holds every ingredient's food by id. Unprocessable for an
// empty name, servings outside (0, 1000], or no ingredients (or more than 100).
Result<Food> BuildRecipeFood(const Recipe& recipe, const FoodsById& foods);

}  // namespace platewise

#endif  // PLATEWISE_CORE_FOOD_RECIPE_H_
