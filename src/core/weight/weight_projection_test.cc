#include "core/weight/weight_projection.h"

#include <gtest/gtest.h>

#include <random>

#include "core/diary/day_number.h"
#include "core/weight/body_model.h"

namespace platewise {
namespace {

const CivilDate kToday{2026, 11, 29};
constexpr double kKgPerLb = 0.45359237;

BodyProfile Man(ActivityLevel activity, WeeklyGoal goal) {
  return {Sex::kMale, 40, Centimeters(180), Kilograms(100), activity, goal};
}

TEST(WeightProjectionTest, WithoutLogsProjectsTheBudgetFromTheProfile) {
  ProjectionRequest req;
  req.profile = Man(ActivityLevel::kModerate, WeeklyGoal{-1});
  req.goal_weight = Kilograms(90);
  req.today = kToday;
  auto p = ProjectWeight(req);
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p->start_weight_source, StartWeightSource::kProfile);
  EXPECT_EQ(p->start_weight.value(), 100);
  EXPECT_EQ(p->intake_source, IntakeSource::kBudget);
  EXPECT_EQ(p->intake_days, 0);
  EXPECT_FALSE(p->pal_calibrated);
  EXPECT_EQ(p->pal, 1.55);
  // Model RMR 9.99*100 + 6.25*180 - 4.92*40 + 5 = 1932.2; budget is the
  // Mifflin-St Jeor form: (10*100 + 6.25*180 - 5*40 + 5) * 1.55 - 500.
  EXPECT_NEAR(p->maintenance.value(), 1932.2 * 1.55, 1e-9);
  EXPECT_NEAR(p->intake.value(), 1930 * 1.55 - 500, 1e-9);
  EXPECT_NEAR(p->budget.value(), 1930 * 1.55 - 500, 1e-9);
  EXPECT_FALSE(p->recalibrated_budget.has_value());
  EXPECT_FALSE(p->expenditure.observed.has_value());
  ASSERT_EQ(p->days.size(), 366u);
  EXPECT_EQ(p->days[0].date, kToday);
  EXPECT_EQ(p->days[365].date, (CivilDate{2027, 11, 29}));
  EXPECT_EQ(p->days[0].model.value(), 100);
  EXPECT_EQ(p->days[0].straight_line.value(), 100);
  const double straight_per_day = (p->intake - p->maintenance).value() / 3500 * kKgPerLb;
  EXPECT_NEAR(p->days[365].straight_line.value(), 100 + 365 * straight_per_day, 1e-9);
  EXPECT_GT(p->days[365].model.value(), p->days[365].straight_line.value() + 5);
  // Goal dates: the straight line by arithmetic, the model much later.
  ASSERT_TRUE(p->straight_line_goal_date.has_value());
  const int straight_days = static_cast<int>(std::ceil(-10 / straight_per_day));
  EXPECT_EQ(*p->straight_line_goal_date, AddDays(kToday, straight_days));
  ASSERT_TRUE(p->model_goal_date.has_value());
  const int model_days = DaysBetween(kToday, *p->model_goal_date);
  EXPECT_GT(model_days, straight_days + 60);
  EXPECT_LE(p->days[model_days].model.value(), 90);
  EXPECT_GT(p->days[model_days - 1].model.value(), 90);
  EXPECT_NE(p->explanation.find("loss slows"), std::string::npos) << p->explanation;
}

TEST(WeightProjectionTest, AMonthOfLogsGivesAnEstimateACalibratedModelAndARecalibratedBudget) {
  // The profile says "light" (PAL 1.375), but the person really burns like
  // PAL 1.7: the log must show it. Simulated with the model itself, eating
  // 2300 kcal a day, weighed every morning with +-0.4 kg of noise.
  auto truth = BodyModel::Create({Sex::kMale, 40, Centimeters(180), Kilograms(100), 1.7});
  ASSERT_TRUE(truth.ok());
  std::mt19937 rng(42);
  std::normal_distribution<double> noise(0, 0.4);
  ProjectionRequest req;
  req.profile = Man(ActivityLevel::kLight, WeeklyGoal{-1});
  req.goal_weight = Kilograms(92);
  req.today = kToday;
  BodyState s = truth->InitialState();
  for (int i = 30; i >= 0; --i) {
    const CivilDate d = AddDays(kToday, -i);
    req.weigh_ins.push_back({d, Kilograms(truth->Weight(s).value() + noise(rng))});
    req.intakes.push_back({d, Kcal(2300), true});
    s = truth->Step(s, {Kcal(2300)});
  }
  req.weigh_ins.push_back({AddDays(kToday, 1), Kilograms(50)});  // the future: ignored
  req.intakes.push_back({AddDays(kToday, 1), Kcal(9000), true});
  auto p = ProjectWeight(req);
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p->start_weight_source, StartWeightSource::kTrend);
  EXPECT_EQ(p->trend.size(), 31u);
  EXPECT_EQ(p->start_weight.value(), p->trend.back().trend.value());
  EXPECT_EQ(p->intake_source, IntakeSource::kLoggedDays);
  EXPECT_EQ(p->intake_days, 14);
  EXPECT_NEAR(p->intake.value(), 2300, 1e-9);
  const auto& e = p->expenditure;
  ASSERT_TRUE(e.observed.has_value());
  EXPECT_EQ(e.days_with_both, 28);
  // The true expenditure is about 1.7 x 1932 = 3285 falling a little with
  // weight; the formula says 1.375 x RMR, about 2650. The estimate moves most
  // of the way to the truth.
  EXPECT_NEAR(e.observed->value(), 3200, 3 * e.observed_sd->value() + 150);
  EXPECT_GT(e.estimate.value(), e.formula.value() + 300);
  EXPECT_TRUE(p->pal_calibrated);
  EXPECT_NEAR(p->pal, e.estimate.value() / p->rmr.value(), 1e-9);
  EXPECT_NEAR(p->maintenance.value(), e.estimate.value(), 1e-6);
  ASSERT_TRUE(p->recalibrated_budget.has_value());
  EXPECT_NEAR(p->recalibrated_budget->value(), e.estimate.value() - 500, 1e-9);
  EXPECT_LT(p->budget.value(), p->recalibrated_budget->value());
  ASSERT_TRUE(p->model_goal_date.has_value());
  ASSERT_TRUE(p->straight_line_goal_date.has_value());
  EXPECT_GT(*p->model_goal_date, *p->straight_line_goal_date);
  EXPECT_NE(p->explanation.find("deficit shrinks"), std::string::npos) << p->explanation;
}

