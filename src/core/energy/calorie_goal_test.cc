#include "core/energy/calorie_goal.h"

#include <gtest/gtest.h>

#include "core/units/body_units.h"

namespace platewise {
namespace {

// Expected values computed independently (by hand-checked script) from the
// issue's formulas: BMR = 10*kg + 6.25*cm - 5*age + 5 / -161, maintenance =
// BMR x factor, budget = maintenance + lb*3500/7, floor 1200 F / 1500 M.
struct GoalCase {
  const char* sex;
  const char* age;
  const char* height;
  const char* weight;
  const char* activity;
  const char* goal;
  double bmr;
  double maintenance;
  double budget;
  bool floor_applied;
  double weekly_change_lb;
};

constexpr GoalCase kCases[] = {
    {"female", "35", "5ft6in", "160lb", "sedentary", "gain-2", 1437.50, 1725.00, 2725.00, false, 2.0000},
    {"female", "35", "5ft6in", "160lb", "sedentary", "gain-1.5", 1437.50, 1725.00, 2475.00, false, 1.5000},
    {"female", "35", "5ft6in", "160lb", "sedentary", "gain-1", 1437.50, 1725.00, 2225.00, false, 1.0000},
    {"female", "35", "5ft6in", "160lb", "sedentary", "gain-0.5", 1437.50, 1725.00, 1975.00, false, 0.5000},
    {"female", "35", "5ft6in", "160lb", "sedentary", "maintain", 1437.50, 1725.00, 1725.00, false, 0.0000},
    {"female", "35", "5ft6in", "160lb", "sedentary", "lose-0.5", 1437.50, 1725.00, 1475.00, false, -0.5000},
    {"female", "35", "5ft6in", "160lb", "sedentary", "lose-1", 1437.50, 1725.00, 1225.00, false, -1.0000},
    {"female", "35", "5ft6in", "160lb", "sedentary", "lose-1.5", 1437.50, 1725.00, 1200.00, true, -1.0500},
    {"female", "35", "5ft6in", "160lb", "sedentary", "lose-2", 1437.50, 1725.00, 1200.00, true, -1.0500},
    {"female", "35", "5ft6in", "160lb", "light", "gain-2", 1437.50, 1976.56, 2976.56, false, 2.0000},
    {"female", "35", "5ft6in", "160lb", "light", "gain-1.5", 1437.50, 1976.56, 2726.56, false, 1.5000},
    {"female", "35", "5ft6in", "160lb", "light", "gain-1", 1437.50, 1976.56, 2476.56, false, 1.0000},
    {"female", "35", "5ft6in", "160lb", "light", "gain-0.5", 1437.50, 1976.56, 2226.56, false, 0.5000},
    {"female", "35", "5ft6in", "160lb", "light", "maintain", 1437.50, 1976.56, 1976.56, false, 0.0000},
    {"female", "35", "5ft6in", "160lb", "light", "lose-0.5", 1437.50, 1976.56, 1726.56, false, -0.5000},
    {"female", "35", "5ft6in", "160lb", "light", "lose-1", 1437.50, 1976.56, 1476.56, false, -1.0000},
    {"female", "35", "5ft6in", "160lb", "light", "lose-1.5", 1437.50, 1976.56, 1226.56, false, -1.5000},
    {"female", "35", "5ft6in", "160lb", "light", "lose-2", 1437.50, 1976.56, 1200.00, true, -1.5531},
    {"female", "35", "5ft6in", "160lb", "moderate", "gain-2", 1437.50, 2228.12, 3228.12, false, 2.0000},
    {"female", "35", "5ft6in", "160lb", "moderate", "gain-1.5", 1437.50, 2228.12, 2978.12, false, 1.5000},
    {"female", "35", "5ft6in", "160lb", "moderate", "gain-1", 1437.50, 2228.12, 2728.12, false, 1.0000},
    {"female", "35", "5ft6in", "160lb", "moderate", "gain-0.5", 1437.50, 2228.12, 2478.12, false, 0.5000},
    {"female", "35", "5ft6in", "160lb", "moderate", "maintain", 1437.50, 2228.12, 2228.12, false, 0.0000},
    {"female", "35", "5ft6in", "160lb", "moderate", "lose-0.5", 1437.50, 2228.12, 1978.12, false, -0.5000},
    {"female", "35", "5ft6in", "160lb", "moderate", "lose-1", 1437.50, 2228.12, 1728.12, false, -1.0000},
    {"female", "35", "5ft6in", "160lb", "moderate", "lose-1.5", 1437.50, 2228.12, 1478.12, false, -1.5000},
    {"female", "35", "5ft6in", "160lb", "moderate", "lose-2", 1437.50, 2228.12, 1228.12, false, -2.0000},
    {"female", "35", "5ft6in", "160lb", "active", "gain-2", 1437.50, 2479.68, 3479.68, false, 2.0000},
    {"female", "35", "5ft6in", "160lb", "active", "gain-1.5", 1437.50, 2479.68, 3229.68, false, 1.5000},
    {"female", "35", "5ft6in", "160lb", "active", "gain-1", 1437.50, 2479.68, 2979.68, false, 1.0000},
    {"female", "35", "5ft6in", "160lb", "active", "gain-0.5", 1437.50, 2479.68, 2729.68, false, 0.5000},
    {"female", "35", "5ft6in", "160lb", "active", "maintain", 1437.50, 2479.68, 2479.68, false, 0.0000},
    {"female", "35", "5ft6in", "160lb", "active", "lose-0.5", 1437.50, 2479.68, 2229.68, false, -0.5000},
    {"female", "35", "5ft6in", "160lb", "active", "lose-1", 1437.50, 2479.68, 1979.68, false, -1.0000},
    {"female", "35", "5ft6in", "160lb", "active", "lose-1.5", 1437.50, 2479.68, 1729.68, false, -1.5000},
    {"female", "35", "5ft6in", "160lb", "active", "lose-2", 1437.50, 2479.68, 1479.68, false, -2.0000},
    {"female", "35", "5ft6in", "160lb", "very-active", "gain-2", 1437.50, 2731.25, 3731.25, false, 2.0000},
    {"female", "35", "5ft6in", "160lb", "very-active", "gain-1.5", 1437.50, 2731.25, 3481.25, false, 1.5000},
    {"female", "35", "5ft6in", "160lb", "very-active", "gain-1", 1437.50, 2731.25, 3231.25, false, 1.0000},
    {"female", "35", "5ft6in", "160lb", "very-active", "gain-0.5", 1437.50, 2731.25, 2981.25, false, 0.5000},
    {"female", "35", "5ft6in", "160lb", "very-active", "maintain", 1437.50, 2731.25, 2731.25, false, 0.0000},
    {"female", "35", "5ft6in", "160lb", "very-active", "lose-0.5", 1437.50, 2731.25, 2481.25, false, -0.5000},
    {"female", "35", "5ft6in", "160lb", "very-active", "lose-1", 1437.50, 2731.25, 2231.25, false, -1.0000},
    {"female", "35", "5ft6in", "160lb", "very-active", "lose-1.5", 1437.50, 2731.25, 1981.25, false, -1.5000},
    {"female", "35", "5ft6in", "160lb", "very-active", "lose-2", 1437.50, 2731.25, 1731.25, false, -2.0000},
    {"male", "40", "180cm", "100kg", "sedentary", "gain-2", 1930.00, 2316.00, 3316.00, false, 2.0000},
    {"male", "40", "180cm", "100kg", "sedentary", "gain-1.5", 1930.00, 2316.00, 3066.00, false, 1.5000},
    {"male", "40", "180cm", "100kg", "sedentary", "gain-1", 1930.00, 2316.00, 2816.00, false, 1.0000},
    {"male", "40", "180cm", "100kg", "sedentary", "gain-0.5", 1930.00, 2316.00, 2566.00, false, 0.5000},
    {"male", "40", "180cm", "100kg", "sedentary", "maintain", 1930.00, 2316.00, 2316.00, false, 0.0000},
    {"male", "40", "180cm", "100kg", "sedentary", "lose-0.5", 1930.00, 2316.00, 2066.00, false, -0.5000},
    {"male", "40", "180cm", "100kg", "sedentary", "lose-1", 1930.00, 2316.00, 1816.00, false, -1.0000},
    {"male", "40", "180cm", "100kg", "sedentary", "lose-1.5", 1930.00, 2316.00, 1566.00, false, -1.5000},
    {"male", "40", "180cm", "100kg", "sedentary", "lose-2", 1930.00, 2316.00, 1500.00, true, -1.6320},
    {"male", "40", "180cm", "100kg", "light", "gain-2", 1930.00, 2653.75, 3653.75, false, 2.0000},
    {"male", "40", "180cm", "100kg", "light", "gain-1.5", 1930.00, 2653.75, 3403.75, false, 1.5000},
    {"male", "40", "180cm", "100kg", "light", "gain-1", 1930.00, 2653.75, 3153.75, false, 1.0000},
    {"male", "40", "180cm", "100kg", "light", "gain-0.5", 1930.00, 2653.75, 2903.75, false, 0.5000},
    {"male", "40", "180cm", "100kg", "light", "maintain", 1930.00, 2653.75, 2653.75, false, 0.0000},
    {"male", "40", "180cm", "100kg", "light", "lose-0.5", 1930.00, 2653.75, 2403.75, false, -0.5000},
    {"male", "40", "180cm", "100kg", "light", "lose-1", 1930.00, 2653.75, 2153.75, false, -1.0000},
    {"male", "40", "180cm", "100kg", "light", "lose-1.5", 1930.00, 2653.75, 1903.75, false, -1.5000},
    {"male", "40", "180cm", "100kg", "light", "lose-2", 1930.00, 2653.75, 1653.75, false, -2.0000},
    {"male", "40", "180cm", "100kg", "moderate", "gain-2", 1930.00, 2991.50, 3991.50, false, 2.0000},
    {"male", "40", "180cm", "100kg", "moderate", "gain-1.5", 1930.00, 2991.50, 3741.50, false, 1.5000},
    {"male", "40", "180cm", "100kg", "moderate", "gain-1", 1930.00, 2991.50, 3491.50, false, 1.0000},
    {"male", "40", "180cm", "100kg", "moderate", "gain-0.5", 1930.00, 2991.50, 3241.50, false, 0.5000},
    {"male", "40", "180cm", "100kg", "moderate", "maintain", 1930.00, 2991.50, 2991.50, false, 0.0000},
    {"male", "40", "180cm", "100kg", "moderate", "lose-0.5", 1930.00, 2991.50, 2741.50, false, -0.5000},
    {"male", "40", "180cm", "100kg", "moderate", "lose-1", 1930.00, 2991.50, 2491.50, false, -1.0000},
    {"male", "40", "180cm", "100kg", "moderate", "lose-1.5", 1930.00, 2991.50, 2241.50, false, -1.5000},
    {"male", "40", "180cm", "100kg", "moderate", "lose-2", 1930.00, 2991.50, 1991.50, false, -2.0000},
    {"male", "40", "180cm", "100kg", "active", "gain-2", 1930.00, 3329.25, 4329.25, false, 2.0000},
    {"male", "40", "180cm", "100kg", "active", "gain-1.5", 1930.00, 3329.25, 4079.25, false, 1.5000},
    {"male", "40", "180cm", "100kg", "active", "gain-1", 1930.00, 3329.25, 3829.25, false, 1.0000},
    {"male", "40", "180cm", "100kg", "active", "gain-0.5", 1930.00, 3329.25, 3579.25, false, 0.5000},
    {"male", "40", "180cm", "100kg", "active", "maintain", 1930.00, 3329.25, 3329.25, false, 0.0000},
    {"male", "40", "180cm", "100kg", "active", "lose-0.5", 1930.00, 3329.25, 3079.25, false, -0.5000},
    {"male", "40", "180cm", "100kg", "active", "lose-1", 1930.00, 3329.25, 2829.25, false, -1.0000},
    {"male", "40", "180cm", "100kg", "active", "lose-1.5", 1930.00, 3329.25, 2579.25, false, -1.5000},
    {"male", "40", "180cm", "100kg", "active", "lose-2", 1930.00, 3329.25, 2329.25, false, -2.0000},
    {"male", "40", "180cm", "100kg", "very-active", "gain-2", 1930.00, 3667.00, 4667.00, false, 2.0000},
    {"male", "40", "180cm", "100kg", "very-active", "gain-1.5", 1930.00, 3667.00, 4417.00, false, 1.5000},
    {"male", "40", "180cm", "100kg", "very-active", "gain-1", 1930.00, 3667.00, 4167.00, false, 1.0000},
    {"male", "40", "180cm", "100kg", "very-active", "gain-0.5", 1930.00, 3667.00, 3917.00, false, 0.5000},
    {"male", "40", "180cm", "100kg", "very-active", "maintain", 1930.00, 3667.00, 3667.00, false, 0.0000},
    {"male", "40", "180cm", "100kg", "very-active", "lose-0.5", 1930.00, 3667.00, 3417.00, false, -0.5000},
    {"male", "40", "180cm", "100kg", "very-active", "lose-1", 1930.00, 3667.00, 3167.00, false, -1.0000},
    {"male", "40", "180cm", "100kg", "very-active", "lose-1.5", 1930.00, 3667.00, 2917.00, false, -1.5000},
    {"male", "40", "180cm", "100kg", "very-active", "lose-2", 1930.00, 3667.00, 2667.00, false, -2.0000},
};

TEST(CalorieGoalTest, MatchesFormulasForEveryActivityAndGoal) {
  for (const GoalCase& c : kCases) {
    SCOPED_TRACE(std::string(c.sex) + " " + c.activity + " " + c.goal);
    BodyProfile p;
    p.sex = *ParseSex(c.sex);
    p.age_years = *ParseAge(c.age);
    p.height = *ParseHeight(c.height);
    p.weight = *ParseWeight(c.weight);
    p.activity = *ParseActivityLevel(c.activity);
    p.goal = *ParseWeeklyGoal(c.goal);
    CalorieGoal g = ComputeCalorieGoal(p);
    EXPECT_NEAR(g.bmr.value(), c.bmr, 0.01);
    EXPECT_NEAR(g.maintenance.value(), c.maintenance, 0.01);
    EXPECT_NEAR(g.budget.value(), c.budget, 0.01);
    EXPECT_EQ(g.floor_applied, c.floor_applied);
    EXPECT_NEAR(g.weekly_change_lb, c.weekly_change_lb, 0.0001);
  }
}

TEST(CalorieGoalTest, FloorAppliesWhenMaintenanceIsBelowIt) {
  // A small, older, sedentary woman: maintenance 1051.8 kcal is under the
  // 1200 kcal floor, so even "lose-2" gets 1200 kcal, which is a gain.
  BodyProfile p{Sex::kFemale, 70, Centimeters(150), Kilograms(45), ActivityLevel::kSedentary, WeeklyGoal{-2}};
  CalorieGoal g = ComputeCalorieGoal(p);
  EXPECT_NEAR(g.maintenance.value(), 1051.8, 0.01);
  EXPECT_TRUE(g.floor_applied);
  EXPECT_DOUBLE_EQ(g.budget.value(), 1200);
  EXPECT_NEAR(g.weekly_change_lb, (1200 - 1051.8) * 7 / 3500, 1e-9);
}

// Issue 16: female, 4 ft 11 in, 100 lb, 70, sedentary, "lose 2 pounds per
// week": the budget of 1,200 is over maintenance (1,055), yet the web app read
// "Plus 145 kcal a day for your goal" and "you would lose about 0.3 lb a week".
TEST(CalorieGoalTest, FloorNoteSaysThePersonGainsAtTheFloorAndNoLossGoalFits) {
  BodyProfile p{Sex::kFemale, 70, Centimeters(149.86), Kilograms(45.359237), ActivityLevel::kSedentary,
                WeeklyGoal{-2}};
  CalorieGoal g = ComputeCalorieGoal(p);
  EXPECT_DOUBLE_EQ(g.goal_adjustment.value(), -1000);
  EXPECT_TRUE(g.floor_applied);
  EXPECT_GT(g.weekly_change_lb, 0.28);
  EXPECT_FALSE(g.floor_goal);
  EXPECT_EQ(g.floor_note,
            "Your budget is held at the floor of 1,200 kcal a day, the least advised without a doctor's "
            "supervision. You burn about 1,055 kcal a day, less than the floor, so at 1,200 kcal you would gain "
            "about 0.3 pounds a week, not lose 2 pounds. No goal of losing or even keeping your weight fits above "
            "the floor: to lose weight safely, ask your doctor or a dietitian, or add activity.");
  EXPECT_EQ(g.floor_note.find("lose about"), std::string::npos);
}

TEST(CalorieGoalTest, FloorNoteNamesTheFastestGoalTheFloorAllows) {
  // Maintenance about 1,487 kcal: "lose 2" wants 487, so the floor holds it at
  // 1,200 (a loss of about 0.6 lb a week); "lose 0.5" (1,237) is the fastest
  // goal at or above the floor.
  BodyProfile p{Sex::kFemale, 40, Centimeters(160), Kilograms(60), ActivityLevel::kSedentary, WeeklyGoal{-2}};
  CalorieGoal g = ComputeCalorieGoal(p);
  ASSERT_TRUE(g.floor_applied);
  ASSERT_TRUE(g.floor_goal);
  EXPECT_EQ(g.floor_goal->lb_per_week, -0.5);
  EXPECT_NE(g.floor_note.find("At 1,200 kcal you would lose about 0.6 pounds a week, not lose 2 pounds."),
            std::string::npos)
      << g.floor_note;
  EXPECT_NE(g.floor_note.find("The fastest goal the floor allows is to lose 0.5 pounds a week (1,237 kcal a day)."), std::string::npos)
      << g.floor_note;
  p.goal = WeeklyGoal{-0.5};
  CalorieGoal allowed = ComputeCalorieGoal(p);
  EXPECT_FALSE(allowed.floor_applied);
  EXPECT_EQ(allowed.floor_note, "");
  EXPECT_FALSE(allowed.floor_goal);
}

TEST(CalorieGoalTest, ParsesEveryNamedChoice) {
  EXPECT_DOUBLE_EQ(ParseWeeklyGoal("gain-2")->lb_per_week, 2);
  EXPECT_DOUBLE_EQ(ParseWeeklyGoal("lose-0.5")->lb_per_week, -0.5);
  EXPECT_DOUBLE_EQ(ParseWeeklyGoal("maintain")->lb_per_week, 0);
  for (const char* name : {"gain-2", "gain-1.5", "gain-1", "gain-0.5", "maintain", "lose-0.5", "lose-1", "lose-1.5",
                           "lose-2"}) {
    EXPECT_EQ(WeeklyGoalName(*ParseWeeklyGoal(name)), name);
  }
  EXPECT_DOUBLE_EQ(ActivityFactor(*ParseActivityLevel("very-active")), 1.9);
}

TEST(CalorieGoalTest, RejectsBadChoicesWithMessagesNamingThem) {
  for (const char* goal : {"lose-3", "gain-0.25", "lose", "gain-", "lose-0", "drop-1", "", "LOSE-1", "lose-nan"}) {
    auto r = ParseWeeklyGoal(goal);
    ASSERT_FALSE(r.ok()) << goal;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(std::string("\"") + goal + "\""), std::string::npos);
    EXPECT_NE(r.status().message().find("lose-0.5"), std::string::npos);
  }
  for (const char* activity : {"lazy", "", "Light", "very active"}) {
    EXPECT_FALSE(ParseActivityLevel(activity).ok()) << activity;
  }
  for (const char* sex : {"", "x", "woman"}) EXPECT_FALSE(ParseSex(sex).ok()) << sex;
  for (const char* age : {"", "abc", "17", "121", "-5", "35y", "nan", "inf"}) {
    EXPECT_FALSE(ParseAge(age).ok()) << age;
  }
  EXPECT_FALSE(WeeklyGoalFromPounds(0.25).ok());
  EXPECT_FALSE(WeeklyGoalFromPounds(2.5).ok());
  EXPECT_TRUE(WeeklyGoalFromPounds(-1.5).ok());
}

}  // namespace
}  // namespace platewise
