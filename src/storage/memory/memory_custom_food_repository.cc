// CustomFoodRepository in memory: users' custom foods and recipes, stored
// with the shared foods under an owner. Ids are "c" + a counter, never reused.

#include <algorithm>
#include <cstdio>

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

// The number of a custom food id ("c12" -> 12).
std::int64_t CustomNumber(const std::string& id) { return std::stoll(id.substr(1)); }

class MemoryCustomFoodRepository final : public CustomFoodRepository {
 public:
  explicit MemoryCustomFoodRepository(State state) : s_(std::move(state)) {}

  Result<Food> CreateFood(UserId owner, const Food& food) override {
    std::lock_guard lock(s_->mutex);
    return InsertLocked(owner, food, std::nullopt);
  }

  Result<Food> CreateRecipe(UserId owner, const Food& food, const Recipe& recipe) override {
    std::lock_guard lock(s_->mutex);
    for (const RecipeIngredient& in : recipe.ingredients) {
      if (!s_->VisibleFood(owner, in.food_id)) return NoFoodWithId(in.food_id);
    }
    return InsertLocked(owner, food, recipe);
  }

  Result<std::vector<Food>> ListFoods(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    std::vector<const FoodRow*> rows;
    for (const auto& [id, row] : s_->foods) {
      if (row.owner == owner && owner != 0) rows.push_back(&row);
    }
    std::sort(rows.begin(), rows.end(), [](const FoodRow* x, const FoodRow* y) {
      return CustomNumber(x->food->id) > CustomNumber(y->food->id);
    });
    std::vector<Food> out;
    for (const FoodRow* row : rows) out.push_back(*row->food);
    return out;
  }

  // The servings are what the stored serving portion gives (total mass over
  // serving mass), as the SQLite store derives them.
  Result<Recipe> GetRecipe(UserId owner, const std::string& food_id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->foods.find(food_id);
    if (it == s_->foods.end() || owner == 0 || it->second.owner != owner || !it->second.recipe ||
        it->second.recipe->ingredients.empty()) {
      return Status::NotFound("no recipe with id \"" + food_id + "\"");
    }
    const Food& f = *it->second.food;
    Recipe recipe = *it->second.recipe;
    recipe.name = f.description;
    double total = 0, serving = 0;
    for (const RecipeIngredient& in : recipe.ingredients) total += in.grams.value();
    for (const Portion& p : f.portions) {
      if (p.unit == "serving") {
        serving = p.grams.value();
        break;
      }
    }
    recipe.servings = serving > 0 ? total / serving : 1;
    return recipe;
  }

  // NotFound first: a food the owner does not own is never reported in use.
  Status DeleteFood(UserId owner, const std::string& food_id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->foods.find(food_id);
    if (it == s_->foods.end() || owner == 0 || it->second.owner != owner) {
      return Status::NotFound("no custom food with id \"" + food_id + "\"");
    }
    if (s_->FoodInUse(food_id)) {
      return Status::Conflict("food " + food_id + " is used by diary entries or recipes; delete those first");
    }
    s_->EraseFood(food_id);
    s_->MoveFoodsStamp();
    return Status::Ok();
  }

 private:
  Result<Food> InsertLocked(UserId owner, Food food, std::optional<Recipe> recipe) {
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    PW_RETURN_IF_ERROR(s_->CheckNutrientKeys(food.per_100g));
    char id[32];
    std::snprintf(id, sizeof id, "c%lld", static_cast<long long>(s_->next_custom_number++));
    food.id = id;
    s_->foods[food.id] = FoodRow{std::make_shared<const Food>(food), owner, std::move(recipe)};
    return food;
  }

  State s_;
};

}  // namespace

std::unique_ptr<CustomFoodRepository> MakeCustomFoodRepository(State state) {
  return std::make_unique<MemoryCustomFoodRepository>(std::move(state));
}

}  // namespace platewise::memory