TEST(WeightProjectionTest, ExplainsFlatAndGainingLines) {
  ProjectionRequest req;
  req.profile = Man(ActivityLevel::kModerate, WeeklyGoal{0});
  req.today = kToday;
  req.days = 90;
  auto flat = ProjectWeight(req);
  ASSERT_TRUE(flat.ok());
  EXPECT_EQ(flat->days.size(), 91u);
  EXPECT_NE(flat->explanation.find("both lines stay nearly flat"), std::string::npos) << flat->explanation;
  EXPECT_FALSE(flat->model_goal_date.has_value());

  req.profile.goal = WeeklyGoal{1};
  req.goal_weight = Kilograms(80);  // the other way: never reached
  auto gain = ProjectWeight(req);
  ASSERT_TRUE(gain.ok());
  EXPECT_NE(gain->explanation.find("gain slows"), std::string::npos) << gain->explanation;
  EXPECT_LT(gain->days.back().model.value(), gain->days.back().straight_line.value());
  EXPECT_FALSE(gain->model_goal_date.has_value());
  EXPECT_FALSE(gain->straight_line_goal_date.has_value());

  req.goal_weight = Kilograms(100);  // already there
  auto there = ProjectWeight(req);
  ASSERT_TRUE(there.ok());
  EXPECT_EQ(there->model_goal_date, kToday);
  EXPECT_EQ(there->straight_line_goal_date, kToday);
}

TEST(WeightProjectionTest, RejectsWhatIsOutOfRange) {
  struct Case {
    int days;
    std::optional<Kilograms> goal;
    double age;
    const char* message_part;
  };
  const Case kCases[] = {
      {0, std::nullopt, 40, "projection of 0 days"},
      {3651, std::nullopt, 40, "projection of 3651 days"},
      {365, Kilograms(10), 40, "goal weight 10"},
      {365, std::nullopt, 15, "age 15"},
  };
  for (const auto& c : kCases) {
    ProjectionRequest req;
    req.profile = Man(ActivityLevel::kLight, WeeklyGoal{-1});
    req.profile.age_years = c.age;
    req.today = kToday;
    req.days = c.days;
    req.goal_weight = c.goal;
    auto p = ProjectWeight(req);
    ASSERT_FALSE(p.ok()) << c.message_part;
    EXPECT_NE(p.status().message().find(c.message_part), std::string::npos) << p.status().message();
  }
}

}  // namespace
}  // namespace platewise
