#include "core/weight/expenditure_estimate.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/diary/day_number.h"
#include "core/weight/body_model.h"

namespace platewise {
namespace {

const CivilDate kToday{2026, 11, 29};
const Kilograms kFat(30);

CivilDate Day(int i) { return AddDays(kToday, -(kExpenditureWindowDays - 1) + i); }  // Day(27) is today

TEST(ExpenditureEstimateTest, UsesTheFormulaAloneUntilFourteenDaysHaveBoth) {
  std::vector<WeighIn> weights;
  std::vector<IntakeDay> food;
  for (int i = 0; i < 13; ++i) {
    weights.push_back({Day(i), Kilograms(90 - 0.1 * i)});
    food.push_back({Day(i), Kcal(1800), true});
  }
  food.push_back({Day(13), Kcal(900), false});  // partly logged: does not count
  weights.push_back({Day(13), Kilograms(88.7)});
  auto e = EstimateExpenditure(weights, food, kToday, Kcal(2500), kFat);
  EXPECT_EQ(e.days_with_both, 13);
  EXPECT_EQ(e.fully_logged_days, 13);
  EXPECT_EQ(e.partly_logged_days, 1);
  EXPECT_FALSE(e.observed.has_value());
  EXPECT_FALSE(e.mean_intake.has_value());
  EXPECT_EQ(e.estimate.value(), 2500);
  EXPECT_EQ(e.estimate_sd.value(), 250);
  EXPECT_EQ(e.data_share, 0);
  EXPECT_EQ(e.window_start, (CivilDate{2026, 11, 2}));
}

TEST(ExpenditureEstimateTest, ExactLogsGiveTheExactBalance) {
  // 2000 kcal a day and exactly 0.08 kg a day less: the balance is
  // -0.08 x 7475.069 = -598.0 kcal, so expenditure is 2598.0.
  std::vector<WeighIn> weights;
  std::vector<IntakeDay> food;
  for (int i = 0; i < kExpenditureWindowDays; ++i) {
    weights.push_back({Day(i), Kilograms(95 - 0.08 * i)});
    food.push_back({Day(i), Kcal(2000), true});
  }
  // Outside the window: ignored.
  weights.push_back({AddDays(kToday, -40), Kilograms(120)});
  food.push_back({AddDays(kToday, -40), Kcal(5000), true});
  food.push_back({AddDays(kToday, 1), Kcal(5000), true});
  auto e = EstimateExpenditure(weights, food, kToday, Kcal(2300), kFat);
  ASSERT_TRUE(e.observed.has_value());
  EXPECT_EQ(e.days_with_both, 28);
  EXPECT_NEAR(*e.weight_slope_kg_per_day, -0.08, 1e-12);
  EXPECT_NEAR(*e.energy_density_kcal_per_kg, EnergyDensityOfChange(kFat), 1e-9);
  EXPECT_NEAR(e.mean_intake->value(), 2000, 1e-9);
  EXPECT_NEAR(e.observed->value(), 2000 + 0.08 * EnergyDensityOfChange(kFat), 1e-6);
  EXPECT_NEAR(e.observed_sd->value(), 0, 1e-6);
  EXPECT_NEAR(e.data_share, 1, 1e-9);
  EXPECT_NEAR(e.estimate.value(), e.observed->value(), 1e-3);
}

TEST(ExpenditureEstimateTest, RecoversAKnownExpenditureFromNoisyIncompleteLogs) {
  // A person who really burns 2600 kcal/day eats about 2100 (+-300 day to
  // day); the scale adds +-0.6 kg of water noise. They skip the scale one day
  // a week, log two days only partly (60% of what they ate) and one not at
  // all. The formula thinks they burn 2300.
  constexpr double kTrueExpenditure = 2600;
  const double density = EnergyDensityOfChange(kFat);
  for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> eaten(2100, 300);
    std::normal_distribution<double> scale_noise(0, 0.6);
    std::vector<WeighIn> weights;
    std::vector<IntakeDay> food;
    double tissue = 95;
    for (int i = 0; i < kExpenditureWindowDays; ++i) {
      if (i % 7 != 3) weights.push_back({Day(i), Kilograms(tissue + scale_noise(rng))});
      const double kcal = eaten(rng);
      if (i == 5 || i == 12) {
        food.push_back({Day(i), Kcal(0.6 * kcal), false});
      } else if (i != 20) {
        food.push_back({Day(i), Kcal(kcal), true});
      }
      tissue += (kcal - kTrueExpenditure) / density;
    }
    auto e = EstimateExpenditure(weights, food, kToday, Kcal(2300), kFat);
    ASSERT_TRUE(e.observed.has_value()) << seed;
    EXPECT_EQ(e.partly_logged_days, 2);
    EXPECT_EQ(e.fully_logged_days, 25);
    EXPECT_EQ(e.days_with_both, 21);  // 24 weigh-ins, 3 of them on days not fully logged
    EXPECT_LT(e.observed_sd->value(), 250) << seed;
    EXPECT_NEAR(e.observed->value(), kTrueExpenditure, 3 * e.observed_sd->value()) << seed;
    // The blend moves from the formula towards the data and is surer than either.
    EXPECT_GT(e.data_share, 0.4) << seed;
    EXPECT_LT(e.estimate_sd.value(), std::min(e.formula_sd.value(), e.observed_sd->value()));
    const double lo = std::min(2300.0, e.observed->value()), hi = std::max(2300.0, e.observed->value());
    EXPECT_GE(e.estimate.value(), lo);
    EXPECT_LE(e.estimate.value(), hi);
    // Inverse-variance weighting.
    const double vp = 230.0 * 230.0, vo = std::pow(e.observed_sd->value(), 2);
    EXPECT_NEAR(e.estimate.value(), (2300 / vp + e.observed->value() / vo) / (1 / vp + 1 / vo), 1e-6);
  }
}

}  // namespace
}  // namespace platewise
