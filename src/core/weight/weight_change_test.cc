#include "core/weight/weight_change.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

TEST(WeightChangeTest, FirstAndLastWeighInWithTheRatePerWeek) {
  std::vector<WeighIn> w = {{{2026, 11, 15}, Kilograms(79)}, {{2026, 11, 1}, Kilograms(80)},
                            {{2026, 11, 8}, Kilograms(80.2)}};
  auto c = WeightChangeOf(w);
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->first.date, (CivilDate{2026, 11, 1}));
  EXPECT_EQ(c->last.date, (CivilDate{2026, 11, 15}));
  EXPECT_EQ(c->weigh_ins, 3);
  EXPECT_DOUBLE_EQ(c->change_kg, -1);
  ASSERT_TRUE(c->kg_per_week.has_value());
  EXPECT_DOUBLE_EQ(*c->kg_per_week, -0.5);  // 1 kg over 14 days
}

TEST(WeightChangeTest, OneDayHasNoRateAndNoWeighInsHaveNoChange) {
  auto c = WeightChangeOf({{{2026, 11, 1}, Kilograms(80)}, {{2026, 11, 1}, Kilograms(81)}});
  ASSERT_TRUE(c.has_value());
  EXPECT_DOUBLE_EQ(c->first.weight.value(), 80.5);  // the day's mean
  EXPECT_EQ(c->weigh_ins, 1);
  EXPECT_FALSE(c->kg_per_week.has_value());
  EXPECT_FALSE(WeightChangeOf({}).has_value());
}

}  // namespace
}  // namespace platewise
