#include "core/weight/body_model.h"

#include <gtest/gtest.h>

#include <cmath>

namespace platewise {
namespace {

// The check value of docs/weight.md (from running the NIH Body Weight
// Planner's own code): man, 40 y, 180 cm, 100 kg, PAL 1.5.
BodyModelPerson CheckPerson() { return {Sex::kMale, 40, Centimeters(180), Kilograms(100), 1.5}; }

BodyModel MakeModel(const BodyModelPerson& person) {
  auto m = BodyModel::Create(person);
  EXPECT_TRUE(m.ok()) << m.status().message();
  return *m;
}

TEST(BodyModelTest, BaselineOfTheCheckPerson) {
  BodyModel m = MakeModel(CheckPerson());
  EXPECT_NEAR(m.baseline().rmr.value(), 1932.2, 1e-9);
  EXPECT_NEAR(m.baseline().maintenance.value(), 2898.3, 1e-9);
  // BMI 30.864: 0.14*40 + 37.31*ln(30.864) - 103.94 = 29.6183 % fat.
  EXPECT_NEAR(m.baseline().body_fat_percent, 29.6183, 1e-4);
  EXPECT_NEAR(m.baseline().fat.value() + m.baseline().lean.value(), 100, 1e-12);
  EXPECT_NEAR(m.Weight(m.InitialState()).value(), 100, 1e-12);
  EXPECT_NEAR(m.MaintenanceIntake(m.InitialState()).value(), 2898.3, 1e-9);
}

TEST(BodyModelTest, ReproducesThePlannersCheckValueToAGram) {
  BodyModel m = MakeModel(CheckPerson());
  auto days = m.Project({Kcal(2398.3), 0.5, 4000, 0}, 365);
  ASSERT_EQ(days.size(), 366u);
  EXPECT_EQ(days[0].day, 0);
  EXPECT_EQ(days[365].day, 365);
  EXPECT_DOUBLE_EQ(days[0].weight.value(), 100);
  EXPECT_NEAR(days[7].weight.value(), 99.234, 0.001);
  EXPECT_NEAR(days[90].weight.value(), 95.4017, 0.001);
  EXPECT_NEAR(days[365].weight.value(), 86.4199, 0.001);
  EXPECT_NEAR(m.Weight(m.StateAfter({Kcal(2398.3)}, 365)).value(), days[365].weight.value(), 1e-12);
}

TEST(BodyModelTest, WeightIsUnchangedAfterAYearAtMaintenance) {
  const BodyModelPerson people[] = {
      CheckPerson(),
      {Sex::kFemale, 35, Centimeters(167.64), Kilograms(72.57), 1.6},
      {Sex::kFemale, 70, Centimeters(155), Kilograms(48), 1.3},
      {Sex::kMale, 22, Centimeters(195), Kilograms(140), 2.0},
  };
  for (const auto& person : people) {
    BodyModel m = MakeModel(person);
    auto days = m.Project({m.baseline().maintenance}, 365);
    for (const auto& d : days) {
      ASSERT_NEAR(d.weight.value(), person.weight.value(), 1e-6) << "day " << d.day;
    }
  }
}

TEST(BodyModelTest, SurplusGainsDeficitLosesAndChangeSlowsOverTime) {
  for (double delta : {-800.0, -500.0, -250.0, 250.0, 500.0, 800.0}) {
    BodyModel m = MakeModel(CheckPerson());
    auto days = m.Project({m.baseline().maintenance + Kcal(delta)}, 730);
    const double sign = delta > 0 ? 1 : -1;
    for (size_t i = 1; i < days.size(); ++i) {
      ASSERT_GT(sign * (days[i].weight.value() - days[i - 1].weight.value()), 0) << delta << " day " << i;
    }
    // Weeks 2-5 (after the early water shift) against the year's last month.
    double early = sign * (days[35].weight.value() - days[7].weight.value());
    double late = sign * (days[730].weight.value() - days[702].weight.value());
    EXPECT_GT(early, 2 * late) << delta;
    // Much less than the 3500 kcal/lb straight line over two years.
    double straight = delta * 730 / 3500 * 0.45359237;
    EXPECT_LT(sign * (days[730].weight.value() - 100), 0.75 * sign * straight) << delta;
    // Fat carries most of the change for a man with 30% body fat (Forbes).
    EXPECT_GT(sign * (days[730].fat.value() - days[0].fat.value()), 0.55 * sign * (days[730].weight.value() - 100));
  }
}

TEST(BodyModelTest, MaintenanceFallsAsWeightIsLost) {
  BodyModel m = MakeModel(CheckPerson());
  BodyState after = m.StateAfter({Kcal(2398.3)}, 365);
  double maint = m.MaintenanceIntake(after).value();
  EXPECT_LT(maint, 2898.3 - 100);
  EXPECT_GT(maint, 2398.3);                                               // still losing at 2398.3 after a year
  EXPECT_GT(m.MaintenanceIntake(m.InitialState(), 0.2).value(), 2898.3);  // more activity, more food
}

TEST(BodyModelTest, LessCarbohydrateAndSodiumLoseWaterFirst) {
  BodyModel m = MakeModel(CheckPerson());
  Kcal maint = m.baseline().maintenance;
  double base = m.Project({maint}, 7)[7].weight.value();
  double low_carb = m.Project({maint, 0.2, 4000, 0}, 7)[7].weight.value();
  double low_salt = m.Project({maint, 0.5, 2000, 0}, 7)[7].weight.value();
  EXPECT_LT(low_carb, base - 0.5);  // glycogen and its water
  EXPECT_LT(low_salt, base - 0.3);  // extracellular water
}

TEST(BodyModelTest, EnergyDensityOfChangeFollowsForbes) {
  // p = C/(C+F), C = 10.4 x 1807/9440 = 1.99078; 1/((1-p)/9440 + p/1807).
  EXPECT_NEAR(EnergyDensityOfChange(Kilograms(0)), 1807, 1e-9);
  const double c = 10.4 * 1807 / 9440;
  EXPECT_NEAR(EnergyDensityOfChange(Kilograms(10)), 1 / ((10 / (c + 10)) / 9440 + (c / (c + 10)) / 1807), 1e-9);
  EXPECT_NEAR(EnergyDensityOfChange(Kilograms(30)), 7475.07, 0.01);
  EXPECT_LT(EnergyDensityOfChange(Kilograms(1000)), 9440);
}

TEST(BodyModelTest, RejectsPeopleOutsideTheModelsRange) {
  struct Case {
    BodyModelPerson person;
    const char* message_part;
  };
  const Case kCases[] = {
      {{Sex::kMale, 17, Centimeters(180), Kilograms(100), 1.5}, "age 17"},
      {{Sex::kMale, 121, Centimeters(180), Kilograms(100), 1.5}, "age 121"},
      {{Sex::kMale, NAN, Centimeters(180), Kilograms(100), 1.5}, "age nan"},
      {{Sex::kMale, 40, Centimeters(40), Kilograms(100), 1.5}, "height 40 cm"},
      {{Sex::kMale, 40, Centimeters(180), Kilograms(500), 1.5}, "weight 500 kg"},
      {{Sex::kMale, 40, Centimeters(180), Kilograms(100), 0.9}, "physical activity level 0.9"},
      {{Sex::kMale, 40, Centimeters(180), Kilograms(100), 2.6}, "physical activity level 2.6"},
  };
  for (const auto& c : kCases) {
    auto m = BodyModel::Create(c.person);
    ASSERT_FALSE(m.ok()) << c.message_part;
    EXPECT_EQ(m.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(m.status().message().find(c.message_part), std::string::npos) << m.status().message();
  }
}

TEST(BodyModelTest, RejectsDayInputsOutsideTheirRange) {
  struct Case {
    DayInputs inputs;
    const char* message_part;
  };
  const Case kCases[] = {
      {{Kcal(-1)}, "intake -1 kcal/day"},
      {{Kcal(20001)}, "intake 20001"},
      {{Kcal(2000), 1.2, 4000, 0}, "carbohydrate fraction 1.2"},
      {{Kcal(2000), -0.1, 4000, 0}, "carbohydrate fraction -0.1"},
      {{Kcal(2000), 0.5, -5, 0}, "sodium -5 mg/day"},
      {{Kcal(2000), 0.5, 4000, -1.5}, "activity change -1.5"},
  };
  for (const auto& c : kCases) {
    Status s = ValidateDayInputs(c.inputs);
    ASSERT_FALSE(s.ok()) << c.message_part;
    EXPECT_NE(s.message().find(c.message_part), std::string::npos) << s.message();
  }
  for (const DayInputs& ok :
       {DayInputs{Kcal(0)}, DayInputs{Kcal(20000), 0, 0, -1}, DayInputs{Kcal(2000), 1, 50000, 2}}) {
    EXPECT_TRUE(ValidateDayInputs(ok).ok());
  }
}

}  // namespace
}  // namespace platewise
