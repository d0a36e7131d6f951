#include "http/saved_meal_routes.h"

#include "core/usecases/saved_meals.h"
#include "http/error_response.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "json/diary_json.h"
#include "json/request_fields.h"
#include "json/saved_meal_json.h"

namespace platewise::http {
namespace {

// Longer names are read, so that the use case's rule says what is wrong.
constexpr std::size_t kNameFieldLimit = 1000;

Result<Meal> MealOf(const nlohmann::json& body) {
  auto name = RequiredString(body, "meal", 32);
  if (!name.ok()) return name.status();
  auto meal = ParseMeal(*name);
  if (!meal.ok()) return meal.status().ForField("meal");
  return meal;
}

Response SavedMealResponse(int status, const Result<SavedMealWithFoods>& m) {
  if (!m.ok()) return ErrorResponse(m.status());
  return JsonResponse(status, SavedMealJson(*m));
}

}  // namespace

void AddSavedMealRoutes(Router& router, UseCaseContext& ctx) {
  router.Add("GET", "/api/v1/saved-meals", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto meals = ListSavedMeals(ctx, *user);
    if (!meals.ok()) return ErrorResponse(meals.status());
    nlohmann::json list = nlohmann::json::array();
    for (const SavedMealWithFoods& m : *meals) list.push_back(SavedMealJson(m));
    return JsonResponse(200, {{"saved_meals", std::move(list)}});
  });

  router.Add("POST", "/api/v1/saved-meals", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto body = JsonBody(req, {"name", "date", "meal"});
    if (!body.ok()) return ErrorResponse(body.status());
    auto name = RequiredString(*body, "name", kNameFieldLimit);
    if (!name.ok()) return ErrorResponse(name.status());
    auto date = RequiredDate(*body, "date");
    if (!date.ok()) return ErrorResponse(date.status());
    auto meal = MealOf(*body);
    if (!meal.ok()) return ErrorResponse(meal.status());
    return SavedMealResponse(201, SaveMealFromDiary(ctx, *user, *date, *meal, *name));
  });

  router.Add("PATCH", "/api/v1/saved-meals/{id}", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto id = IdParam(req, "id", "saved meal");
    if (!id.ok()) return ErrorResponse(id.status());
    auto body = JsonBody(req, {"name"});
    if (!body.ok()) return ErrorResponse(body.status());
    auto name = RequiredString(*body, "name", kNameFieldLimit);
    if (!name.ok()) return ErrorResponse(name.status());
    return SavedMealResponse(200, RenameSavedMeal(ctx, *user, *id, *name));
  });

  AddDeleteByIdRoute(router, "/api/v1/saved-meals/{id}", "saved meal",
                     [&ctx](UserId user, std::int64_t id) { return DeleteSavedMeal(ctx, user, id); });

  router.Add("POST", "/api/v1/diary/{date}/saved-meals/{id}", [&ctx](const Request& req) {
    auto w = ReadDatedWrite(req, {"meal"});
    if (!w.ok()) return ErrorResponse(w.status());
    auto id = IdParam(req, "id", "saved meal");
    if (!id.ok()) return ErrorResponse(id.status());
    auto meal = MealOf(w->body);
    if (!meal.ok()) return ErrorResponse(meal.status());
    auto added = AddSavedMeal(ctx, w->user, *id, w->date, *meal);
    if (!added.ok()) return ErrorResponse(added.status());
    nlohmann::json list = nlohmann::json::array();
    for (const EntryWithFood& e : *added) list.push_back(DiaryEntryJson(e.entry, *e.food));
    return JsonResponse(201, {{"entries", std::move(list)}});
  });
}

}  // namespace platewise::http
