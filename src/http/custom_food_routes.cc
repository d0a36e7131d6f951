#include "http/custom_food_routes.h"

#include <map>

#include "core/food/amount.h"
#include "core/usecases/custom_foods.h"
#include "http/error_response.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "json/food_json.h"
#include "json/amount_fields.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

// The label fields of POST /api/v1/foods, each checked for its type; which
// nutrient keys exist is the use case's rule (CreateCustomFood).
Result<FoodLabel> ReadLabel(const nlohmann::json& body) {
  PW_RETURN_IF_ERROR(CheckOnlyFields(body, {"name", "brand", "nutrients", "serving_grams", "serving_name", "per"}));
  FoodLabel label;
  auto name = RequiredString(body, "name", kMaxFoodNameLength);
  if (!name.ok()) return name.status();
  label.name = *name;
  auto brand = OptionalString(body, "brand", kMaxFoodNameLength);
  if (!brand.ok()) return brand.status();
  label.brand = brand->value_or("");
  auto serving_name = OptionalString(body, "serving_name", kMaxServingNameLength);
  if (!serving_name.ok()) return serving_name.status();
  label.serving_name = serving_name->value_or("");
  auto serving = OptionalNumber(body, "serving_grams");
  if (!serving.ok()) return serving.status();
  label.serving_grams = *serving;
  auto per = OptionalString(body, "per", 16);
  if (!per.ok()) return per.status();
  if (*per && **per != "100g" && **per != "serving") {
    return Status::Unprocessable("per", "per \"" + **per + "\" must be 100g or serving");
  }
  label.per_serving = *per && **per == "serving";
  auto nutrients = NutrientAmounts(body, "nutrients");
  if (!nutrients.ok()) return nutrients.status();
  label.nutrients = std::move(*nutrients);
  return label;
}

struct RecipeFields {
  std::string name;
  double servings = 0;
  std::vector<IngredientInput> ingredients;
};

// The fields of POST /api/v1/recipes; each ingredient's amount is read
// against its food by the use case (CreateRecipe). `body` must outlive the
// result (the amounts read from it).
Result<RecipeFields> ReadRecipe(const nlohmann::json& body) {
  PW_RETURN_IF_ERROR(CheckOnlyFields(body, {"name", "servings", "ingredients"}));
  RecipeFields r;
  auto name = RequiredString(body, "name", kMaxFoodNameLength);
  if (!name.ok()) return name.status();
  r.name = *name;
  auto servings = RequiredNumber(body, "servings");
  if (!servings.ok()) return servings.status();
  r.servings = *servings;
  auto list = body.find("ingredients");
  if (list == body.end() || !list->is_array()) {
    return Status::Unprocessable("ingredients", "ingredients must be a list of {food_id, grams}");
  }
  int i = 0;
  for (const auto& item : *list) {
    std::string field = "ingredients[" + std::to_string(i++) + "]";
    if (!item.is_object()) return Status::Unprocessable(field, field + " must be an object");
    auto id = RequiredString(item, "food_id", 32);
    if (!id.ok()) return id.status().ForField(field + ".food_id");
    r.ingredients.push_back({*id, [&item](const Food& food) { return AmountFields(item, food); }});
  }
  return r;
}

nlohmann::json RecipeJson(const RecipeView& view) {
  const Food& food = view.food;
  const Recipe& recipe = view.recipe;
  const std::vector<Nutrient>& catalog = view.catalog;
  const FoodsById& foods = view.ingredient_foods;
  nlohmann::json ingredients = nlohmann::json::array();
  for (const RecipeIngredient& in : recipe.ingredients) {
    auto it = foods.find(in.food_id);
    ingredients.push_back({{"food_id", in.food_id},
                           {"name", it == foods.end() ? "" : it->second->description},
                           {"grams", in.grams.value()},
                           {"amount", AmountDisplayText(in.amount_text)}});
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

void AddCustomFoodRoutes(Router& router, UseCaseContext& ctx) {
  router.Add("POST", "/api/v1/foods", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = ParseJsonObject(req.body);
    if (!body.ok()) return ErrorResponse(body.status());
    auto label = ReadLabel(*body);
    if (!label.ok()) return ErrorResponse(label.status());
    auto stored = CreateCustomFood(ctx, *user, *label);
    if (!stored.ok()) return ErrorResponse(stored.status());
    return JsonResponse(201, FoodDetailJson(stored->food, stored->catalog));
  });

  router.Add("GET", "/api/v1/custom-foods", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto foods = ListCustomFoods(ctx, *user);
    if (!foods.ok()) return ErrorResponse(foods.status());
    nlohmann::json list = nlohmann::json::array();
    for (const Food& f : *foods) {
      nlohmann::json j = FoodSummaryJson(f);
      j["source"] = f.source;
      list.push_back(std::move(j));
    }
    return JsonResponse(200, {{"foods", std::move(list)}});
  });

  router.Add("DELETE", "/api/v1/custom-foods/{id}", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    Status s = DeleteCustomFood(ctx, *user, req.params.at("id"));
    return s.ok() ? NoContent() : ErrorResponse(s);
  });

  router.Add("POST", "/api/v1/recipes", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = ParseJsonObject(req.body);
    if (!body.ok()) return ErrorResponse(body.status());
    auto fields = ReadRecipe(*body);
    if (!fields.ok()) return ErrorResponse(fields.status());
    auto view = CreateRecipe(ctx, *user, fields->name, fields->servings, fields->ingredients);
    if (!view.ok()) return ErrorResponse(view.status());
    return JsonResponse(201, RecipeJson(*view));
  });

  router.Add("GET", "/api/v1/recipes/{id}", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto view = GetRecipe(ctx, *user, req.params.at("id"));
    if (!view.ok()) return ErrorResponse(view.status());
    return JsonResponse(200, RecipeJson(*view));
  });
}

}  // namespace platewise::http
