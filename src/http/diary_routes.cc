#include "http/diary_routes.h"

#include <memory>

#include "core/diary/idempotency_key.h"
#include "core/food/recipe.h"
#include "core/usecases/diary_day.h"
#include "core/usecases/diary_entries.h"
#include "core/usecases/food_lists.h"
#include "http/diary_day_responses.h"
#include "http/entry_etag.h"
#include "http/error_response.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "json/amount_fields.h"
#include "json/diary_json.h"
#include "json/food_json.h"
#include "json/request_fields.h"

namespace platewise::http {
namespace {

Result<Meal> MealField(const nlohmann::json& body) {
  auto name = RequiredString(body, "meal", 32);
  if (!name.ok()) return name.status();
  auto meal = ParseMeal(*name);
  if (!meal.ok()) return meal.status().ForField("meal");
  return meal;
}

// The amount fields of `body` ({grams} or {amount, portion}), read against the food.
AmountOfFood AmountOf(const nlohmann::json& body) {
  return [&body](const Food& food) { return AmountFields(body, food); };
}

Response EntryResponse(int status, const Result<EntryWithFood>& e) {
  if (!e.ok()) return ErrorResponse(e.status());
  return JsonResponse(status, DiaryEntryJson(e->entry, *e->food));
}

// One entry, as read or as an edit left it, with its ETag (If-Match of the
// next edit).
Response ValidatedEntryResponse(const Result<EntryWithFood>& e) {
  Response r = EntryResponse(200, e);
  if (e.ok()) r.headers.emplace_back("ETag", EntryETag(e->entry));
  return r;
}

Response FoodUses(UseCaseContext& ctx, const Request& req, bool recent) {
  auto user = RequireUser(req);
  if (!user.ok()) return ErrorResponse(user.status());
  auto limit = LimitQuery(req, 20, 100);
  if (!limit.ok()) return ErrorResponse(limit.status());
  auto uses = recent ? RecentFoods(ctx, *user, *limit) : FrequentFoods(ctx, *user, *limit);
  if (!uses.ok()) return ErrorResponse(uses.status());
  nlohmann::json list = nlohmann::json::array();
  for (const FoodUseWithFood& u : *uses) list.push_back(FoodUseJson(u.use, *u.food));
  return JsonResponse(200, {{"foods", std::move(list)}});
}

}  // namespace

void AddDiaryRoutes(Router& router, UseCaseContext& ctx) {
  auto days = std::make_shared<DiaryDayResponses>();
  router.Add("GET", "/api/v1/diary/recent-foods", [&ctx](const Request& req) { return FoodUses(ctx, req, true); });
  router.Add("GET", "/api/v1/diary/frequent-foods", [&ctx](const Request& req) { return FoodUses(ctx, req, false); });

  router.Add("GET", "/api/v1/diary/{date}", [&ctx, days](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto date = DateParam(req);
    if (!date.ok()) return ErrorResponse(date.status());
    auto inputs = ReadDiaryDay(ctx, *user, *date);
    if (!inputs.ok()) return ErrorResponse(inputs.status());
    Response r;
    r.body = days->Json(*user, *std::move(inputs));
    return r;
  });

  router.Add("POST", "/api/v1/diary/{date}/entries", [&ctx](const Request& req) {
    auto w = ReadDatedWrite(req, {"meal", "food_id", "grams", "amount", "portion", "name", "nutrients"});
    if (!w.ok()) return ErrorResponse(w.status());
    auto meal = MealField(w->body);
    if (!meal.ok()) return ErrorResponse(meal.status());
    // Safe to send again with the same Idempotency-Key: a repeat logs nothing
    // and answers with the entry the key logged (core/usecases/diary_entries.h).
    const std::string key = req.Header("idempotency-key");
    if (req.headers.count("idempotency-key")) {
      if (Status bad = CheckIdempotencyKey(key); !bad.ok()) return ErrorResponse(bad);
    }
    // A quick add: the entry's own nutrients, no food (core/food/quick_add.h).
    if (w->body.contains("nutrients")) {
      if (w->body.contains("food_id") || w->body.contains("grams") || w->body.contains("amount") ||
          w->body.contains("portion")) {
        return ErrorResponse(Status::Unprocessable(
            "nutrients", "give a food (food_id with grams or amount and portion) or a quick add (nutrients), not both"));
      }
      auto name = OptionalString(w->body, "name", kMaxFoodNameLength);
      if (!name.ok()) return ErrorResponse(name.status());
      auto nutrients = NutrientAmounts(w->body, "nutrients");
      if (!nutrients.ok()) return ErrorResponse(nutrients.status());
      return EntryResponse(201,
                           LogQuickAdd(ctx, w->user, w->date, *meal, {name->value_or(""), std::move(*nutrients)}, key));
    }
    if (w->body.contains("name")) {
      return ErrorResponse(Status::Unprocessable("name", "name is for a quick add (with nutrients); a food has its own"));
    }
    auto food_id = RequiredString(w->body, "food_id", 32);
    if (!food_id.ok()) return ErrorResponse(food_id.status());
    auto logged = LogFood(ctx, w->user, w->date, *meal, *food_id, AmountOf(w->body), key);
    // A food the body names that the user cannot see is 422 "food_id", not 404.
    if (!logged.ok() && logged.status().code() == StatusCode::kNotFound) {
      return ErrorResponse(Status::Unprocessable("food_id", logged.status().message()));
    }
    return EntryResponse(201, logged);
  });

  // Several foods to one meal, all or none (LogFoods): ticked recent foods.
  router.Add("POST", "/api/v1/diary/{date}/entries/batch", [&ctx](const Request& req) {
    auto w = ReadDatedWrite(req, {"meal", "entries"});
    if (!w.ok()) return ErrorResponse(w.status());
    auto meal = MealField(w->body);
    if (!meal.ok()) return ErrorResponse(meal.status());
    if (!w->body.contains("entries") || !w->body.at("entries").is_array()) {
      return ErrorResponse(Status::Unprocessable("entries", "entries must be a list of foods with their amounts"));
    }
    const nlohmann::json& list = w->body.at("entries");
    std::vector<FoodToLog> foods;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const nlohmann::json& item = list[i];
      const std::string field = "entries[" + std::to_string(i) + "]";
      if (!item.is_object()) return ErrorResponse(Status::Unprocessable(field, field + " must be an object"));
      for (const auto& [key, value] : item.items()) {
        if (key != "food_id" && key != "grams" && key != "amount" && key != "portion") {
          return ErrorResponse(Status::Unprocessable(field + "." + key, field + " has an unknown field \"" + key + "\""));
        }
      }
      auto food_id = RequiredString(item, "food_id", 32);
      if (!food_id.ok()) return ErrorResponse(food_id.status().ForField(field + ".food_id"));
      foods.push_back({*food_id, AmountOf(item)});
    }
    auto logged = LogFoods(ctx, w->user, w->date, *meal, foods);
    if (!logged.ok()) return ErrorResponse(logged.status());
    nlohmann::json out = nlohmann::json::array();
    for (const EntryWithFood& e : *logged) out.push_back(DiaryEntryJson(e.entry, *e.food));
    return JsonResponse(201, {{"entries", std::move(out)}});
  });

