#include "http/diary_routes.h"

#include <map>

#include "core/diary/day_summary.h"
#include "core/food/amount.h"
#include "core/food/foods_of_entries.h"
#include "http/error_response.h"
#include "http/profile_routes.h"
#include "http/request_params.h"
#include "http/request_user.h"
#include "json/day_summary_json.h"
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

// A food named by a request body: unknown (or another user's) is 422 "food_id".
Result<SharedFood> VisibleFoodField(Store& store, UserId user, const nlohmann::json& body) {
  auto id = RequiredString(body, "food_id", 32);
  if (!id.ok()) return id.status();
  auto food = store.foods->GetVisibleFood(user, *id);
  if (!food.ok() && food.status().code() == StatusCode::kNotFound) {
    return Status::Unprocessable("food_id", food.status().message());
  }
  return food;
}

// The caller's diary entry named by the {id} path parameter: 401/403 from
// RequireUser, 404 for a non-numeric, unknown or another user's id.
struct OwnEntry {
  UserId user = 0;
  DiaryEntry entry;
};
Result<OwnEntry> EntryOfPath(Store& store, const Request& req) {
  auto user = RequireUser(req);
  if (!user.ok()) return user.status();
  auto id = IdParam(req, "id", "diary entry");
  if (!id.ok()) return id.status();
  auto entry = store.diary->GetEntry(*user, *id);
  if (!entry.ok()) return entry.status();
  return OwnEntry{*user, std::move(*entry)};
}

Response EntryResponse(Store& store, int status, const DiaryEntry& entry) {
  auto food = store.foods->GetFood(entry.food_id);
  if (!food.ok()) return ErrorResponse(food.status());
  return JsonResponse(status, DiaryEntryJson(entry, **food));
}

Response DayResponse(Store& store, UserId user, const CivilDate& date) {
  auto day = store.diary->GetDay(user, date);
  if (!day.ok()) return ErrorResponse(day.status());
  auto foods = FoodsOfEntries(*store.foods, day->entries);
  if (!foods.ok()) return ErrorResponse(foods.status());
  auto body = CurrentBodyProfile(store, user);
  if (!body.ok()) return ErrorResponse(body.status());
  std::optional<CalorieGoal> goal;
  if (*body) goal = ComputeCalorieGoal(**body);
  Response r;
  r.body = DiaryDayJson(SummarizeDay(date, day->entries, *foods, goal), day->water, day->exercise);
  return r;
}

Response FoodUses(Store& store, const Request& req, bool recent) {
  auto user = RequireUser(req);
  if (!user.ok()) return ErrorResponse(user.status());
  auto limit = LimitQuery(req, 20, 100);
  if (!limit.ok()) return ErrorResponse(limit.status());
  auto uses = recent ? store.diary->RecentFoods(*user, *limit) : store.diary->FrequentFoods(*user, *limit);
  if (!uses.ok()) return ErrorResponse(uses.status());
  nlohmann::json list = nlohmann::json::array();
  for (const FoodUse& u : *uses) {
    auto food = store.foods->GetFood(u.food_id);
    if (!food.ok()) return ErrorResponse(food.status());
    list.push_back(FoodUseJson(u, **food));
  }
  return JsonResponse(200, {{"foods", std::move(list)}});
}

}  // namespace

