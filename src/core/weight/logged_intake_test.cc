#include "core/weight/logged_intake.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

SharedFood FoodWithEnergy(const std::string& id, std::optional<double> kcal_per_100g) {
  Food f;
  f.id = id;
  if (kcal_per_100g) f.per_100g.Set("energy", *kcal_per_100g);
  return std::make_shared<const Food>(f);
}

const FoodsById kFoods = {
    {"oats", FoodWithEnergy("oats", 380)},
    {"soup", FoodWithEnergy("soup", 50)},
    {"mystery", FoodWithEnergy("mystery", std::nullopt)},  // energy not analysed
};

DiaryEntry E(CivilDate date, Meal meal, const char* food, double grams) {
  return {0, date, meal, food, Grams(grams), ""};
}

TEST(LoggedIntakeDaysTest, SumsEnergyPerDayAndAppliesTheThreeOfFourMealsRule) {
  const CivilDate d1{2026, 11, 1}, d2{2026, 11, 2}, d3{2026, 11, 3}, d4{2026, 11, 4};
  std::vector<DiaryEntry> entries = {
      // d1: breakfast, lunch, dinner: fully logged. 380*0.5 + 50*4 + 380*1 = 770.
      E(d1, Meal::kBreakfast, "oats", 50), E(d1, Meal::kLunch, "soup", 400), E(d1, Meal::kDinner, "oats", 100),
      // d2: two meals only (two entries at lunch): partly logged. 380*0.8 + 50*2 + 50*2 = 504.
      E(d2, Meal::kBreakfast, "oats", 80), E(d2, Meal::kLunch, "soup", 200), E(d2, Meal::kLunch, "soup", 200),
      // d3: four meals but one food without energy: partly logged, the known part summed.
      E(d3, Meal::kBreakfast, "oats", 100), E(d3, Meal::kLunch, "soup", 100), E(d3, Meal::kDinner, "mystery", 300),
      E(d3, Meal::kSnacks, "oats", 10),
      // d4: all four meals.
      E(d4, Meal::kSnacks, "soup", 100), E(d4, Meal::kBreakfast, "oats", 100), E(d4, Meal::kLunch, "oats", 100),
      E(d4, Meal::kDinner, "oats", 100),
  };
  struct Expected {
    CivilDate date;
    double kcal;
    bool fully_logged;
  };
  const Expected kExpected[] = {
      {d1, 770, true},
      {d2, 504, false},
      {d3, 380 + 50 + 38, false},
      {d4, 50 + 3 * 380, true},
  };
  std::vector<IntakeDay> days = LoggedIntakeDays(entries, kFoods);
  ASSERT_EQ(days.size(), std::size(kExpected));
  for (std::size_t i = 0; i < days.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(days[i].date, kExpected[i].date);
    EXPECT_NEAR(days[i].intake.value(), kExpected[i].kcal, 1e-9);
    EXPECT_EQ(days[i].fully_logged, kExpected[i].fully_logged);
  }
}

TEST(LoggedIntakeDaysTest, OrdersByDateAndCountsAFoodWithoutEnergyAsNotAnalysed) {
  const CivilDate late{2026, 12, 5}, early{2026, 11, 5};
  std::vector<DiaryEntry> entries = {
      E(late, Meal::kBreakfast, "oats", 100), E(late, Meal::kLunch, "oats", 100), E(late, Meal::kDinner, "mystery", 100),
      E(early, Meal::kBreakfast, "soup", 100),
  };
  std::vector<IntakeDay> days = LoggedIntakeDays(entries, kFoods);
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].date, early);
  EXPECT_FALSE(days[0].fully_logged);
  EXPECT_NEAR(days[0].intake.value(), 50, 1e-9);
  EXPECT_EQ(days[1].date, late);
  EXPECT_FALSE(days[1].fully_logged);
  EXPECT_NEAR(days[1].intake.value(), 760, 1e-9);
}

TEST(LoggedIntakeDaysTest, NoEntriesNoRecords) { EXPECT_TRUE(LoggedIntakeDays({}, kFoods).empty()); }

}  // namespace
}  // namespace platewise
