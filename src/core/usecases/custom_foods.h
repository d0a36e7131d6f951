#ifndef PLATEWISE_CORE_USECASES_CUSTOM_FOODS_H_
#define PLATEWISE_CORE_USECASES_CUSTOM_FOODS_H_

// A user's own foods: custom foods from a label and recipes from
// ingredients. Each appears in its owner's search once stored and leaves it
// when deleted (FoodIndexUpdates).

#include <map>
#include <string>
#include <vector>

#include "core/food/recipe.h"
#include "core/usecases/diary_entries.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

// A food with the nutrient catalog it is shown against.
struct FoodWithCatalog {
  Food food;
  std::vector<Nutrient> catalog;
};

// Unprocessable "nutrients.KEY" for a nutrient the catalog does not have;
// BuildCustomFood's errors otherwise.
Result<FoodWithCatalog> CreateCustomFood(UseCaseContext& ctx, UserId user, const FoodLabel& label);

// Unprocessable naming "nutrients.KEY" for a key the nutrient catalog lacks.
Status CheckNutrientKeys(UseCaseContext& ctx, const std::map<std::string, double>& nutrients);

// Newest first.
// The user's custom foods and recipes, newest first (not the foods made for
// quick-add entries).
Result<std::vector<Food>> ListCustomFoods(UseCaseContext& ctx, UserId user);

// NotFound for a food that is not the user's; Conflict while diary entries use it.
Status DeleteCustomFood(UseCaseContext& ctx, UserId user, const std::string& food_id);

struct RecipeView {
  Food food;  // the recipe as a food: per 100 g, one serving as its portion
  Recipe recipe;
  FoodsById ingredient_foods;
  std::vector<Nutrient> catalog;
};

struct IngredientInput {
  std::string food_id;
  AmountOfFood amount;
};

// Unprocessable naming "ingredients[i].food_id" for an ingredient the user
// cannot see, "ingredients[i].FIELD" for its amount; BuildRecipeFood's errors.
Result<RecipeView> CreateRecipe(UseCaseContext& ctx, UserId user, const std::string& name, double servings,
                                const std::vector<IngredientInput>& ingredients);

// NotFound when the user has no recipe `food_id`.
Result<RecipeView> GetRecipe(UseCaseContext& ctx, UserId user, const std::string& food_id);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_CUSTOM_FOODS_H_
