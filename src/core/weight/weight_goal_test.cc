#include "core/weight/weight_goal.h"

#include <gtest/gtest.h>

#include "core/units/body_units.h"

namespace platewise {
namespace {

constexpr CivilDate kToday{2026, 12, 1};
constexpr double kKgPerLb = 0.45359237;

Kilograms Lb(double lb) { return Kilograms(lb * kKgPerLb); }

TEST(WeightGoalTest, AGoalWeightOutsideTheRangeIsRefusedInThePersonsUnits) {
  Status s = ValidateWeightGoal(WeightGoal{Lb(1000), std::nullopt}, kToday, DisplayUnits::kImperial);
  EXPECT_EQ(s.code(), StatusCode::kUnprocessable);
  EXPECT_EQ(s.field(), "goal_weight_kg");
  EXPECT_EQ(s.message(), "goal weight 1,000 lb is more than a weight can be (992.1 lb)");
  Status kg = ValidateWeightGoal(WeightGoal{Kilograms(10), std::nullopt}, kToday, DisplayUnits::kMetric);
  EXPECT_EQ(kg.message(), "goal weight 10 kg is less than a weight can be (20 kg)");
}

TEST(WeightGoalTest, AGoalDateMustBeAfterToday) {
  Status s = ValidateWeightGoal(WeightGoal{Kilograms(60), kToday}, kToday, DisplayUnits::kMetric);
  EXPECT_EQ(s.field(), "goal_date");
  EXPECT_TRUE(ValidateWeightGoal(WeightGoal{Kilograms(60), CivilDate{2026, 12, 2}}, kToday, DisplayUnits::kMetric).ok());
}

TEST(WeightGoalTest, AReachableGoalHasNoNotes) {
  // 10 lb in 10 weeks at 1 lb a week.
  auto notes = WeightGoalNotes(WeightGoal{Lb(150), CivilDate{2027, 2, 9}}, Lb(160), kToday, WeeklyGoal{-1},
                               DisplayUnits::kImperial);
  EXPECT_TRUE(notes.empty()) << notes.front();
  EXPECT_TRUE(WeightGoalNotes(WeightGoal{Lb(150), std::nullopt}, Lb(160), kToday, WeeklyGoal{-0.5},
                              DisplayUnits::kImperial).empty());
}

// Regression guard for the "never silently accepted as if reachable".
TEST(WeightGoalTest, ADateTheWeeklyGoalCannotReachSaysTheRateItNeeds) {
  // 20 lb in 35 days (5 weeks) needs 4 lb a week; at 1 lb a week it takes 140 days.
  auto notes = WeightGoalNotes(WeightGoal{Lb(140), CivilDate{2027, 1, 5}}, Lb(160), kToday, WeeklyGoal{-1},
                               DisplayUnits::kImperial);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0], "reaching 140 lb by 2027-01-05 needs losing 4 lb a week; your weekly goal is to lose 1 lb a "
                      "week, which gets there around 2027-04-20");
  auto metric = WeightGoalNotes(WeightGoal{Lb(140), CivilDate{2027, 1, 5}}, Lb(160), kToday, WeeklyGoal{-1},
                                DisplayUnits::kMetric);
  ASSERT_EQ(metric.size(), 1u);
  EXPECT_NE(metric[0].find("needs losing 1.81 kg a week"), std::string::npos) << metric[0];
}

TEST(WeightGoalTest, AGoalInTheWrongDirectionForTheWeeklyGoalIsSaid) {
  auto notes = WeightGoalNotes(WeightGoal{Lb(150), std::nullopt}, Lb(160), kToday, WeeklyGoal{0.5},
                               DisplayUnits::kImperial);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0], "your goal weight 150 lb is below your weight of 160 lb, but your weekly goal is to gain "
                      "0.5 lb a week: choose a weekly goal to lose weight to get there");
  auto maintain = WeightGoalNotes(WeightGoal{Lb(170), CivilDate{2027, 6, 1}}, Lb(160), kToday, WeeklyGoal{0},
                                  DisplayUnits::kImperial);
  ASSERT_EQ(maintain.size(), 1u);
  EXPECT_NE(maintain[0].find("above your weight of 160 lb, but your weekly goal is to maintain your weight"),
            std::string::npos) << maintain[0];
}

TEST(WeightGoalTest, AtTheGoalThereIsNothingToSay) {
  EXPECT_TRUE(WeightGoalNotes(WeightGoal{Kilograms(70.05), std::nullopt}, Kilograms(70), kToday, WeeklyGoal{0.5},
                              DisplayUnits::kMetric).empty());
}

}  // namespace
}  // namespace platewise
