#include "core/weight/goal_planner.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

BodyModel CheckModel() {
  auto m = BodyModel::Create({Sex::kMale, 40, Centimeters(180), Kilograms(100), 1.5});
  EXPECT_TRUE(m.ok());
  return *m;
}

struct PlanCase {
  double goal_kg;
  int days;
  double intake;  // by an independent bisection on the same equations
  bool below_floor;
  bool bmi_outside_healthy;
};

constexpr PlanCase kCases[] = {
    {90, 180, 2296.2487, false, true},   // BMI 27.8
    {75, 365, 2007.1732, false, false},  // BMI 23.1
    {105, 365, 3084.1068, false, true},
    {100, 90, 2898.3, false, true},  // already there: maintenance
};

TEST(GoalPlannerTest, FindsTheIntakeAndRoundTripsToTheGoal) {
  BodyModel m = CheckModel();
  for (const auto& c : kCases) {
    GoalPlanRequest req{Kilograms(c.goal_kg), c.days};
    auto plan = PlanGoal(m, req);
    ASSERT_TRUE(plan.ok()) << plan.status().message();
    EXPECT_NEAR(plan->intake.value(), c.intake, 0.5) << c.goal_kg;
    EXPECT_EQ(plan->below_floor, c.below_floor) << c.goal_kg;
    EXPECT_EQ(plan->bmi_outside_healthy, c.bmi_outside_healthy) << c.goal_kg;
    EXPECT_EQ(plan->warnings.size(), (c.below_floor ? 1u : 0u) + (c.bmi_outside_healthy ? 1u : 0u));
    // Round trip: projecting at the planned intake lands on the goal.
    auto days = m.Project(PlannedDayInputs(m, plan->intake, req), c.days);
    EXPECT_NEAR(days.back().weight.value(), c.goal_kg, 0.01) << c.goal_kg;
    EXPECT_NEAR(plan->weight_reached.value(), c.goal_kg, kGoalToleranceKg);
  }
}

TEST(GoalPlannerTest, MaintenanceAfterHoldsTheGoalWeight) {
  BodyModel m = CheckModel();
  auto plan = PlanGoal(m, {Kilograms(90), 180});
  ASSERT_TRUE(plan.ok());
  // Below the start's maintenance (a smaller body), above the plan's intake.
  EXPECT_LT(plan->maintenance_after.value(), 2898.3 - 150);
  EXPECT_GT(plan->maintenance_after.value(), plan->intake.value() + 200);
  // After the goal day, eating maintenance_after keeps fat and lean steady.
  GoalPlanRequest req{Kilograms(90), 180};
  BodyState s = m.StateAfter(PlannedDayInputs(m, plan->intake, req), 180);
  BodyState later = s;
  BodyState staying_on_plan = s;
  for (int i = 0; i < 365; ++i) {
    later = m.Step(later, PlannedDayInputs(m, plan->maintenance_after, req));
    staying_on_plan = m.Step(staying_on_plan, PlannedDayInputs(m, plan->intake, req));
  }
  // Only the transients of glycogen and the thermic term move fat and lean a
  // little (under 0.1 kg in a year); staying on the plan's intake loses kilos.
  EXPECT_NEAR(later.fat_kg + later.lean_kg, s.fat_kg + s.lean_kg, 0.1);
  EXPECT_LT(staying_on_plan.fat_kg + staying_on_plan.lean_kg, s.fat_kg + s.lean_kg - 2);
}

TEST(GoalPlannerTest, WarnsBelowTheCalorieFloorAndOutsideHealthyBmi) {
  BodyModel m = CheckModel();
  auto fast = PlanGoal(m, {Kilograms(80), 90});
  ASSERT_TRUE(fast.ok()) << fast.status().message();
  EXPECT_TRUE(fast->below_floor);
  EXPECT_LT(fast->intake.value(), 1500);
  EXPECT_EQ(fast->calorie_floor.value(), 1500);
  ASSERT_FALSE(fast->warnings.empty());
  EXPECT_NE(fast->warnings[0].find("below the 1500 kcal/day"), std::string::npos) << fast->warnings[0];
  auto thin = PlanGoal(m, {Kilograms(58), 3000});
  ASSERT_TRUE(thin.ok()) << thin.status().message();
  EXPECT_TRUE(thin->bmi_outside_healthy);
  EXPECT_NEAR(thin->goal_bmi, 58 / 3.24, 1e-9);
  EXPECT_NE(thin->warnings.back().find("BMI of 17.9"), std::string::npos) << thin->warnings.back();
}

TEST(GoalPlannerTest, RejectsBadRequestsAndUnreachableGoals) {
  BodyModel m = CheckModel();
  struct Case {
    GoalPlanRequest request;
    const char* message_part;
  };
  const Case kCases[] = {
      {{Kilograms(90), 0}, "0 days"},
      {{Kilograms(90), 3651}, "3651 days"},
      {{Kilograms(10), 90}, "goal weight 10 kg is outside"},
      {{Kilograms(90), 90, 1.5, 0}, "carbohydrate fraction 1.5"},
      {{Kilograms(50), 30}, "cannot be reached in 30 days even eating nothing"},
      {{Kilograms(400), 30}, "cannot be reached in 30 days even at 20000"},
  };
  for (const auto& c : kCases) {
    auto plan = PlanGoal(m, c.request);
    ASSERT_FALSE(plan.ok()) << c.message_part;
    EXPECT_EQ(plan.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(plan.status().message().find(c.message_part), std::string::npos) << plan.status().message();
  }
}

}  // namespace
}  // namespace platewise
