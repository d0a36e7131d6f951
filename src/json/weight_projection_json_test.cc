#include "json/weight_projection_json.h"

#include <gtest/gtest.h>

#include "core/diary/day_number.h"

namespace platewise {
namespace {

const CivilDate kToday{2026, 11, 29};

ProjectionRequest Request() {
  ProjectionRequest req;
  req.profile = {Sex::kFemale, 35, Centimeters(167.64), Kilograms(72.57), ActivityLevel::kLight, WeeklyGoal{-1}};
  req.today = kToday;
  req.days = 30;
  return req;
}

TEST(WeightProjectionJsonTest, WithoutDataTheEstimateFieldsAreNullNotZero) {
  auto p = ProjectWeight(Request());
  ASSERT_TRUE(p.ok());
  nlohmann::json j = WeightProjectionReportJson(*p);
  EXPECT_EQ(j["start_date"], "2026-11-29");
  EXPECT_EQ(j["start_weight_source"], "profile");
  EXPECT_EQ(j["intake_source"], "budget");
  EXPECT_TRUE(j["goal_weight_kg"].is_null());
  EXPECT_TRUE(j["model_goal_date"].is_null());
  EXPECT_TRUE(j["straight_line_goal_date"].is_null());
  EXPECT_TRUE(j["recalibrated_budget_kcal"].is_null());
  EXPECT_TRUE(j["trend"].empty());
  const auto& e = j["expenditure"];
  for (const char* key : {"mean_intake_kcal", "weight_slope_kg_per_day", "energy_density_kcal_per_kg", "observed_kcal",
                          "observed_sd_kcal"}) {
    EXPECT_TRUE(e[key].is_null()) << key;
  }
  EXPECT_EQ(e["days_with_both"], 0);
  EXPECT_EQ(e["days_needed"], 14);
  EXPECT_EQ(e["data_share"], 0.0);
  EXPECT_DOUBLE_EQ(e["estimate_kcal"].get<double>(), p->expenditure.formula.value());
  ASSERT_EQ(j["days"].size(), 31u);
  EXPECT_EQ(j["days"][30]["date"], "2026-12-29");
  EXPECT_EQ(j["explanation"], p->explanation);
}

TEST(WeightProjectionJsonTest, WithDataEveryFieldIsFilled) {
  ProjectionRequest req = Request();
  req.goal_weight = Kilograms(68);
  for (int i = 20; i >= 0; --i) {
    const CivilDate d = AddDays(kToday, -i);
    if (i % 5 != 0) req.weigh_ins.push_back({d, Kilograms(74 - 0.05 * (20 - i) + (i % 2 ? 0.3 : -0.3))});
    req.intakes.push_back({d, Kcal(1700), i != 3});
  }
  auto p = ProjectWeight(req);
  ASSERT_TRUE(p.ok()) << p.status().message();
  nlohmann::json j = WeightProjectionReportJson(*p);
  EXPECT_EQ(j["start_weight_source"], "trend");
  EXPECT_EQ(j["intake_source"], "logged");
  EXPECT_EQ(j["intake_days"], 14);
  EXPECT_EQ(j["goal_weight_kg"], 68.0);
  EXPECT_TRUE(j["model_goal_date"].is_string());
  EXPECT_TRUE(j["straight_line_goal_date"].is_string());
  EXPECT_EQ(j["pal_calibrated"], true);
  EXPECT_TRUE(j["recalibrated_budget_kcal"].is_number());
  // From the first weigh-in (Nov 10, i = 19) to the last (Nov 28, i = 1).
  ASSERT_EQ(j["trend"].size(), 19u);
  EXPECT_EQ(j["trend"][0]["date"], "2026-11-10");
  EXPECT_EQ(j["trend"][0]["measured"], true);
  EXPECT_EQ(j["trend"][4]["measured"], false);  // Nov 14: i = 15, no weigh-in
  EXPECT_EQ(j["trend"][5]["measured"], true);
  const auto& e = j["expenditure"];
  EXPECT_EQ(e["partly_logged_days"], 1);
  EXPECT_EQ(e["fully_logged_days"], 20);
  EXPECT_EQ(e["days_with_both"], 15);
  for (const char* key : {"mean_intake_kcal", "weight_slope_kg_per_day", "energy_density_kcal_per_kg", "observed_kcal",
                          "observed_sd_kcal"}) {
    EXPECT_TRUE(e[key].is_number()) << key;
  }
  EXPECT_DOUBLE_EQ(e["observed_kcal"].get<double>(), p->expenditure.observed->value());
}

}  // namespace
}  // namespace platewise
