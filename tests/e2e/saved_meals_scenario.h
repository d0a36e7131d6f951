#ifndef PLATEWISE_TESTS_E2E_SAVED_MEALS_SCENARIO_H_
#define PLATEWISE_TESTS_E2E_SAVED_MEALS_SCENARIO_H_

// Saved meals and several foods logged at once, over the API of a server
// started with the mini food dataset (tests/data/sr24-mini: egg 143, spinach
// 23, almonds 575 kcal per 100 g), run on SQLite (saved_meals_e2e_test.cc)
// and PostgreSQL (postgres_e2e_test.cc) alike.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "testing/api_user.h"

namespace platewise::testing {

inline void RunSavedMealsScenario(int port) {
  using nlohmann::json;
  ApiUser a(port, "saver@example.org");
  ApiUser b(port, "other@example.org");
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string lunch_day = "/api/v1/diary/2026-12-01";
  a.Must(201, "POST", lunch_day + "/entries", {{"meal", "lunch"}, {"food_id", "01123"}, {"amount", 2}, {"portion", "large"}});
  a.Must(201, "POST", lunch_day + "/entries", {{"meal", "lunch"}, {"food_id", "11457"}, {"amount", 1}, {"portion", "cup"}});
  a.Must(201, "POST", lunch_day + "/entries", {{"meal", "lunch"}, {"food_id", "12061"}, {"grams", 28.35}});
  const double lunch_kcal = 143 + 6.9 + 575 * 0.2835;

  // Save this meal as...
  json saved = a.Must(201, "POST", "/api/v1/saved-meals", {{"name", " Work lunch "}, {"date", "2026-12-01"}, {"meal", "lunch"}});
  EXPECT_EQ(saved["name"], "Work lunch");
  ASSERT_EQ(saved["items"].size(), 3u);
  EXPECT_EQ(saved["items"][0]["amount"], "2 large");
  EXPECT_EQ(saved["items"][0]["name"], "Egg, whole, raw, fresh");
  EXPECT_NEAR(saved["energy_kcal"].get<double>(), lunch_kcal, 1e-9);
  const std::string id = std::to_string(saved["id"].get<int>());

  // A duplicate name (ignoring case) is 409; a bad name or an empty meal 422.
  auto twin = a.Call("POST", "/api/v1/saved-meals", {{"name", "work LUNCH"}, {"date", "2026-12-01"}, {"meal", "lunch"}});
  EXPECT_EQ(twin.status, 409) << twin.body;
  EXPECT_NE(twin.body.find("already have a saved meal named \\\"Work lunch\\\""), std::string::npos) << twin.body;
  auto blank = a.Call("POST", "/api/v1/saved-meals", {{"name", "  "}, {"date", "2026-12-01"}, {"meal", "lunch"}});
  EXPECT_EQ(blank.status, 422) << blank.body;
  EXPECT_EQ(json::parse(blank.body)["error"]["field"], "name");
  auto empty = a.Call("POST", "/api/v1/saved-meals", {{"name", "Nothing"}, {"date", "2026-12-01"}, {"meal", "breakfast"}});
  EXPECT_EQ(empty.status, 422) << empty.body;
  EXPECT_EQ(json::parse(empty.body)["error"]["field"], "meal");

  // Added to another day's dinner in one request: exactly the saved amounts.
  json added = a.Must(201, "POST", "/api/v1/diary/2026-12-02/saved-meals/" + id, {{"meal", "dinner"}});
  ASSERT_EQ(added["entries"].size(), 3u);
  EXPECT_EQ(added["entries"][0]["meal"], "dinner");
  EXPECT_EQ(added["entries"][0]["amount"], "2 large");
  json day = a.Must(200, "GET", "/api/v1/diary/2026-12-02");
  EXPECT_NEAR(day["totals"]["energy_kcal"].get<double>(), lunch_kcal, 1e-9);
  EXPECT_EQ(day["meals"]["dinner"].size(), 3u);

  // Several foods in one request, all or none.
  json batch = a.Must(201, "POST", "/api/v1/diary/2026-12-03/entries/batch",
                      {{"meal", "snacks"},
                       {"entries", json::array({{{"food_id", "11457"}, {"grams", 60}},
                                                {{"food_id", "12061"}, {"amount", 1}, {"portion", "oz"}}})}});
  ASSERT_EQ(batch["entries"].size(), 2u);
  EXPECT_EQ(batch["entries"][1]["food_id"], "12061");
  auto refused = a.Call("POST", "/api/v1/diary/2026-12-03/entries/batch",
                        {{"meal", "snacks"},
                         {"entries", json::array({{{"food_id", "11457"}, {"grams", 10}}, {{"food_id", "12061"}, {"grams", 20000}}})}});
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(json::parse(refused.body)["error"]["field"], "entries[1].grams") << refused.body;
  auto unknown = a.Call("POST", "/api/v1/diary/2026-12-03/entries/batch",
                        {{"meal", "snacks"}, {"entries", json::array({{{"food_id", "00000"}, {"grams", 10}}})}});
  EXPECT_EQ(unknown.status, 422) << unknown.body;
  EXPECT_EQ(json::parse(unknown.body)["error"]["field"], "entries[0].food_id") << unknown.body;
  EXPECT_EQ(a.Must(200, "GET", "/api/v1/diary/2026-12-03")["meals"]["snacks"].size(), 2u);  // the refused added nothing

  // Rename; a taken name is refused.
  json dinner = a.Must(201, "POST", "/api/v1/saved-meals", {{"name", "Dinner"}, {"date", "2026-12-02"}, {"meal", "dinner"}});
  const std::string dinner_id = std::to_string(dinner["id"].get<int>());
  EXPECT_EQ(a.Call("PATCH", "/api/v1/saved-meals/" + dinner_id, {{"name", "WORK lunch"}}).status, 409);
  EXPECT_EQ(a.Must(200, "PATCH", "/api/v1/saved-meals/" + dinner_id, {{"name", "Big dinner"}})["name"], "Big dinner");
  json list = a.Must(200, "GET", "/api/v1/saved-meals");
  ASSERT_EQ(list["saved_meals"].size(), 2u);
  EXPECT_EQ(list["saved_meals"][0]["name"], "Work lunch");
  EXPECT_EQ(list["saved_meals"][1]["name"], "Big dinner");

  // Another person sees and adds none of them.
  EXPECT_TRUE(b.Must(200, "GET", "/api/v1/saved-meals")["saved_meals"].empty());
  EXPECT_EQ(b.Call("POST", "/api/v1/diary/2026-12-02/saved-meals/" + id, {{"meal", "dinner"}}).status, 404);
  EXPECT_EQ(b.Call("DELETE", "/api/v1/saved-meals/" + id).status, 404);

  // A custom food deleted since: adding the meal is refused whole.
  json bar = a.Must(201, "POST", "/api/v1/foods", {{"name", "Oat bar"}, {"nutrients", {{"energy", 400}}}});
  const std::string bar_id = bar["id"].get<std::string>();
  a.Must(201, "POST", "/api/v1/diary/2026-12-04/entries", {{"meal", "breakfast"}, {"food_id", "11457"}, {"grams", 30}});
  json bar_entry = a.Must(201, "POST", "/api/v1/diary/2026-12-04/entries", {{"meal", "breakfast"}, {"food_id", bar_id}, {"grams", 40}});
  json breakfast = a.Must(201, "POST", "/api/v1/saved-meals", {{"name", "Breakfast"}, {"date", "2026-12-04"}, {"meal", "breakfast"}});
  a.Must(204, "DELETE", "/api/v1/diary/entries/" + std::to_string(bar_entry["id"].get<int>()));
  a.Must(204, "DELETE", "/api/v1/custom-foods/" + bar_id);
  auto gone = a.Call("POST", "/api/v1/diary/2026-12-05/saved-meals/" + std::to_string(breakfast["id"].get<int>()),
                     {{"meal", "breakfast"}});
  EXPECT_EQ(gone.status, 409) << gone.body;
  EXPECT_NE(gone.body.find("has a food that no longer exists"), std::string::npos) << gone.body;
  EXPECT_EQ(a.Must(200, "GET", "/api/v1/diary/2026-12-05")["meals"]["breakfast"].size(), 0u);
  EXPECT_TRUE(a.Must(200, "GET", "/api/v1/saved-meals")["saved_meals"][2]["items"][1]["name"].is_null());

  // The export carries them; a deleted one is gone.
  json exported = a.Must(200, "GET", "/api/v1/export");
  ASSERT_EQ(exported["saved_meals"].size(), 3u);
  EXPECT_EQ(exported["saved_meals"][0]["items"][0]["food_id"], "01123");
  a.Must(204, "DELETE", "/api/v1/saved-meals/" + dinner_id);
  EXPECT_EQ(a.Call("DELETE", "/api/v1/saved-meals/" + dinner_id).status, 404);
  EXPECT_EQ(a.Must(200, "GET", "/api/v1/saved-meals")["saved_meals"].size(), 2u);
}

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_E2E_SAVED_MEALS_SCENARIO_H_
