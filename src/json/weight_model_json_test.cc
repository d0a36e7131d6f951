#include "json/weight_model_json.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

BodyModel CheckModel() {
  auto m = BodyModel::Create({Sex::kMale, 40, Centimeters(180), Kilograms(100), 1.5});
  EXPECT_TRUE(m.ok());
  return *m;
}

TEST(WeightModelJsonTest, ProjectionHasTheBaselineAndOneEntryPerDay) {
  BodyModel m = CheckModel();
  DayInputs in{Kcal(2398.3)};
  nlohmann::json j = WeightProjectionJson(m, in, m.Project(in, 7));
  EXPECT_EQ(j["sex"], "male");
  EXPECT_EQ(j["pal"], 1.5);
  EXPECT_DOUBLE_EQ(j["rmr_kcal"].get<double>(), m.baseline().rmr.value());
  EXPECT_DOUBLE_EQ(j["maintenance_kcal"].get<double>(), m.baseline().maintenance.value());
  EXPECT_EQ(j["intake_kcal"], 2398.3);
  EXPECT_EQ(j["sodium_mg"], 4000.0);
  ASSERT_EQ(j["days"].size(), 8u);
  for (int d = 0; d <= 7; ++d) {
    EXPECT_EQ(j["days"][d]["day"], d);
    for (const char* key : {"weight_kg", "fat_kg", "lean_kg"}) EXPECT_TRUE(j["days"][d][key].is_number_float());
  }
  EXPECT_NEAR(j["days"][7]["weight_kg"].get<double>(), 99.234, 0.001);  // unrounded, not 99.23
  EXPECT_NE(j["days"][7]["weight_kg"].get<double>(), 99.234);
}

TEST(WeightModelJsonTest, GoalPlanCarriesIntakesFlagsAndWarnings) {
  BodyModel m = CheckModel();
  GoalPlanRequest req{Kilograms(90), 180};
  auto plan = PlanGoal(m, req);
  ASSERT_TRUE(plan.ok());
  nlohmann::json j = GoalPlanJson(m, req, *plan);
  EXPECT_EQ(j["goal_weight_kg"], 90.0);
  EXPECT_EQ(j["days"], 180);
  EXPECT_DOUBLE_EQ(j["intake_kcal"].get<double>(), plan->intake.value());
  EXPECT_DOUBLE_EQ(j["maintenance_after_kcal"].get<double>(), plan->maintenance_after.value());
  EXPECT_EQ(j["calorie_floor_kcal"], 1500.0);
  EXPECT_EQ(j["below_floor"], false);
  EXPECT_EQ(j["bmi_outside_healthy"], true);
  ASSERT_EQ(j["warnings"].size(), 1u);
  EXPECT_EQ(j["warnings"][0], plan->warnings[0]);
}

}  // namespace
}  // namespace platewise
