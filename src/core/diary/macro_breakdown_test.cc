#include "core/diary/macro_breakdown.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

// 30 g protein (120 kcal), 50 g carbohydrate (200 kcal), 20 g fat (180 kcal):
// 500 kcal, so 24% / 40% / 36%.
TEST(MacroBreakdownTest, PercentsAreSharesOfTheThreesEnergy) {
  MacroGoal goal = ComputeMacroGoal(MacroTargets{}, Kcal(2000));
  MacroBreakdown b = BreakDownMacros({30, 0}, {50, 1}, {20, 0}, goal);
  EXPECT_DOUBLE_EQ(*b.protein.grams, 30);
  EXPECT_DOUBLE_EQ(*b.protein.percent, 24);
  EXPECT_DOUBLE_EQ(*b.carbohydrate.percent, 40);
  EXPECT_DOUBLE_EQ(*b.fat.percent, 36);
  EXPECT_EQ(b.carbohydrate.missing_entries, 1);
  EXPECT_DOUBLE_EQ(b.protein.target.grams, 100);  // 20% of 2,000 kcal / 4
  EXPECT_DOUBLE_EQ(b.fat.target.percent, 30);
}

TEST(MacroBreakdownTest, AnEmptyDayHasUnknownGramsAndNoPercents) {
  MacroBreakdown b = BreakDownMacros({}, {}, {}, ComputeMacroGoal(MacroTargets{}, Kcal(1800)));
  EXPECT_FALSE(b.protein.grams);
  EXPECT_FALSE(b.protein.percent);
  EXPECT_FALSE(b.fat.percent);
  EXPECT_DOUBLE_EQ(b.carbohydrate.target.grams, 225);
}

// A food with protein only (no carbohydrate or fat analysed): 100% protein,
// the others unknown rather than 0%.
TEST(MacroBreakdownTest, AnUnknownMacroHasNoPercent) {
  MacroBreakdown b = BreakDownMacros({10, 0}, {std::nullopt, 1}, {std::nullopt, 1},
                                     ComputeMacroGoal(MacroTargets{}, Kcal(1800)));
  EXPECT_DOUBLE_EQ(*b.protein.percent, 100);
  EXPECT_FALSE(b.carbohydrate.percent);
}

}  // namespace
}  // namespace platewise
