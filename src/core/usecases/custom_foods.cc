#include "core/usecases/custom_foods.h"

#include <cmath>

#include "core/food/foods_of_entries.h"
#include "core/food/quick_add.h"
#include "core/number_text.h"

namespace platewise {
namespace {

constexpr double kMaxLabelAmount = 1e6;

// A label's amount out of range, said in the person's words and the
// nutrient's unit: "Calories must be 0 kcal or more, not -5 kcal".
Status CheckLabelAmounts(const FoodLabel& label, const std::vector<Nutrient>& catalog) {
  for (const auto& [key, amount] : label.nutrients) {
    if (std::isfinite(amount) && amount >= 0 && amount <= kMaxLabelAmount) continue;
    std::string name = key, unit;
    for (const Nutrient& n : catalog) {
      if (n.key == key) name = n.name, unit = " " + n.unit;
    }
    if (key == "energy") name = "Calories";
    const std::string field = "nutrients." + key;
    if (!std::isfinite(amount)) return Status::Unprocessable(field, name + " must be a number");
    if (amount < 0) {
      return Status::Unprocessable(field, name + " must be 0" + unit + " or more, not " + FormatGrouped(amount, 3) + unit);
    }
    return Status::Unprocessable(field, name + " must be at most " + FormatGrouped(kMaxLabelAmount, 0) + unit + ", not " +
                                            FormatGrouped(amount, 0) + unit);
  }
  return Status::Ok();
}

}  // namespace

Status CheckNutrientKeys(UseCaseContext& ctx, const std::map<std::string, double>& nutrients) {
  auto catalog = ctx.store.foods->ListNutrients();
  if (!catalog.ok()) return catalog.status();
  for (const auto& [key, value] : nutrients) {
    bool known = false;
    for (const Nutrient& n : *catalog) known = known || n.key == key;
    if (!known) return Status::Unprocessable("nutrients." + key, "unknown nutrient \"" + key + "\"");
  }
  return Status::Ok();
}

Result<FoodWithCatalog> CreateCustomFood(UseCaseContext& ctx, UserId user, const FoodLabel& label) {
  PW_RETURN_IF_ERROR(CheckNutrientKeys(ctx, label.nutrients));
  auto catalog = ctx.store.foods->ListNutrients();
  if (!catalog.ok()) return catalog.status();
  PW_RETURN_IF_ERROR(CheckLabelAmounts(label, *catalog));
  auto food = BuildCustomFood(label);
  if (!food.ok()) return food.status();
  auto stored = ctx.store.custom_foods->CreateFood(user, *food);
  if (!stored.ok()) return stored.status();
  ctx.index.CustomFoodAdded(user, *stored);
  return FoodWithCatalog{std::move(*stored), std::move(*catalog)};
}

Result<std::vector<Food>> ListCustomFoods(UseCaseContext& ctx, UserId user) {
  auto foods = ctx.store.custom_foods->ListFoods(user);
  if (!foods.ok()) return foods.status();
  // A quick add's food is part of its entry, not a food of the list.
  std::erase_if(*foods, [](const Food& f) { return f.source == kQuickAddSource; });
  return foods;
}

Status DeleteCustomFood(UseCaseContext& ctx, UserId user, const std::string& food_id) {
  PW_RETURN_IF_ERROR(ctx.store.custom_foods->DeleteFood(user, food_id));
  ctx.index.CustomFoodRemoved(food_id);
  return Status::Ok();
}

Result<RecipeView> CreateRecipe(UseCaseContext& ctx, UserId user, const std::string& name, double servings,
                                const std::vector<IngredientInput>& ingredients) {
  RecipeView view;
  view.recipe.name = name;
  view.recipe.servings = servings;
  for (std::size_t i = 0; i < ingredients.size(); ++i) {
    const std::string field = "ingredients[" + std::to_string(i) + "]";
    auto food = ctx.store.foods->GetVisibleFood(user, ingredients[i].food_id);
    if (!food.ok()) {
      if (food.status().code() == StatusCode::kNotFound) {
        return Status::Unprocessable(field + ".food_id", food.status().message());
      }
      return food.status();
    }
    auto amount = ingredients[i].amount(**food);
    if (!amount.ok()) {
      const Status& s = amount.status();
      return s.ForField(field + (s.field().empty() ? "" : "." + s.field()));
    }
    view.recipe.ingredients.push_back({(*food)->id, amount->grams, amount->description});
    view.ingredient_foods.emplace((*food)->id, *food);
  }
  auto food = BuildRecipeFood(view.recipe, view.ingredient_foods);
  if (!food.ok()) return food.status();
  auto stored = ctx.store.custom_foods->CreateRecipe(user, *food, view.recipe);
  if (!stored.ok()) return stored.status();
  ctx.index.CustomFoodAdded(user, *stored);
  view.food = std::move(*stored);
  auto catalog = ctx.store.foods->ListNutrients();
  if (!catalog.ok()) return catalog.status();
  view.catalog = std::move(*catalog);
  return view;
}

Result<RecipeView> GetRecipe(UseCaseContext& ctx, UserId user, const std::string& food_id) {
  RecipeView view;
  auto recipe = ctx.store.custom_foods->GetRecipe(user, food_id);
  if (!recipe.ok()) return recipe.status();
  view.recipe = std::move(*recipe);
  auto food = ctx.store.foods->GetVisibleFood(user, food_id);
  if (!food.ok()) return food.status();
  view.food = **food;
  for (const RecipeIngredient& in : view.recipe.ingredients) {
    PW_RETURN_IF_ERROR(AddFood(*ctx.store.foods, in.food_id, view.ingredient_foods));
  }
  auto catalog = ctx.store.foods->ListNutrients();
  if (!catalog.ok()) return catalog.status();
  view.catalog = std::move(*catalog);
  return view;
}

}  // namespace platewise
