// The kept bodies of GET /api/v1/diary/{date}: served again only while the
// day's inputs are the same, on the store `serve` uses (behind its caches).

#include "http/diary_day_responses.h"

#include <gtest/gtest.h>

#include "core/food/amount.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/current_profile.h"
#include "core/usecases/day_logs.h"
#include "core/usecases/diary_entries.h"
#include "core/usecases/use_case_test_store.h"
#include "json/day_summary_json.h"

namespace platewise::http {
namespace {

AmountOfFood Text(const std::string& text) {
  return [text](const Food& food) { return ResolveAmount(text, food); };
}

class DiaryDayResponsesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ProfileSettings settings{CivilDate{1990, 12, 2}, DisplayUnits::kMetric, "UTC", std::nullopt, MacroTargets{}, std::nullopt};
    BodyProfile body{Sex::kFemale, 0, Centimeters(165), Kilograms(62), ActivityLevel::kLight, WeeklyGoal{-1}};
    ASSERT_TRUE(SaveCurrentProfile(ctx_, user_, settings, body).ok());
    ASSERT_TRUE(LogFood(ctx_, user_, day_, Meal::kLunch, "12061", Text("100g")).ok());
  }
  // The body the route answers, and what it would be if nothing were kept.
  std::string Served() {
    auto inputs = ReadDiaryDay(ctx_, user_, day_);
    EXPECT_TRUE(inputs.ok()) << inputs.status().message();
    std::string fresh = DiaryDayJson(SummarizeDiaryDay(*inputs));
    std::string served = responses_.Json(user_, *std::move(inputs));
    EXPECT_EQ(served, fresh);
    return served;
  }

  testing::UseCaseTestStore store_;
  testing::FixedClock clock_{CivilDate{2026, 11, 30}};
  NoFoodIndexUpdates no_index_;
  UseCaseContext ctx_{store_.store(), clock_, no_index_};
  UserId user_ = store_.NewUser("a@example.org");
  const CivilDate day_{2026, 11, 29};
  DiaryDayResponses responses_;
};

TEST_F(DiaryDayResponsesTest, TheSameDayReadTwiceIsTheSameDay) {
  auto a = ReadDiaryDay(ctx_, user_, day_);
  auto b = ReadDiaryDay(ctx_, user_, day_);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a->rows.version, 0u);
  EXPECT_TRUE(SameDiaryDay(*a, *b));
  EXPECT_EQ(Served(), Served());
}

TEST_F(DiaryDayResponsesTest, AnEntryWaterOrExerciseIsInTheNextBody) {
  const std::string before = Served();
  ASSERT_TRUE(LogFood(ctx_, user_, day_, Meal::kDinner, "11457", Text("1 cup")).ok());
  const std::string with_entry = Served();
  EXPECT_NE(with_entry, before);
  EXPECT_NE(with_entry.find("Spinach"), std::string::npos);
  ASSERT_TRUE(LogWater(ctx_, user_, day_, 250).ok());
  const std::string with_water = Served();
  EXPECT_NE(with_water.find("\"water_ml\":250.0"), std::string::npos);
  ExerciseInput walk{"walking-brisk", 30.0, std::nullopt, std::nullopt};
  ASSERT_TRUE(LogExercise(ctx_, user_, day_, walk).ok());
  EXPECT_NE(Served(), with_water);
}

TEST_F(DiaryDayResponsesTest, ANewWeightOrGoalIsInTheNextBudget) {
  const std::string before = Served();
  ProfileSettings settings{CivilDate{1990, 12, 2}, DisplayUnits::kMetric, "UTC", std::nullopt, MacroTargets{}, std::nullopt};
  BodyProfile lighter{Sex::kFemale, 0, Centimeters(165), Kilograms(58), ActivityLevel::kLight, WeeklyGoal{0}};
  ASSERT_TRUE(SaveCurrentProfile(ctx_, user_, settings, lighter).ok());
  EXPECT_NE(Served(), before);
}

// The budget's age is the age on the user's today: a birthday moves it with
// no write at all, so the kept body must not outlive the day before.
TEST_F(DiaryDayResponsesTest, ABirthdayMovesTheBudgetWithoutAWrite) {
  const std::string at_35 = Served();
  clock_.SetToday("UTC", CivilDate{2026, 12, 2});  // 36
  const std::string at_36 = Served();
  EXPECT_NE(at_36, at_35);
}

TEST_F(DiaryDayResponsesTest, AChangedFoodIsAnotherDay) {
  auto a = ReadDiaryDay(ctx_, user_, day_);
  ASSERT_TRUE(a.ok());
  DiaryDayInputs b = *a;
  for (auto& [id, food] : b.foods) food = std::make_shared<const Food>(*food);  // equal content, a new object
  EXPECT_FALSE(SameDiaryDay(*a, b));
}

// DiaryDayRows::version is 0 from a backend without stamps: nothing can be
// known to be the same then.
TEST_F(DiaryDayResponsesTest, WithoutAStampNoDayIsTheSame) {
  auto a = ReadDiaryDay(ctx_, user_, day_);
  ASSERT_TRUE(a.ok());
  a->rows.version = 0;
  EXPECT_FALSE(SameDiaryDay(*a, *a));
}

}  // namespace
}  // namespace platewise::http