  router.Add("GET", "/api/v1/diary/entries/{id}", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto id = IdParam(req, "id", "diary entry");
    if (!id.ok()) return ErrorResponse(id.status());
    return ValidatedEntryResponse(GetEntry(ctx, *user, *id));
  });

  router.Add("PATCH", "/api/v1/diary/entries/{id}", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto id = IdParam(req, "id", "diary entry");
    if (!id.ok()) return ErrorResponse(id.status());
    auto if_match = IfMatchVersions(req);  // a stale one is 412, and nothing changes
    if (!if_match.ok()) return ErrorResponse(if_match.status());
    auto body = JsonBody(req, {"date", "meal", "grams", "amount", "portion"});
    if (!body.ok()) return ErrorResponse(body.status());
    EntryEdit edit;
    edit.if_version_in = *std::move(if_match);
    auto date = OptionalDate(*body, "date");
    if (!date.ok()) return ErrorResponse(date.status());
    edit.date = *date;
    if (body->contains("meal")) {
      auto meal = MealField(*body);
      if (!meal.ok()) return ErrorResponse(meal.status());
      edit.meal = *meal;
    }
    if (body->contains("grams") || body->contains("amount") || body->contains("portion")) edit.amount = AmountOf(*body);
    return ValidatedEntryResponse(EditEntry(ctx, *user, *id, edit));
  });

  AddDeleteByIdRoute(router, "/api/v1/diary/entries/{id}", "diary entry",
                     [&ctx](UserId user, std::int64_t id) { return DeleteEntry(ctx, user, id); });

  router.Add("POST", "/api/v1/diary/{date}/copy", [&ctx](const Request& req) {
    auto w = ReadDatedWrite(req, {"to", "meal", "again"});  // {date}: the day copied from
    if (!w.ok()) return ErrorResponse(w.status());
    auto to = RequiredDate(w->body, "to");
    if (!to.ok()) return ErrorResponse(to.status());
    std::optional<Meal> meal;
    if (w->body.contains("meal") && !w->body.at("meal").is_null()) {
      auto m = MealField(w->body);
      if (!m.ok()) return ErrorResponse(m.status());
      meal = *m;
    }
    bool again = false;
    if (w->body.contains("again")) {
      if (!w->body.at("again").is_boolean()) return ErrorResponse(Status::Unprocessable("again", "again must be true or false"));
      again = w->body.at("again").get<bool>();
    }
    auto copies = CopyDay(ctx, w->user, w->date, *to, meal, again);
    if (!copies.ok()) return ErrorResponse(copies.status());
    nlohmann::json list = nlohmann::json::array();
    for (const EntryWithFood& e : *copies) list.push_back(DiaryEntryJson(e.entry, *e.food));
    return JsonResponse(201, {{"entries", std::move(list)}});
  });

  router.Add("GET", "/api/v1/favourites", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto foods = Favourites(ctx, *user);
    if (!foods.ok()) return ErrorResponse(foods.status());
    nlohmann::json list = nlohmann::json::array();
    for (const SharedFood& food : *foods) list.push_back(FoodSummaryJson(*food));
    return JsonResponse(200, {{"foods", std::move(list)}});
  });

  router.Add("PUT", "/api/v1/favourites/{food_id}", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    Status s = AddFavourite(ctx, *user, req.params.at("food_id"));
    return s.ok() ? NoContent() : ErrorResponse(s);
  });

  router.Add("DELETE", "/api/v1/favourites/{food_id}", [&ctx](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    Status s = RemoveFavourite(ctx, *user, req.params.at("food_id"));
    return s.ok() ? NoContent() : ErrorResponse(s);
  });
}

}  // namespace platewise::http
