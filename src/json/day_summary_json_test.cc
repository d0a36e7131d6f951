#include "json/day_summary_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "json/diary_json.h"

namespace platewise {
namespace {

SharedFood MakeFood(const std::string& id, const std::string& name, std::optional<double> kcal) {
  Food f;
  f.id = id;
  f.description = name;
  if (kcal) f.per_100g.Set("energy", *kcal);
  f.per_100g.Set("magnesium", 79);
  return std::make_shared<const Food>(f);
}

TEST(DiaryDayJsonTest, HasTheDocumentedShapeWithUnknownsAsNull) {
  CivilDate day{2026, 11, 29};
  FoodsById foods = {{"11457", MakeFood("11457", "Spinach, \"raw\"", 23)},
                                             {"c1", MakeFood("c1", "Mystery", std::nullopt)}};
  std::vector<DiaryEntry> entries = {{1, day, Meal::kLunch, "11457", Grams(200), "200 g", 17},
                                     {2, day, Meal::kSnacks, "c1", Grams(50), "50 g", 18}};
  CalorieGoal goal;
  goal.budget = Kcal(1500);
  std::vector<WaterEntry> water = {{3, day, 250}, {4, day, 500}};
  std::vector<ExerciseEntry> exercise = {{5, day, "walking-brisk", "Walking, brisk", 30.0, Kcal(150.5)},
                                         {6, day, "custom", "Garden", std::nullopt, Kcal(100)}};

  auto j = nlohmann::json::parse(DiaryDayJson(SummarizeDay(day, entries, water, exercise, foods, goal)));

  EXPECT_EQ(j["date"], "2026-11-29");
  EXPECT_TRUE(j["meals"]["breakfast"].empty());
  EXPECT_TRUE(j["meals"]["dinner"].empty());
  ASSERT_EQ(j["meals"]["lunch"].size(), 1u);
  EXPECT_EQ(j["meals"]["lunch"][0],
            nlohmann::json({{"id", 1}, {"food_id", "11457"}, {"name", "Spinach, \"raw\""}, {"grams", 200.0},
                            {"amount", "200 g"}, {"energy_kcal", 46.0}, {"version", 17}}));
  EXPECT_TRUE(j["meals"]["snacks"][0]["energy_kcal"].is_null());  // not analysed, not 0
  EXPECT_EQ(j["totals"]["energy_kcal"], 46.0);
  EXPECT_EQ(j["missing_entries"]["energy_kcal"], 1);
  EXPECT_DOUBLE_EQ(j["totals"]["magnesium_mg"].get<double>(), 158 + 39.5);
  EXPECT_TRUE(j["totals"]["fiber_g"].is_null());
  EXPECT_EQ(j["budget_kcal"], 1500.0);
  EXPECT_EQ(j["water_ml"], 750.0);
  EXPECT_EQ(j["exercise_kcal"], 250.5);
  EXPECT_DOUBLE_EQ(j["remaining_kcal"].get<double>(), 1500 + 250.5 - 46);
  // The embedded water and exercise objects are the API's own.
  ASSERT_EQ(j["water"].size(), 2u);
  EXPECT_EQ(j["water"][1], WaterJson(water[1]));
  ASSERT_EQ(j["exercise"].size(), 2u);
  EXPECT_EQ(j["exercise"][0], ExerciseJson(exercise[0]));
  EXPECT_EQ(j["exercise"][1], ExerciseJson(exercise[1]));
}

TEST(DiaryDayJsonTest, WithoutAProfileBudgetAndRemainingAreNull) {
  auto j = nlohmann::json::parse(DiaryDayJson(SummarizeDay(CivilDate{2026, 1, 1}, {}, {}, {}, {}, std::nullopt)));
  EXPECT_TRUE(j["budget_kcal"].is_null());
  EXPECT_TRUE(j["remaining_kcal"].is_null());
  EXPECT_TRUE(j["totals"]["energy_kcal"].is_null());
  EXPECT_EQ(j["water_ml"], 0.0);
  EXPECT_TRUE(j["macros"].is_null());  // no targets without a budget
}

TEST(DiaryDayJsonTest, TheMacrosGiveGramsPercentAndTargets) {
  DaySummary day = SummarizeDay(CivilDate{2026, 1, 1}, {}, {}, {}, {}, std::nullopt);
  day.macros = BreakDownMacros({30, 0}, {50, 2}, {20, 0}, ComputeMacroGoal(MacroTargets{}, Kcal(2000)));
  auto j = nlohmann::json::parse(DiaryDayJson(day));
  EXPECT_EQ(j["macros"]["unit"], "percent");
  EXPECT_EQ(j["macros"]["protein"]["grams"], 30.0);
  EXPECT_NEAR(j["macros"]["protein"]["percent"].get<double>(), 24, 1e-9);
  EXPECT_EQ(j["macros"]["carbohydrate"]["missing_entries"], 2);
  EXPECT_NEAR(j["macros"]["fat"]["target_grams"].get<double>(), 2000 * 0.3 / 9, 1e-9);
  EXPECT_EQ(j["macros"]["fat"]["target_percent"], 30.0);
  EXPECT_TRUE(j["macros"]["notes"].empty());
}

}  // namespace
}  // namespace platewise
