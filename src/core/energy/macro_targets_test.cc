#include "core/energy/macro_targets.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

TEST(MacroTargetsTest, TheDefaultIsInsideEveryAmdrAndAddsUpTo100) {
  MacroTargets d;
  EXPECT_EQ(d.unit, MacroUnit::kPercent);
  EXPECT_EQ(d.protein + d.carbohydrate + d.fat, 100);
  EXPECT_TRUE(ValidateMacroTargets(d).ok());
  MacroGoal g = ComputeMacroGoal(d, Kcal(2000));
  EXPECT_FALSE(g.protein.outside_amdr);
  EXPECT_FALSE(g.carbohydrate.outside_amdr);
  EXPECT_FALSE(g.fat.outside_amdr);
  EXPECT_TRUE(g.notes.empty());
}

// 2,000 kcal at 30/40/30: 600 kcal protein / 4 = 150 g, 800 / 4 = 200 g,
// 600 / 9 = 66.67 g of fat.
TEST(MacroTargetsTest, PercentTargetsFollowTheBudgetAt449KcalPerGram) {
  MacroGoal g = ComputeMacroGoal(MacroTargets{MacroUnit::kPercent, 30, 40, 30}, Kcal(2000));
  EXPECT_DOUBLE_EQ(g.protein.grams, 150);
  EXPECT_DOUBLE_EQ(g.carbohydrate.grams, 200);
  EXPECT_NEAR(g.fat.grams, 66.667, 0.001);
  EXPECT_NEAR(g.targets_kcal.value(), 2000, 1e-9);
  MacroGoal smaller = ComputeMacroGoal(MacroTargets{MacroUnit::kPercent, 30, 40, 30}, Kcal(1500));
  EXPECT_DOUBLE_EQ(smaller.protein.grams, 112.5);
}

TEST(MacroTargetsTest, GramTargetsBecomeSharesOfTheBudget) {
  MacroGoal g = ComputeMacroGoal(MacroTargets{MacroUnit::kGrams, 100, 250, 60}, Kcal(2000));
  EXPECT_DOUBLE_EQ(g.protein.percent, 20);
  EXPECT_DOUBLE_EQ(g.carbohydrate.percent, 50);
  EXPECT_DOUBLE_EQ(g.fat.percent, 27);
  EXPECT_DOUBLE_EQ(g.targets_kcal.value(), 1940);
  EXPECT_TRUE(g.notes.empty());  // within 10% of the budget
}

TEST(MacroTargetsTest, PercentsThatDoNotAddUpTo100AreRefusedWithTheirSum) {
  Status s = ValidateMacroTargets(MacroTargets{MacroUnit::kPercent, 40, 40, 30});
  EXPECT_EQ(s.code(), StatusCode::kUnprocessable);
  EXPECT_EQ(s.field(), "fat");
  EXPECT_NE(s.message().find("add up to 110%"), std::string::npos) << s.message();
  EXPECT_TRUE(ValidateMacroTargets(MacroTargets{MacroUnit::kGrams, 40, 40, 30}).ok());  // grams need not
}

TEST(MacroTargetsTest, NegativeAndHugeValuesNameTheirField) {
  Status neg = ValidateMacroTargets(MacroTargets{MacroUnit::kGrams, -5, 100, 50});
  EXPECT_EQ(neg.field(), "protein");
  EXPECT_NE(neg.message().find("-5 g"), std::string::npos) << neg.message();
  Status huge = ValidateMacroTargets(MacroTargets{MacroUnit::kGrams, 100, 2000, 50});
  EXPECT_EQ(huge.field(), "carbohydrate");
  Status over = ValidateMacroTargets(MacroTargets{MacroUnit::kPercent, 5, 120, -25});
  EXPECT_EQ(over.field(), "carbohydrate");
}

TEST(MacroTargetsTest, ATargetOutsideTheAmdrIsKeptAndFlagged) {
  MacroTargets keto{MacroUnit::kPercent, 25, 5, 70};
  ASSERT_TRUE(ValidateMacroTargets(keto).ok());
  MacroGoal g = ComputeMacroGoal(keto, Kcal(2000));
  EXPECT_FALSE(g.protein.outside_amdr);
  EXPECT_TRUE(g.carbohydrate.outside_amdr);
  EXPECT_TRUE(g.fat.outside_amdr);
  ASSERT_EQ(g.notes.size(), 2u);
  EXPECT_EQ(g.notes[0], "carbohydrate at 5% of your energy is outside the range advised for adults (45-65%); "
                        "it is kept as you set it");
  // The edges are inside.
  MacroGoal edge = ComputeMacroGoal(MacroTargets{MacroUnit::kPercent, 35, 45, 20}, Kcal(2000));
  EXPECT_TRUE(edge.notes.empty());
}

TEST(MacroTargetsTest, GramTargetsFarFromTheBudgetAreSaidNotRefused) {
  MacroGoal g = ComputeMacroGoal(MacroTargets{MacroUnit::kGrams, 200, 300, 100}, Kcal(1500));
  // 800 + 1200 + 900 = 2,900 kcal.
  EXPECT_DOUBLE_EQ(g.targets_kcal.value(), 2900);
  ASSERT_FALSE(g.notes.empty());
  EXPECT_EQ(g.notes.back(), "your gram targets add up to 2,900 kcal, 1,400 kcal more than your budget of 1,500 kcal");
}

TEST(MacroTargetsTest, UnitNamesRoundTrip) {
  EXPECT_EQ(*ParseMacroUnit(MacroUnitName(MacroUnit::kGrams)), MacroUnit::kGrams);
  EXPECT_EQ(*ParseMacroUnit(MacroUnitName(MacroUnit::kPercent)), MacroUnit::kPercent);
  EXPECT_FALSE(ParseMacroUnit("kcal").ok());
}

}  // namespace
}  // namespace platewise
