// The goals beside the weekly one (core/usecases/goals.h) on a real store and
// a fixed clock: macro targets on the one budget, the day's breakdown, goal
// weight and date in the projection.

#include "core/usecases/goals.h"

#include <gtest/gtest.h>

#include "core/testing/fixed_clock.h"
#include "core/usecases/diary_day.h"
#include "core/usecases/use_case_test_store.h"
#include "core/usecases/user_projection.h"

namespace platewise {
namespace {

constexpr double kKgPerLb = 0.45359237;

class GoalsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ProfileSettings settings;
    settings.birth_date = CivilDate{1990, 1, 1};
    settings.units = DisplayUnits::kImperial;
    ASSERT_TRUE(SaveCurrentProfile(ctx_, user_, settings, body_).ok());
  }
  double Budget() { return ProfileCalorieGoal(*RequireCurrentProfile(ctx_, user_)).budget.value(); }

  testing::UseCaseTestStore store_;
  testing::FixedClock clock_{CivilDate{2026, 12, 1}};
  NoFoodIndexUpdates no_index_;
  UseCaseContext ctx_{store_.store(), clock_, no_index_};
  UserId user_ = store_.NewUser("a@example.org");
  BodyProfile body_{Sex::kFemale, 0, Centimeters(165), Kilograms(160 * kKgPerLb), ActivityLevel::kLight,
                    WeeklyGoal{-1}};
};

TEST_F(GoalsTest, TheDefaultTargetsAreTheAmdrOnesOnTheOneBudget) {
  auto goal = UserMacroGoal(ctx_, user_);
  ASSERT_TRUE(goal.ok()) << goal.status().message();
  EXPECT_EQ(goal->chosen, MacroTargets{});
  EXPECT_DOUBLE_EQ(goal->budget.value(), Budget());
  EXPECT_DOUBLE_EQ(goal->protein.grams, Budget() * 0.2 / 4);
}

TEST_F(GoalsTest, SavedTargetsSurviveAProfileSaveAndTheirGramsFollowTheBudget) {
  ASSERT_TRUE(SaveMacroTargets(ctx_, user_, MacroTargets{MacroUnit::kPercent, 30, 40, 30}).ok());
  const double before = Budget();
  BodyProfile heavier = body_;
  heavier.weight = Kilograms(180 * kKgPerLb);
  ProfileSettings form;  // what PUT /api/v1/profile builds: no goals in it
  form.birth_date = CivilDate{1990, 1, 1};
  form.units = DisplayUnits::kImperial;
  ASSERT_TRUE(SaveCurrentProfile(ctx_, user_, form, heavier).ok());
  auto goal = UserMacroGoal(ctx_, user_);
  ASSERT_TRUE(goal.ok());
  EXPECT_EQ(goal->chosen, (MacroTargets{MacroUnit::kPercent, 30, 40, 30}));
  EXPECT_GT(Budget(), before);
  EXPECT_DOUBLE_EQ(goal->protein.grams, Budget() * 0.3 / 4);
}

TEST_F(GoalsTest, PercentsNotAddingUpTo100AreRefusedAndNothingIsStored) {
  auto refused = SaveMacroTargets(ctx_, user_, MacroTargets{MacroUnit::kPercent, 40, 40, 30});
  EXPECT_EQ(refused.status().code(), StatusCode::kUnprocessable);
  EXPECT_EQ(UserMacroGoal(ctx_, user_)->chosen, MacroTargets{});
}

TEST_F(GoalsTest, TheDiaryDayBreaksDownItsMacrosAgainstTheTargets) {
  ASSERT_TRUE(SaveMacroTargets(ctx_, user_, MacroTargets{MacroUnit::kGrams, 120, 150, 60}).ok());
  auto day = GetDiaryDay(ctx_, user_, CivilDate{2026, 12, 1});
  ASSERT_TRUE(day.ok());
  ASSERT_TRUE(day->macros);
  EXPECT_DOUBLE_EQ(day->macros->protein.target.grams, 120);
  EXPECT_FALSE(day->macros->protein.grams);  // nothing eaten yet
  EXPECT_DOUBLE_EQ(day->macros->fat.target.percent, 60 * 9 / Budget() * 100);
}

TEST_F(GoalsTest, AGoalWeightFillsInTheProjectionsGoalDates) {
  auto none = ProjectUserWeight(ctx_, user_, 30);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->model_goal_date);
  auto view = SaveWeightGoal(ctx_, user_, WeightGoal{Kilograms(150 * kKgPerLb), std::nullopt});
  ASSERT_TRUE(view.ok()) << view.status().message();
  EXPECT_TRUE(view->model_goal_date);
  EXPECT_TRUE(view->straight_line_goal_date);
  EXPECT_TRUE(view->notes.empty());
  auto projection = ProjectUserWeight(ctx_, user_, 30);
  ASSERT_TRUE(projection.ok());
  ASSERT_TRUE(projection->goal_weight);
  EXPECT_NEAR(projection->goal_weight->value(), 150 * kKgPerLb, 1e-9);
  EXPECT_EQ(projection->model_goal_date, view->model_goal_date);
  // Cleared: no dates again.
  auto cleared = SaveWeightGoal(ctx_, user_, std::nullopt);
  ASSERT_TRUE(cleared.ok());
  EXPECT_FALSE(cleared->goal);
  EXPECT_FALSE(cleared->model_goal_date);
}

TEST_F(GoalsTest, AnUnreachableDateIsSaidInTheProjectionAndTheGoal) {
  auto view = SaveWeightGoal(ctx_, user_, WeightGoal{Kilograms(140 * kKgPerLb), CivilDate{2027, 1, 5}});
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view->notes.size(), 1u);
  EXPECT_NE(view->notes[0].find("needs losing 4 lb a week"), std::string::npos) << view->notes[0];
  auto projection = ProjectUserWeight(ctx_, user_, 30);
  EXPECT_EQ(projection->goal_notes, view->notes);
}

TEST_F(GoalsTest, AGoalWeightOutOfRangeIsRefusedInThePersonsUnits) {
  auto refused = SaveWeightGoal(ctx_, user_, WeightGoal{Kilograms(1000 * kKgPerLb), std::nullopt});
  EXPECT_EQ(refused.status().field(), "goal_weight_kg");
  EXPECT_NE(refused.status().message().find("1,000 lb"), std::string::npos) << refused.status().message();
}

TEST_F(GoalsTest, AProfileSaveKeepsTheGoalWeight) {
  ASSERT_TRUE(SaveWeightGoal(ctx_, user_, WeightGoal{Kilograms(65), CivilDate{2027, 6, 1}}).ok());
  ProfileSettings form;
  form.birth_date = CivilDate{1990, 1, 1};
  ASSERT_TRUE(SaveCurrentProfile(ctx_, user_, form, body_).ok());
  auto view = UserWeightGoal(ctx_, user_);
  ASSERT_TRUE(view.ok());
  ASSERT_TRUE(view->goal);
  EXPECT_EQ(*view->goal, (WeightGoal{Kilograms(65), CivilDate{2027, 6, 1}}));
}

}  // namespace
}  // namespace platewise
