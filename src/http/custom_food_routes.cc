#include "http/custom_food_routes.h"

#include <map>

#include "core/food/amount.h"
#include "core/food/foods_of_entries.h"
#include "core/food/recipe.h"
#include "http/error_response.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "json/food_json.h"
#include "json/amount_fields.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

Result<FoodLabel> ReadLabel(const nlohmann::json& body, const std::vector<Nutrient>& catalog) {
  PW_RETURN_IF_ERROR(CheckOnlyFields(body, {"name", "nutrients", "serving_grams", "per"}));
  FoodLabel label;
  auto name = RequiredString(body, "name", kMaxFoodNameLength);
  if (!name.ok()) return name.status();
  label.name = *name;
  auto serving = OptionalNumber(body, "serving_grams");
  if (!serving.ok()) return serving.status();
  label.serving_grams = *serving;
  auto per = OptionalString(body, "per", 16);
  if (!per.ok()) return per.status();
  if (*per && **per != "100g" && **per != "serving") {
    return Status::Unprocessable("per", "per \"" + **per + "\" must be 100g or serving");
  }
  label.per_serving = *per && **per == "serving";
  auto it = body.find("nutrients");
  if (it == body.end() || !it->is_object()) {
    return Status::Unprocessable("nutrients", "nutrients must be an object such as {\"energy\": 250, \"protein\": 3}");
  }
  for (const auto& [key, value] : it->items()) {
    bool known = false;
    for (const Nutrient& n : catalog) known = known || n.key == key;
    if (!known) return Status::Unprocessable("nutrients." + key, "unknown nutrient \"" + key + "\"");
    if (!value.is_number()) return Status::Unprocessable("nutrients." + key, "nutrient " + key + " must be a number");
    label.nutrients[key] = value.get<double>();
  }
  return label;
}

Result<std::pair<Recipe, FoodsById>> ReadRecipe(Store& store, UserId user,
                                                                  const nlohmann::json& body) {
  PW_RETURN_IF_ERROR(CheckOnlyFields(body, {"name", "servings", "ingredients"}));
  Recipe recipe;
  auto name = RequiredString(body, "name", kMaxFoodNameLength);
  if (!name.ok()) return name.status();
  recipe.name = *name;
  auto servings = RequiredNumber(body, "servings");
  if (!servings.ok()) return servings.status();
  recipe.servings = *servings;
  auto list = body.find("ingredients");
  if (list == body.end() || !list->is_array()) {
    return Status::Unprocessable("ingredients", "ingredients must be a list of {food_id, grams}");
  }
  FoodsById foods;
  int i = 0;
  for (const auto& item : *list) {
    std::string field = "ingredients[" + std::to_string(i++) + "]";
    if (!item.is_object()) return Status::Unprocessable(field, field + " must be an object");
    auto id = RequiredString(item, "food_id", 32);
    if (!id.ok()) return id.status().ForField(field + ".food_id");
    auto food = store.foods->GetVisibleFood(user, *id);
    if (!food.ok()) {
      if (food.status().code() == StatusCode::kNotFound) {
        return Status::Unprocessable(field + ".food_id", food.status().message());
      }
      return food.status();
    }
    const Food& f = **food;
    auto amount = AmountFields(item, f);
    if (!amount.ok()) {
      const Status& s = amount.status();
      return s.ForField(field + (s.field().empty() ? "" : "." + s.field()));
    }
    recipe.ingredients.push_back({f.id, amount->grams, amount->description});
    foods.emplace(f.id, *food);
  }
  return std::make_pair(recipe, foods);
}

