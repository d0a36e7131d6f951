#ifndef PLATEWISE_CORE_PORTS_CUSTOM_FOOD_REPOSITORY_H_
#define PLATEWISE_CORE_PORTS_CUSTOM_FOOD_REPOSITORY_H_

// Foods a user made: custom foods from a label and recipes. They live with
// the shared foods (FoodRepository::GetVisibleFood finds them) but only their
// owner sees them. Ids are "c" + a number, never a 5-digit NDB number; a
// newer food has a greater number. Writes for an account that does not
// exist are Conflict. Thread-safe.

#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/food/recipe.h"
#include "core/status.h"

namespace platewise {

class CustomFoodRepository {
 public:
  virtual ~CustomFoodRepository() = default;
  // Stores `food` (its id is ignored) and returns it with its new id.
  virtual Result<Food> CreateFood(UserId owner, const Food& food) = 0;
  // Stores a recipe as a food (`food`, computed by BuildRecipeFood) with its
  // ingredients; returns the food with its new id. NotFound when an
  // ingredient's food is not visible to the owner.
  virtual Result<Food> CreateRecipe(UserId owner, const Food& food, const Recipe& recipe) = 0;
  // The owner's custom foods and recipes, newest first (by id number, descending).
  virtual Result<std::vector<Food>> ListFoods(UserId owner) = 0;
  // The recipe: its name (the food's description), servings (total
  // ingredient mass over the serving portion's) and ingredients in the order
  // given. NotFound when the owner has no recipe `food_id` (a plain custom
  // food, a shared food or another owner's recipe included).
  virtual Result<Recipe> GetRecipe(UserId owner, const std::string& food_id) = 0;
  // Removes the food, its recipe ingredients and every favourite of it.
  // NotFound when the owner has no such food (checked first: a shared food
  // is NotFound even when the owner logged it); Conflict when the owner's
  // diary entries or recipes use it.
  virtual Status DeleteFood(UserId owner, const std::string& food_id) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_CUSTOM_FOOD_REPOSITORY_H_
