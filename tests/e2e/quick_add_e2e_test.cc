// End-to-end: quick-add entries over the API and the CLI (issue 13, point 1):
// calories (and macros) without a food, counted like any entry; what they do
// not state stays unknown; never a food to search or pick.

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

constexpr char kDay[] = "2026-11-30";

TEST(QuickAddTest, AQuickAddOverTheApiCountsInTheDayAndIsNoFoodToFind) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(server.started()) << server.output();
  ApiUser a(server.port(), "a@example.org");
  ASSERT_TRUE(a.ok());
  const std::string entries = std::string("/api/v1/diary/") + kDay + "/entries";
  a.Must(201, "POST", entries, {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 100}});  // 23 kcal, 79 mg Mg
  json quick = a.Must(201, "POST", entries,
                      {{"meal", "lunch"}, {"name", "Zqxwv canteen lunch"}, {"nutrients", {{"energy", 650}, {"protein", 30}}}});
  EXPECT_EQ(quick["name"], "Zqxwv canteen lunch");
  EXPECT_EQ(quick["energy_kcal"], 650);
  json day = a.Must(200, "GET", std::string("/api/v1/diary/") + kDay);
  EXPECT_EQ(day["totals"]["energy_kcal"], 673);
  EXPECT_EQ(day["missing_entries"]["magnesium_mg"], 1) << day.dump();  // not stated: unknown, not 0
  EXPECT_EQ(day["meals"]["lunch"].size(), 2u);

  // Never a food to pick again.
  EXPECT_TRUE(a.Must(200, "GET", "/api/v1/custom-foods")["foods"].empty());
  EXPECT_TRUE(a.Must(200, "GET", "/api/v1/foods?q=zqxwv")["foods"].empty());
  json recent = a.Must(200, "GET", "/api/v1/diary/recent-foods");
  ASSERT_EQ(recent["foods"].size(), 1u);
  EXPECT_EQ(recent["foods"][0]["food_id"], "11457");

  // Bad bodies are refused naming the field.
  struct Case {
    json body;
    const char* field;
  };
  for (const Case& c : {Case{{{"meal", "lunch"}, {"nutrients", {{"protein", 3}}}}, "nutrients.energy"},
                        Case{{{"meal", "lunch"}, {"nutrients", {{"energy", "lots"}}}}, "nutrients.energy"},
                        Case{{{"meal", "lunch"}, {"nutrients", {{"energy", 100}, {"vitamin_z", 1}}}}, "nutrients.vitamin_z"},
                        Case{{{"meal", "lunch"}, {"food_id", "11457"}, {"nutrients", {{"energy", 100}}}}, "nutrients"},
                        Case{{{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 10}, {"name", "x"}}, "name"}}) {
    auto r = a.Call("POST", entries, c.body);
    EXPECT_EQ(r.status, 422) << c.body.dump() << " " << r.body;
    EXPECT_EQ(json::parse(r.body)["error"]["field"], c.field) << r.body;
  }
  EXPECT_EQ(a.Must(200, "GET", std::string("/api/v1/diary/") + kDay)["meals"]["lunch"].size(), 2u);

  // It is deleted like any entry.
  a.Must(204, "DELETE", "/api/v1/diary/entries/" + std::to_string(quick["id"].get<int>()));
  EXPECT_EQ(a.Must(200, "GET", std::string("/api/v1/diary/") + kDay)["totals"]["energy_kcal"], 23);
}

TEST(QuickAddTest, LogQuickOnTheCliLogsCaloriesAndMacros) {
  testing::TempDir dir;
  auto cli = [&](std::vector<std::string> args) {
    args.insert(args.end(), {"--db", testing::SeededDatabase(PLATEWISE_BINARY, dir), "--data-dir", PLATEWISE_BUNDLED_DATA_DIR});
    return testing::RunCommand(PLATEWISE_BINARY, args);
  };
  auto r = cli({"log", "quick", "--date", kDay, "--meal", "dinner", "--kcal", "720", "--protein", "35", "--carbs",
                "60", "--fat", "30"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Logged dinner: Quick add, 720 kcal"), std::string::npos) << r.out;
  json day = json::parse(cli({"log", "day", kDay, "--json"}).out);
  EXPECT_EQ(day["totals"]["energy_kcal"], 720);
  EXPECT_EQ(day["totals"]["protein_g"], 35);
  EXPECT_EQ(day["totals"]["carbohydrate_g"], 60);
  EXPECT_EQ(day["totals"]["fat_g"], 30);
  auto no_kcal = cli({"log", "quick", "--meal", "dinner", "--protein", "35"});
  EXPECT_NE(no_kcal.exit_code, 0);
  EXPECT_NE(no_kcal.err.find("needs --kcal"), std::string::npos) << no_kcal.err;
  auto bad = cli({"log", "quick", "--meal", "dinner", "--kcal", "many"});
  EXPECT_NE(bad.err.find("kcal \"many\" is not a number"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace platewise
