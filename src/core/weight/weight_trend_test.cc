#include "core/weight/weight_trend.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

CivilDate Nov(int day) { return {2026, 11, day}; }

TEST(WeightTrendTest, WorkedExampleWithAGapAndTwoWeighInsOnOneDay) {
  // Given out of order. Nov 4 has two weigh-ins (mean 99.0); Nov 5-6 are
  // missing and filled in on the line from 99.0 (Nov 4) to 99.6 (Nov 7).
  const std::vector<WeighIn> in = {
      {Nov(2), Kilograms(101.0)}, {Nov(1), Kilograms(100.0)}, {Nov(3), Kilograms(99.0)},
      {Nov(4), Kilograms(98.6)},  {Nov(4), Kilograms(99.4)},  {Nov(7), Kilograms(99.6)},
  };
  // By hand, T(n) = T(n-1) + 0.1 x (W(n) - T(n-1)):
  //   Nov 1  W 100.0  T 100.0
  //   Nov 2  W 101.0  T 100.0 + 0.1 x 1.0        = 100.1
  //   Nov 3  W  99.0  T 100.1 + 0.1 x (-1.1)     = 99.99
  //   Nov 4  W  99.0  T 99.99 + 0.1 x (-0.99)    = 99.891
  //   Nov 5  W  99.2  T 99.891 + 0.1 x (-0.691)  = 99.8219   (filled)
  //   Nov 6  W  99.4  T 99.8219 + 0.1 x (-0.4219) = 99.77971 (filled)
  //   Nov 7  W  99.6  T 99.77971 + 0.1 x (-0.17971) = 99.761739
  struct Expected {
    int day;
    bool measured;
    double weight;
    double trend;
  };
  const Expected kExpected[] = {
      {1, true, 100.0, 100.0},   {2, true, 101.0, 100.1},    {3, true, 99.0, 99.99},     {4, true, 99.0, 99.891},
      {5, false, 99.2, 99.8219}, {6, false, 99.4, 99.77971}, {7, true, 99.6, 99.761739},
  };
  auto trend = WeightTrend(in);
  ASSERT_EQ(trend.size(), std::size(kExpected));
  for (size_t i = 0; i < trend.size(); ++i) {
    const auto& e = kExpected[i];
    EXPECT_EQ(trend[i].date, Nov(e.day));
    EXPECT_EQ(trend[i].measured.has_value(), e.measured) << e.day;
    if (e.measured) {
      EXPECT_NEAR(trend[i].measured->value(), e.weight, 1e-12) << e.day;
    }
    EXPECT_NEAR(trend[i].weight.value(), e.weight, 1e-12) << e.day;
    EXPECT_NEAR(trend[i].trend.value(), e.trend, 1e-9) << e.day;
  }
}

TEST(WeightTrendTest, EdgeCases) {
  EXPECT_TRUE(WeightTrend({}).empty());
  auto one = WeightTrend({{Nov(5), Kilograms(80)}});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].trend.value(), 80);
  // A month-end gap is counted in calendar days (Nov 29 -> Dec 2 is 3 days).
  auto gap = WeightTrend({{Nov(29), Kilograms(80)}, {{2026, 12, 2}, Kilograms(83)}});
  ASSERT_EQ(gap.size(), 4u);
  EXPECT_EQ(gap[1].date, Nov(30));
  EXPECT_EQ(gap[2].date, (CivilDate{2026, 12, 1}));
  EXPECT_NEAR(gap[1].weight.value(), 81, 1e-12);
  // 80 -> 80.1 (W 81) -> 80.29 (W 82) -> 80.561 (W 83).
  EXPECT_NEAR(gap[3].trend.value(), 80.561, 1e-9);
}

TEST(WeightTrendTest, DailyWeighInsAveragesAndSorts) {
  auto daily = DailyWeighIns({{Nov(3), Kilograms(70)}, {Nov(1), Kilograms(71)}, {Nov(3), Kilograms(72)}});
  ASSERT_EQ(daily.size(), 2u);
  EXPECT_EQ(daily[0].date, Nov(1));
  EXPECT_EQ(daily[1].date, Nov(3));
  EXPECT_DOUBLE_EQ(daily[1].weight.value(), 71);
}

}  // namespace
}  // namespace platewise