nlohmann::json RecipeJson(const Food& food, const Recipe& recipe, const std::vector<Nutrient>& catalog,
                          const FoodsById& foods) {
  nlohmann::json ingredients = nlohmann::json::array();
  for (const RecipeIngredient& in : recipe.ingredients) {
    auto it = foods.find(in.food_id);
    ingredients.push_back({{"food_id", in.food_id},
                           {"name", it == foods.end() ? "" : it->second->description},
                           {"grams", in.grams.value()},
                           {"amount", in.amount_text}});
  }
  double serving_grams = food.portions.empty() ? 0 : food.portions.front().grams.value();
  nlohmann::json per_serving = nlohmann::json::object();
  for (const Nutrient& n : catalog) {
    auto v = food.per_100g.Get(n.key);
    per_serving[n.key] = v ? nlohmann::json(*v * serving_grams / 100) : nlohmann::json(nullptr);
  }
  return {{"food", FoodDetailJson(food, catalog)},
          {"servings", recipe.servings},
          {"serving_grams", serving_grams},
          {"ingredients", std::move(ingredients)},
          {"per_serving", std::move(per_serving)}};
}

}  // namespace

void AddCustomFoodRoutes(Router& router, Store& store, search::FoodIndex& index) {
  router.Add("POST", "/api/v1/foods", [&store, &index](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = ParseJsonObject(req.body);
    if (!body.ok()) return ErrorResponse(body.status());
    auto catalog = store.foods->ListNutrients();
    if (!catalog.ok()) return ErrorResponse(catalog.status());
    auto label = ReadLabel(*body, *catalog);
    if (!label.ok()) return ErrorResponse(label.status());
    auto food = BuildCustomFood(*label);
    if (!food.ok()) return ErrorResponse(food.status());
    auto stored = store.custom_foods->CreateFood(*user, *food);
    if (!stored.ok()) return ErrorResponse(stored.status());
    index.Upsert({stored->id, stored->description, stored->food_group, false,
                  static_cast<int>(stored->portions.size()), *user});
    return JsonResponse(201, FoodDetailJson(*stored, *catalog));
  });

  router.Add("GET", "/api/v1/custom-foods", [&store, &index](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto foods = store.custom_foods->ListFoods(*user);
    if (!foods.ok()) return ErrorResponse(foods.status());
    nlohmann::json list = nlohmann::json::array();
    for (const Food& f : *foods) {
      nlohmann::json j = FoodSummaryJson(f);
      j["source"] = f.source;
      list.push_back(std::move(j));
    }
    return JsonResponse(200, {{"foods", std::move(list)}});
  });

  router.Add("DELETE", "/api/v1/custom-foods/{id}", [&store, &index](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    Status s = store.custom_foods->DeleteFood(*user, req.params.at("id"));
    if (!s.ok()) return ErrorResponse(s);
    index.Remove(req.params.at("id"));
    return NoContent();
  });

  router.Add("POST", "/api/v1/recipes", [&store, &index](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = ParseJsonObject(req.body);
    if (!body.ok()) return ErrorResponse(body.status());
    auto read = ReadRecipe(store, *user, *body);
    if (!read.ok()) return ErrorResponse(read.status());
    auto food = BuildRecipeFood(read->first, read->second);
    if (!food.ok()) return ErrorResponse(food.status());
    auto stored = store.custom_foods->CreateRecipe(*user, *food, read->first);
    if (!stored.ok()) return ErrorResponse(stored.status());
    index.Upsert({stored->id, stored->description, stored->food_group, false,
                  static_cast<int>(stored->portions.size()), *user});
    auto catalog = store.foods->ListNutrients();
    if (!catalog.ok()) return ErrorResponse(catalog.status());
    return JsonResponse(201, RecipeJson(*stored, read->first, *catalog, read->second));
  });

  router.Add("GET", "/api/v1/recipes/{id}", [&store, &index](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    const std::string& id = req.params.at("id");
    auto recipe = store.custom_foods->GetRecipe(*user, id);
    if (!recipe.ok()) return ErrorResponse(recipe.status());
    auto food = store.foods->GetVisibleFood(*user, id);
    if (!food.ok()) return ErrorResponse(food.status());
    FoodsById foods;
    for (const RecipeIngredient& in : recipe->ingredients) {
      Status s = AddFood(*store.foods, in.food_id, foods);
      if (!s.ok()) return ErrorResponse(s);
    }
    auto catalog = store.foods->ListNutrients();
    if (!catalog.ok()) return ErrorResponse(catalog.status());
    return JsonResponse(200, RecipeJson(**food, *recipe, *catalog, foods));
  });
}

}  // namespace platewise::http
