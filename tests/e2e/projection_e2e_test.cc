// End-to-end: GET /api/v1/projection for a user with three weeks of logs.
// The diary and weigh-ins are dated relative to today (UTC, the profile's
// zone), since the server reads the real clock.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;
using testing::ApiUser;

constexpr double kKgPerLb = 0.45359237;
constexpr double kMealGrams = 150;
constexpr double kFoodKcalPer100g = 500;
constexpr double kDayKcal = 3 * kMealGrams * kFoodKcalPer100g / 100;  // 2250 over three meals

// Today plus `offset` days, in UTC, as YYYY-MM-DD.
std::string DateFromToday(int offset) {
  using namespace std::chrono;
  const year_month_day d{floor<days>(system_clock::now()) + days(offset)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

// One day of logs: `meals` meals of the test food and a weigh-in 0.1 kg a day
// lower than the day before (with +-0.2 kg of alternating noise).
void LogDay(ApiUser& user, const std::string& food_id, int offset, int meals) {
  const std::string date = DateFromToday(offset);
  const char* kMeals[] = {"breakfast", "lunch", "dinner"};
  for (int m = 0; m < meals; ++m) {
    user.Must(201, "POST", "/api/v1/diary/" + date + "/entries",
              {{"meal", kMeals[m]}, {"food_id", food_id}, {"grams", kMealGrams}});
  }
  const double kg = 98 - 0.1 * offset + (offset % 2 == 0 ? 0.2 : -0.2);
  user.Must(201, "POST", "/api/v1/weights", {{"date", date}, {"weight_kg", kg}});
}

TEST(ProjectionE2eTest, ThreeWeeksOfLogsGiveBothLinesTheSentenceAndTheAdaptiveEstimate) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(server.started()) << server.output();
  ApiUser user(server.port(), "projection@example.org");
  ASSERT_TRUE(user.ok());

  user.Must(404, "GET", "/api/v1/projection");  // no profile yet
  user.Must(200, "PUT", "/api/v1/profile",
            {{"sex", "male"}, {"birth_date", "1986-01-01"}, {"height_cm", 180}, {"weight_kg", 100},
             {"activity", "moderate"}, {"weekly_goal_lb", -1}, {"units", "metric"}, {"time_zone", "UTC"}});
  for (const char* bad : {"0", "3651", "abc", "1.5"}) {
    json error = user.Must(422, "GET", std::string("/api/v1/projection?days=") + bad);
    EXPECT_NE(error.dump().find("days"), std::string::npos) << bad << ": " << error.dump();
  }

  // Without logs: the profile's weight and the formula budget.
  json empty = user.Must(200, "GET", "/api/v1/projection?days=30");
  EXPECT_EQ(empty["start_weight_source"], "profile");
  EXPECT_EQ(empty["intake_source"], "budget");
  EXPECT_EQ(empty["days"].size(), 31u);
  EXPECT_TRUE(empty["expenditure"]["observed_kcal"].is_null());

  json food = user.Must(201, "POST", "/api/v1/foods",
                        {{"name", "Projection test stew"}, {"serving_grams", 100}, {"per", "100g"},
                         {"nutrients", {{"energy", kFoodKcalPer100g}}}});
  const std::string food_id = food["id"];

  // A partly logged day (two meals) and ten full days: not enough yet.
  LogDay(user, food_id, -21, 2);
  for (int offset = -20; offset <= -11; ++offset) LogDay(user, food_id, offset, 3);
  json early = user.Must(200, "GET", "/api/v1/projection");
  EXPECT_EQ(early["expenditure"]["days_with_both"], 10);
  EXPECT_EQ(early["expenditure"]["partly_logged_days"], 1);
  EXPECT_TRUE(early["expenditure"]["observed_kcal"].is_null());
  EXPECT_TRUE(early["recalibrated_budget_kcal"].is_null());
  EXPECT_EQ(early["pal_calibrated"], false);
  EXPECT_EQ(early["intake_source"], "logged");
  EXPECT_EQ(early["intake_days"], 10);
  EXPECT_NEAR(early["intake_kcal"].get<double>(), kDayKcal, 1e-6);  // the partly logged day left out

  // Eleven more full days, up to today: 21 with food and weights.
  for (int offset = -10; offset <= 0; ++offset) LogDay(user, food_id, offset, 3);
  json p = user.Must(200, "GET", "/api/v1/projection");
  const json& e = p["expenditure"];
  EXPECT_EQ(e["days_with_both"], 21);
  EXPECT_EQ(e["fully_logged_days"], 21);
  EXPECT_EQ(e["partly_logged_days"], 1);
  ASSERT_FALSE(e["observed_kcal"].is_null()) << e.dump();
  EXPECT_NEAR(e["mean_intake_kcal"].get<double>(), kDayKcal, 1e-6);
  // Losing about 0.1 kg a day on 2250 kcal: expenditure is about 2250 + 0.1 x 7500.
  EXPECT_NEAR(e["weight_slope_kg_per_day"].get<double>(), -0.1, 0.02);
  EXPECT_NEAR(e["observed_kcal"].get<double>(), 3000, 200);
  EXPECT_GT(e["data_share"].get<double>(), 0.5);
  EXPECT_FALSE(p["recalibrated_budget_kcal"].is_null());
  EXPECT_EQ(p["pal_calibrated"], true);
  EXPECT_EQ(p["start_weight_source"], "trend");
  EXPECT_EQ(p["start_date"], DateFromToday(0));
  EXPECT_EQ(p["intake_days"], 14);
  EXPECT_NEAR(p["intake_kcal"].get<double>(), kDayKcal, 1e-6);
  EXPECT_EQ(p["trend"].size(), 22u);
  EXPECT_TRUE(p["goal_weight_kg"].is_null());  // the profile has no goal weight
  EXPECT_TRUE(p["model_goal_date"].is_null());
  EXPECT_TRUE(p["straight_line_goal_date"].is_null());

  // The two lines: from the same start, the straight one linear at 3500 kcal/lb,
  // the model's one losing less and slowing down.
  const json& days = p["days"];
  ASSERT_EQ(days.size(), 366u);
  const double start = p["start_weight_kg"];
  EXPECT_EQ(days[0]["day"], 0);
  EXPECT_EQ(days[0]["date"], DateFromToday(0));
  EXPECT_EQ(days[365]["date"], DateFromToday(365));
  EXPECT_DOUBLE_EQ(days[0]["model_kg"].get<double>(), start);
  EXPECT_DOUBLE_EQ(days[0]["straight_line_kg"].get<double>(), start);
  const double per_day = (p["intake_kcal"].get<double>() - p["maintenance_kcal"].get<double>()) / 3500 * kKgPerLb;
  EXPECT_LT(per_day, -0.05);
  for (int d : {1, 100, 365}) {
    EXPECT_NEAR(days[d]["straight_line_kg"].get<double>(), start + d * per_day, 1e-9) << d;
  }
  const double first_day_loss = start - days[1]["model_kg"].get<double>();
  const double last_day_loss = days[364]["model_kg"].get<double>() - days[365]["model_kg"].get<double>();
  EXPECT_GT(first_day_loss, 0);
  EXPECT_GT(last_day_loss, 0);
  EXPECT_GT(first_day_loss, 2 * last_day_loss);
  EXPECT_GT(days[365]["model_kg"].get<double>(), days[365]["straight_line_kg"].get<double>() + 5);

  const std::string sentence = p["explanation"];
  EXPECT_NE(sentence.find("3500 kcal"), std::string::npos) << sentence;
  EXPECT_NE(sentence.find("loss slows"), std::string::npos) << sentence;
  char model_end[32];
  std::snprintf(model_end, sizeof model_end, "%.1f kg", days[365]["model_kg"].get<double>());
  EXPECT_NE(sentence.find(model_end), std::string::npos) << sentence;
}

// Issue 16, point 6: the Weight screen offered a recalibrated budget that
// could not be applied. Applied, it is the one budget of every route, a
// weigh-in or a profile save does not undo it, an export carries it, and
// going back to the formula gives the formula's budget again.
TEST(ProjectionE2eTest, TheAdaptiveBudgetAppliedIsTheBudgetEverywhereUntilTheFormulaIsChosenAgain) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(server.started()) << server.output();
  ApiUser user(server.port(), "adaptive@example.org");
  ASSERT_TRUE(user.ok());
  user.Must(404, "PUT", "/api/v1/goal/adaptive-maintenance");  // no profile yet
  const json profile = {{"sex", "male"},         {"birth_date", "1986-01-01"}, {"height_cm", 180},
                        {"weight_kg", 100},      {"activity", "moderate"},     {"weekly_goal_lb", -1},
                        {"units", "metric"},     {"time_zone", "UTC"}};
  user.Must(200, "PUT", "/api/v1/profile", profile);
  json food = user.Must(201, "POST", "/api/v1/foods",
                        {{"name", "Adaptive test stew"}, {"serving_grams", 100}, {"per", "100g"},
                         {"nutrients", {{"energy", kFoodKcalPer100g}}}});
  const std::string food_id = food["id"];

  for (int offset = -20; offset <= -11; ++offset) LogDay(user, food_id, offset, 3);
  json early = user.Must(409, "PUT", "/api/v1/goal/adaptive-maintenance");
  EXPECT_NE(early.dump().find("needs 14 days"), std::string::npos) << early.dump();
  EXPECT_NE(early.dump().find("you have 10"), std::string::npos) << early.dump();

  for (int offset = -10; offset <= 0; ++offset) LogDay(user, food_id, offset, 3);
  const json formula = user.Must(200, "GET", "/api/v1/goal");
  EXPECT_EQ(formula["maintenance_source"], "formula");
  const json projection = user.Must(200, "GET", "/api/v1/projection");
  ASSERT_FALSE(projection["recalibrated_budget_kcal"].is_null()) << projection.dump();
  const double recalibrated = projection["recalibrated_budget_kcal"];
  ASSERT_GT(std::fabs(recalibrated - formula["budget_kcal"].get<double>()), 10) << "the test needs them apart";

  json applied = user.Must(200, "PUT", "/api/v1/goal/adaptive-maintenance");
  EXPECT_EQ(applied["maintenance_source"], "adaptive");
  EXPECT_NEAR(applied["budget_kcal"].get<double>(), recalibrated, 1e-6);
  EXPECT_NEAR(applied["maintenance_kcal"].get<double>(), projection["expenditure"]["estimate_kcal"].get<double>(),
              1e-6);
  EXPECT_NEAR(user.Must(200, "GET", "/api/v1/goal")["budget_kcal"].get<double>(), recalibrated, 1e-6);
  const std::string today = DateFromToday(0);
  EXPECT_NEAR(user.Must(200, "GET", "/api/v1/diary/" + today)["budget_kcal"].get<double>(), recalibrated, 1e-6);
  EXPECT_NEAR(user.Must(200, "GET", "/api/v1/projection")["budget_kcal"].get<double>(), recalibrated, 1e-6);
  json saved = user.Must(200, "GET", "/api/v1/profile");
  EXPECT_EQ(saved["adaptive_maintenance"]["set_on"], today);

  // A new weigh-in and a profile saved from Settings keep the choice.
  json weighed = user.Must(201, "POST", "/api/v1/weights", {{"date", today}, {"weight_kg", 95}});
  EXPECT_NEAR(weighed["budget_kcal"].get<double>(), recalibrated, 1e-6) << weighed.dump();
  json zone = profile;
  zone["time_zone"] = "Europe/Berlin";
  zone["weight_kg"] = 95;
  user.Must(200, "PUT", "/api/v1/profile", zone);
  EXPECT_EQ(user.Must(200, "GET", "/api/v1/goal")["maintenance_source"], "adaptive");
  // The profile as GET gives it, sent back (a client's round trip): taken,
  // and the choice is kept (the value sent is GET's read-only field).
  json round = user.Must(200, "GET", "/api/v1/profile");
  round.erase("age");
  round["adaptive_maintenance"] = nullptr;
  user.Must(200, "PUT", "/api/v1/profile", round);
  EXPECT_EQ(user.Must(200, "GET", "/api/v1/goal")["maintenance_source"], "adaptive");
  json exported = user.Must(200, "GET", "/api/v1/export");
  EXPECT_NEAR(exported["profile"]["adaptive_maintenance"]["kcal"].get<double>(),
              applied["maintenance_kcal"].get<double>(), 1e-9);

  // Back to the formula: the formula's budget for the profile as it is now.
  json back = user.Must(200, "DELETE", "/api/v1/goal/adaptive-maintenance");
  EXPECT_EQ(back["maintenance_source"], "formula");
  EXPECT_LT(back["budget_kcal"].get<double>(), formula["budget_kcal"].get<double>());  // 95 kg, not 100
  EXPECT_TRUE(user.Must(200, "GET", "/api/v1/profile")["adaptive_maintenance"].is_null());
  user.Must(200, "DELETE", "/api/v1/goal/adaptive-maintenance");  // twice is fine
}

}  // namespace
}  // namespace platewise
