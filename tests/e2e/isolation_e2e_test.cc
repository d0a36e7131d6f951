// End-to-end: each user sees only their own data. User A fills every kind of
// row; user B then walks every endpoint that takes an id with A's ids and
// must get 404 (422 naming food_id where the id is in the body), finds none of
// A's rows in any list, and A's data is exactly as before.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;
using testing::ApiUser;

constexpr char kDay[] = "2026-11-29";

TEST(IsolationTest, UserBCannotSeeOrChangeUserAsData) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(server.started()) << server.output();
  ApiUser a(server.port(), "a@example.org");
  ApiUser b(server.port(), "b@example.org");
  ASSERT_TRUE(a.ok() && b.ok());

  // A's rows of every kind.
  a.Must(200, "PUT", "/api/v1/profile",
         {{"sex", "female"}, {"birth_date", "1990-01-01"}, {"height_cm", 165}, {"weight_kg", 60}, {"activity", "light"},
          {"weekly_goal_lb", -1}, {"units", "metric"}, {"time_zone", "UTC"}});
  json food = a.Must(201, "POST", "/api/v1/foods",
                     {{"name", "Zqxwv secret bar"}, {"serving_grams", 40}, {"per", "serving"},
                      {"nutrients", {{"energy", 200}}}});
  std::string food_id = food["id"];
  json recipe = a.Must(201, "POST", "/api/v1/recipes",
                       {{"name", "Zqxwv secret stew"}, {"servings", 2},
                        {"ingredients", {{{"food_id", "11457"}, {"grams", 100}}, {{"food_id", food_id}, {"grams", 40}}}}});
  std::string recipe_id = recipe["food"]["id"];
  json entry = a.Must(201, "POST", std::string("/api/v1/diary/") + kDay + "/entries",
                      {{"meal", "lunch"}, {"food_id", food_id}, {"grams", 40}});
  std::string entry_id = std::to_string(entry["id"].get<int>());
  std::string water_id = std::to_string(
      a.Must(201, "POST", std::string("/api/v1/diary/") + kDay + "/water", {{"ml", 300}})["id"].get<int>());
  std::string exercise_id = std::to_string(a.Must(201, "POST", std::string("/api/v1/diary/") + kDay + "/exercise",
                                                  {{"activity", "yoga"}, {"minutes", 30}})["id"].get<int>());
  std::string weight_id =
      std::to_string(a.Must(201, "POST", "/api/v1/weights", {{"date", kDay}, {"weight_kg", 60}})["id"].get<int>());
  std::string token_id = std::to_string(a.Must(201, "POST", "/api/v1/tokens", {{"name", "a's"}})["id"].get<int>());
  a.Must(204, "PUT", "/api/v1/favourites/" + food_id);
  a.Must(204, "PUT", "/api/v1/favourites/11457");
  std::string supplement_id = std::to_string(
      a.Must(201, "POST", "/api/v1/supplements",
             {{"name", "Zqxwv magnesium"}, {"unit", "tablet"}, {"per_unit", {{"magnesium", 200}}}})["id"].get<int>());
  std::string dose_id = std::to_string(a.Must(201, "POST", "/api/v1/supplement-doses",
                                              {{"supplement_id", std::stoi(supplement_id)}, {"date", kDay}})["id"]
                                           .get<int>());
  json a_before = a.Must(200, "GET", "/api/v1/export");

  // B with A's ids: every one is "not found".
  struct Case {
    const char* method;
    std::string target;
    json body;
  };
  const Case k404[] = {
      {"GET", "/api/v1/diary/entries/" + entry_id, nullptr},
      {"PATCH", "/api/v1/diary/entries/" + entry_id, {{"grams", 1}}},
      {"DELETE", "/api/v1/diary/entries/" + entry_id, nullptr},
      {"DELETE", "/api/v1/water/" + water_id, nullptr},
      {"DELETE", "/api/v1/exercise/" + exercise_id, nullptr},
      {"DELETE", "/api/v1/weights/" + weight_id, nullptr},
      {"DELETE", "/api/v1/tokens/" + token_id, nullptr},
      {"GET", "/api/v1/foods/" + food_id, nullptr},
      {"GET", "/api/v1/foods/" + recipe_id, nullptr},
      {"DELETE", "/api/v1/custom-foods/" + food_id, nullptr},
      {"DELETE", "/api/v1/custom-foods/" + recipe_id, nullptr},
      {"GET", "/api/v1/recipes/" + recipe_id, nullptr},
      {"PUT", "/api/v1/favourites/" + food_id, nullptr},
      {"DELETE", "/api/v1/favourites/" + food_id, nullptr},
      {"DELETE", "/api/v1/favourites/11457", nullptr},  // A's favourite, not B's
      {"GET", "/api/v1/profile", nullptr},              // B has none; A's is not shown
      {"GET", "/api/v1/goal", nullptr},
      {"DELETE", "/api/v1/supplements/" + supplement_id, nullptr},
      {"DELETE", "/api/v1/supplement-doses/" + dose_id, nullptr},
  };
  for (const Case& c : k404) {
    auto r = b.Call(c.method, c.target, c.body);
    EXPECT_EQ(r.status, 404) << c.method << " " << c.target << ": " << r.body;
  }
  const Case k422[] = {
      {"POST", std::string("/api/v1/diary/") + kDay + "/entries", {{"meal", "lunch"}, {"food_id", food_id}, {"grams", 10}}},
      {"POST", "/api/v1/recipes", {{"name", "x"}, {"servings", 1}, {"ingredients", {{{"food_id", food_id}, {"grams", 1}}}}}},
  };
  for (const Case& c : k422) {
    auto r = b.Call(c.method, c.target, c.body);
    EXPECT_EQ(r.status, 422) << c.method << " " << c.target << ": " << r.body;
    EXPECT_NE(json::parse(r.body)["error"]["field"].get<std::string>().find("food_id"), std::string::npos);
  }
  // A dose of A's supplement: B has no such product (422 naming supplement_id).
  auto dose = b.Call("POST", "/api/v1/supplement-doses", {{"supplement_id", std::stoi(supplement_id)}});
  EXPECT_EQ(dose.status, 422) << dose.body;
  EXPECT_EQ(json::parse(dose.body)["error"]["field"], "supplement_id");

  // B's views hold nothing of A's.
  json day = b.Must(200, "GET", std::string("/api/v1/diary/") + kDay);
  for (const auto& [meal, lines] : day["meals"].items()) EXPECT_TRUE(lines.empty()) << meal;
  EXPECT_TRUE(day["water"].empty());
  EXPECT_TRUE(day["exercise"].empty());
  EXPECT_TRUE(b.Must(200, "GET", "/api/v1/weights")["weights"].empty());
  EXPECT_TRUE(b.Must(200, "GET", "/api/v1/custom-foods")["foods"].empty());
  EXPECT_TRUE(b.Must(200, "GET", "/api/v1/favourites")["foods"].empty());
  EXPECT_TRUE(b.Must(200, "GET", "/api/v1/diary/recent-foods")["foods"].empty());
  EXPECT_TRUE(b.Must(200, "GET", "/api/v1/diary/frequent-foods")["foods"].empty());
  EXPECT_TRUE(b.Must(200, "GET", "/api/v1/tokens")["tokens"].empty());
  EXPECT_TRUE(b.Must(200, "GET", "/api/v1/supplements")["supplements"].empty());
  EXPECT_TRUE(b.Must(200, "GET", std::string("/api/v1/supplement-doses?from=") + kDay + "&to=" + kDay)["doses"].empty());
  EXPECT_TRUE(b.Must(200, "GET", "/api/v1/foods?q=zqxwv")["foods"].empty());
  json b_export = b.Must(200, "GET", "/api/v1/export");
  for (const char* table :
       {"diary_entries", "water", "exercise", "weights", "custom_foods", "favourites", "supplements", "supplement_doses"}) {
    EXPECT_TRUE(b_export[table].empty()) << table;
  }
  // B copying "their" day copies nothing of A's.
  EXPECT_TRUE(b.Must(201, "POST", std::string("/api/v1/diary/") + kDay + "/copy", {{"to", "2026-11-30"}})["entries"].empty());

  // A still has everything, unchanged, and finds their own food by search.
  EXPECT_EQ(a.Must(200, "GET", "/api/v1/export"), a_before);
  EXPECT_EQ(a.Must(200, "GET", "/api/v1/foods?q=zqxwv")["foods"].size(), 2u);
  // Anonymous search sees shared foods only.
  testing::HttpClient anon(server.port());
  EXPECT_TRUE(json::parse(anon.Get("/api/v1/foods?q=zqxwv").body)["foods"].empty());
}

}  // namespace
}  // namespace platewise
