// End-to-end: the goals API (tests/e2e/goals_scenario.h) on SQLite; the same
// scenario runs on PostgreSQL in postgres_e2e_test.cc.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>

#include "e2e/goals_scenario.h"
#include "testing/seeded_database.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace platewise::testing {

namespace {

using nlohmann::json;

constexpr double kKgPerLb = 0.45359237;

std::string DateFromToday(int offset) {
  using namespace std::chrono;
  const year_month_day d{floor<days>(system_clock::now()) + days(offset)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

double Per100g(const json& food, const std::string& key) {
  for (const json& n : food["nutrients"]) {
    if (n["key"] == key) return n["per_100g"].get<double>();
  }
  ADD_FAILURE() << "no " << key << " in " << food.dump();
  return 0;
}

}  // namespace

void CheckGoalsApi(ApiUser& user) {
  user.Must(404, "GET", "/api/v1/goal/macros");  // no profile yet
  user.Must(404, "GET", "/api/v1/goal/weight");
  user.Must(200, "PUT", "/api/v1/profile",
            {{"sex", "female"}, {"birth_date", "1990-06-01"}, {"height_cm", 167.64}, {"weight_kg", 160 * kKgPerLb},
             {"activity", "light"}, {"weekly_goal_lb", -1}, {"units", "imperial"}, {"time_zone", "UTC"}});
  const double budget = user.Must(200, "GET", "/api/v1/goal")["budget_kcal"].get<double>();

  // The AMDR-based default, on the one budget.
  json defaults = user.Must(200, "GET", "/api/v1/goal/macros");
  EXPECT_EQ(defaults["unit"], "percent");
  EXPECT_EQ(defaults["protein"], 20);
  EXPECT_EQ(defaults["carbohydrate"], 50);
  EXPECT_EQ(defaults["fat"], 30);
  EXPECT_DOUBLE_EQ(defaults["budget_kcal"].get<double>(), budget);
  EXPECT_NEAR(defaults["targets"]["fat"]["grams"].get<double>(), budget * 0.3 / 9, 1e-9);
  EXPECT_EQ(defaults["targets"]["carbohydrate"]["amdr_low_percent"], 45);

  // 110% refused, naming the sum; nothing stored.
  json refused = user.Must(422, "PUT", "/api/v1/goal/macros",
                           {{"unit", "percent"}, {"protein", 40}, {"carbohydrate", 40}, {"fat", 30}});
  EXPECT_EQ(refused["error"]["field"], "fat") << refused.dump();
  EXPECT_NE(refused.dump().find("add up to 110%"), std::string::npos) << refused.dump();
  json typo = user.Must(422, "PUT", "/api/v1/goal/macros",
                        {{"unit", "percent"}, {"protien", 30}, {"carbohydrate", 40}, {"fat", 30}});
  EXPECT_NE(typo.dump().find("protien"), std::string::npos) << typo.dump();
  EXPECT_EQ(user.Must(200, "GET", "/api/v1/goal/macros")["protein"], 20);

  // 30/40/30 kept through a profile save; out of the AMDR flagged, not refused.
  json set = user.Must(200, "PUT", "/api/v1/goal/macros",
                       {{"unit", "percent"}, {"protein", 30}, {"carbohydrate", 40}, {"fat", 30}});
  EXPECT_NEAR(set["targets"]["protein"]["grams"].get<double>(), budget * 0.3 / 4, 1e-9);
  // 40% carbohydrate is under its AMDR (45-65%): kept, and said.
  ASSERT_EQ(set["notes"].size(), 1u) << set.dump();
  EXPECT_NE(set["notes"][0].get<std::string>().find("arbohydrate"), std::string::npos) << set.dump();
  json profile = user.Must(200, "GET", "/api/v1/profile");
  profile.erase("age");  // GET's, computed from the birth date
  user.Must(200, "PUT", "/api/v1/profile", profile);  // sent back as read, goals and all
  EXPECT_EQ(user.Must(200, "GET", "/api/v1/goal/macros")["protein"], 30);

  // The day's macros: spinach's grams from its API data, against the targets.
  const std::string today = user.Must(200, "GET", "/api/v1/today")["date"];
  user.Must(201, "POST", "/api/v1/diary/" + today + "/entries",
            {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 200}});
  json spinach = user.Must(200, "GET", "/api/v1/foods/11457");
  json day = user.Must(200, "GET", "/api/v1/diary/" + today);
  const json& macros = day["macros"];
  ASSERT_TRUE(macros.is_object()) << day.dump();
  const double protein = Per100g(spinach, "protein") * 2;
  const double carbohydrate = Per100g(spinach, "carbohydrate") * 2;
  const double fat = Per100g(spinach, "fat") * 2;
  EXPECT_NEAR(macros["protein"]["grams"].get<double>(), protein, 1e-9);
  EXPECT_NEAR(macros["carbohydrate"]["grams"].get<double>(), carbohydrate, 1e-9);
  EXPECT_NEAR(macros["fat"]["grams"].get<double>(), fat, 1e-9);
  const double kcal = protein * 4 + carbohydrate * 4 + fat * 9;
  EXPECT_NEAR(macros["protein"]["percent"].get<double>(), protein * 4 / kcal * 100, 1e-9);
  EXPECT_NEAR(macros["fat"]["target_grams"].get<double>(), budget * 0.3 / 9, 1e-9);
  EXPECT_EQ(macros["protein"]["target_percent"], 30);

  // Grams a day: the shares of the budget, far from it said.
  json grams = user.Must(200, "PUT", "/api/v1/goal/macros",
                         {{"unit", "grams"}, {"protein", 300}, {"carbohydrate", 100}, {"fat", 50}});
  EXPECT_NEAR(grams["targets"]["protein"]["percent"].get<double>(), 1200 / budget * 100, 1e-9);
  EXPECT_TRUE(grams["targets"]["protein"]["outside_amdr"]) << grams.dump();
  EXPECT_FALSE(grams["notes"].empty());

  // Goal weight: in lb in the message when out of range, then the projection's dates.
  json heavy = user.Must(422, "PUT", "/api/v1/goal/weight", {{"goal_weight_kg", 1000 * kKgPerLb}});
  EXPECT_EQ(heavy["error"]["field"], "goal_weight_kg");
  EXPECT_NE(heavy.dump().find("goal weight 1,000 lb is more than"), std::string::npos) << heavy.dump();
  user.Must(422, "PUT", "/api/v1/goal/weight", {{"goal_weight_kg", 60}, {"goal_date", today}});
  EXPECT_TRUE(user.Must(200, "GET", "/api/v1/projection?days=30")["model_goal_date"].is_null());
  json goal = user.Must(200, "PUT", "/api/v1/goal/weight", {{"goal_weight_kg", 150 * kKgPerLb}});
  EXPECT_TRUE(goal["model_goal_date"].is_string()) << goal.dump();
  EXPECT_TRUE(goal["notes"].empty()) << goal.dump();
  json projection = user.Must(200, "GET", "/api/v1/projection?days=30");
  EXPECT_EQ(projection["model_goal_date"], goal["model_goal_date"]);
  EXPECT_NEAR(projection["goal_weight_kg"].get<double>(), 150 * kKgPerLb, 1e-9);

  // A date the weekly goal cannot reach: kept, and the rate it needs said.
  const std::string soon = DateFromToday(35);
  json hurried = user.Must(200, "PUT", "/api/v1/goal/weight", {{"goal_weight_kg", 140 * kKgPerLb}, {"goal_date", soon}});
  ASSERT_EQ(hurried["notes"].size(), 1u) << hurried.dump();
  EXPECT_NE(hurried["notes"][0].get<std::string>().find("by " + soon + " needs losing 4 lb a week"), std::string::npos)
      << hurried.dump();
  EXPECT_EQ(user.Must(200, "GET", "/api/v1/projection?days=30")["goal_notes"], hurried["notes"]);

  // The export carries both goals.
  json exported = user.Must(200, "GET", "/api/v1/export");
  EXPECT_EQ(exported["profile"]["macro_targets"]["unit"], "grams") << exported["profile"].dump();
  EXPECT_EQ(exported["profile"]["macro_targets"]["protein"], 300);
  EXPECT_EQ(exported["profile"]["goal_date"], soon);

  json cleared = user.Must(200, "DELETE", "/api/v1/goal/weight");
  EXPECT_TRUE(cleared["goal_weight_kg"].is_null());
  EXPECT_TRUE(cleared["goal_date"].is_null());
}

namespace {

TEST(GoalsE2eTest, MacroTargetsTheDaysMacrosAndAGoalWeightOnSqlite) {
  TempDir dir;
  ServerProcess server(PLATEWISE_BINARY, ServeArgs(SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(server.started()) << server.output();
  ApiUser user(server.port(), "goals@example.org");
  ASSERT_TRUE(user.ok());
  CheckGoalsApi(user);
}

}  // namespace
}  // namespace platewise::testing