void AddDiaryRoutes(Router& router, Store& store, search::FoodIndex& index) {
  router.Add("GET", "/api/v1/diary/recent-foods", [&store](const Request& req) { return FoodUses(store, req, true); });
  router.Add("GET", "/api/v1/diary/frequent-foods",
             [&store](const Request& req) { return FoodUses(store, req, false); });

  router.Add("GET", "/api/v1/diary/{date}", [&store](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto date = DateParam(req);
    if (!date.ok()) return ErrorResponse(date.status());
    return DayResponse(store, *user, *date);
  });

  router.Add("POST", "/api/v1/diary/{date}/entries", [&store, &index](const Request& req) {
    auto w = ReadDatedWrite(req, {"meal", "food_id", "grams", "amount", "portion"});
    if (!w.ok()) return ErrorResponse(w.status());
    auto meal = MealField(w->body);
    if (!meal.ok()) return ErrorResponse(meal.status());
    auto found = VisibleFoodField(store, w->user, w->body);
    if (!found.ok()) return ErrorResponse(found.status());
    const Food& food = **found;
    auto amount = AmountFields(w->body, food);
    if (!amount.ok()) return ErrorResponse(amount.status());
    auto stored = store.diary->AddEntry(w->user, {0, w->date, *meal, food.id, amount->grams, amount->description});
    if (!stored.ok()) return ErrorResponse(stored.status());
    index.RecordLog(w->user, food.id);  // what a user logs rises in their search
    return JsonResponse(201, DiaryEntryJson(*stored, food));
  });

  router.Add("GET", "/api/v1/diary/entries/{id}", [&store](const Request& req) {
    auto own = EntryOfPath(store, req);
    if (!own.ok()) return ErrorResponse(own.status());
    return EntryResponse(store, 200, own->entry);
  });

  router.Add("PATCH", "/api/v1/diary/entries/{id}", [&store](const Request& req) {
    auto own = EntryOfPath(store, req);
    if (!own.ok()) return ErrorResponse(own.status());
    auto body = JsonBody(req, {"date", "meal", "grams", "amount", "portion"});
    if (!body.ok()) return ErrorResponse(body.status());
    DiaryEntry updated = own->entry;
    auto date = OptionalDate(*body, "date");
    if (!date.ok()) return ErrorResponse(date.status());
    if (*date) updated.date = **date;
    if (body->contains("meal")) {
      auto meal = MealField(*body);
      if (!meal.ok()) return ErrorResponse(meal.status());
      updated.meal = *meal;
    }
    if (body->contains("grams") || body->contains("amount") || body->contains("portion")) {
      auto food = store.foods->GetFood(own->entry.food_id);
      if (!food.ok()) return ErrorResponse(food.status());
      auto amount = AmountFields(*body, **food);
      if (!amount.ok()) return ErrorResponse(amount.status());
      updated.grams = amount->grams;
      updated.amount_text = amount->description;
    }
    auto stored = store.diary->UpdateEntry(own->user, updated);
    if (!stored.ok()) return ErrorResponse(stored.status());
    return EntryResponse(store, 200, *stored);
  });

  AddDeleteByIdRoute(router, "/api/v1/diary/entries/{id}", "diary entry",
                     [&store](UserId user, std::int64_t id) { return store.diary->DeleteEntry(user, id); });

  router.Add("POST", "/api/v1/diary/{date}/copy", [&store, &index](const Request& req) {
    auto w = ReadDatedWrite(req, {"to", "meal"});  // {date}: the day copied from
    if (!w.ok()) return ErrorResponse(w.status());
    auto to = RequiredDate(w->body, "to");
    if (!to.ok()) return ErrorResponse(to.status());
    std::optional<Meal> meal;
    if (w->body.contains("meal") && !w->body.at("meal").is_null()) {
      auto m = MealField(w->body);
      if (!m.ok()) return ErrorResponse(m.status());
      meal = *m;
    }
    auto copies = store.diary->CopyEntries(w->user, w->date, *to, meal);
    if (!copies.ok()) return ErrorResponse(copies.status());
    auto foods = FoodsOfEntries(*store.foods, *copies);
    if (!foods.ok()) return ErrorResponse(foods.status());
    nlohmann::json list = nlohmann::json::array();
    for (const DiaryEntry& e : *copies) {
      index.RecordLog(w->user, e.food_id);  // copied entries are logs too
      list.push_back(DiaryEntryJson(e, *foods->at(e.food_id)));
    }
    return JsonResponse(201, {{"entries", std::move(list)}});
  });

  router.Add("GET", "/api/v1/favourites", [&store](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    auto ids = store.favourites->List(*user);
    if (!ids.ok()) return ErrorResponse(ids.status());
    nlohmann::json list = nlohmann::json::array();
    for (const std::string& id : *ids) {
      auto food = store.foods->GetFood(id);
      if (!food.ok()) return ErrorResponse(food.status());
      list.push_back(FoodSummaryJson(**food));
    }
    return JsonResponse(200, {{"foods", std::move(list)}});
  });

  router.Add("PUT", "/api/v1/favourites/{food_id}", [&store](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    Status s = store.favourites->Add(*user, req.params.at("food_id"));
    return s.ok() ? NoContent() : ErrorResponse(s);
  });

  router.Add("DELETE", "/api/v1/favourites/{food_id}", [&store](const Request& req) {
    auto user = RequireUser(req);
    if (!user.ok()) return ErrorResponse(user.status());
    Status s = store.favourites->Remove(*user, req.params.at("food_id"));
    return s.ok() ? NoContent() : ErrorResponse(s);
  });
}

}  // namespace platewise::http
