#include "core/diary/day_summary.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

Food MakeFood(const std::string& id, std::initializer_list<std::pair<const char*, double>> values) {
  Food f;
  f.id = id;
  f.description = "food " + id;
  for (const auto& [k, v] : values) f.per_100g.Set(k, v);
  return f;
}

FoodsById Shared(const std::map<std::string, Food>& foods) {
  FoodsById out;
  for (const auto& [id, f] : foods) out.emplace(id, std::make_shared<const Food>(f));
  return out;
}

TEST(SummarizeDayTest, AddsKnownValuesAndCountsNotAnalysedEntries) {
  std::map<std::string, Food> foods = {
      {"11457", MakeFood("11457", {{"energy", 23}, {"magnesium", 79}, {"protein", 2.86}})},
      {"12061", MakeFood("12061", {{"energy", 575}, {"magnesium", 268}})},
      {"99001", MakeFood("99001", {{"energy", 100}})},  // magnesium not analysed
  };
  CivilDate day{2026, 11, 29};
  std::vector<DiaryEntry> entries = {
      {1, day, Meal::kBreakfast, "11457", Grams(200), "200g"},
      {2, day, Meal::kSnacks, "12061", Grams(30), "30g"},
      {3, day, Meal::kSnacks, "99001", Grams(50), "50g"},
  };
  CalorieGoal goal;
  goal.budget = Kcal(1500);
  DaySummary s = SummarizeDay(day, entries, {}, {}, Shared(foods), goal);

  EXPECT_NEAR(*s.totals["energy"].amount, 46 + 172.5 + 50, 1e-9);
  EXPECT_EQ(s.totals["energy"].missing_entries, 0);
  EXPECT_NEAR(*s.totals["magnesium"].amount, 158 + 80.4, 1e-9);
  EXPECT_EQ(s.totals["magnesium"].missing_entries, 1);
  EXPECT_NEAR(*s.totals["protein"].amount, 5.72, 1e-9);
  EXPECT_EQ(s.totals["protein"].missing_entries, 2);
  // No entry has fiber: unknown, never 0.
  EXPECT_FALSE(s.totals["fiber"].amount.has_value());
  EXPECT_EQ(s.totals["fiber"].missing_entries, 3);

  EXPECT_NEAR(*s.remaining_kcal, 1500 - 268.5, 1e-9);
  EXPECT_EQ(s.meals[Meal::kBreakfast].size(), 1u);
  EXPECT_EQ(s.meals[Meal::kSnacks].size(), 2u);
  EXPECT_TRUE(s.meals[Meal::kLunch].empty());
}

// Regression (one core): `platewise log day` left exercise out of calories
// remaining while the API added it. The one summary adds it for both.
TEST(SummarizeDayTest, ExerciseAddsToTheBudgetInCaloriesRemaining) {
  std::map<std::string, Food> foods = {{"11457", MakeFood("11457", {{"energy", 23}})}};
  CivilDate day{2026, 11, 29};
  std::vector<DiaryEntry> entries = {{1, day, Meal::kLunch, "11457", Grams(200), "200g"}};
  std::vector<ExerciseEntry> exercise = {{1, day, "walking-brisk", "Walking", 30.0, Kcal(150)},
                                         {2, day, "custom", "Garden", std::nullopt, Kcal(100)}};
  std::vector<WaterEntry> water = {{1, day, 250}, {2, day, 500}};
  CalorieGoal goal;
  goal.budget = Kcal(1500);
  DaySummary s = SummarizeDay(day, entries, water, exercise, Shared(foods), goal);
  EXPECT_DOUBLE_EQ(s.exercise_kcal, 250);
  EXPECT_DOUBLE_EQ(s.water_ml, 750);
  EXPECT_NEAR(*s.remaining_kcal, 1500 + 250 - 46, 1e-9);
}

TEST(SummarizeDayTest, EmptyDayHasEveryMealAndUnknownTotals) {
  DaySummary s = SummarizeDay(CivilDate{2026, 1, 1}, {}, {}, {}, {}, std::nullopt);
  EXPECT_EQ(s.meals.size(), 4u);
  EXPECT_FALSE(s.totals["energy"].amount.has_value());
  EXPECT_FALSE(s.remaining_kcal.has_value());
}

}  // namespace
}  // namespace platewise
