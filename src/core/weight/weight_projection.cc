#include "core/weight/weight_projection.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/diary/day_number.h"
#include "core/units/body_units.h"
#include "core/weight/body_model.h"

namespace platewise {
namespace {

constexpr double kKgPerPound = kGramsPerPound / 1000;
// Closer to maintenance than this, the lines are called flat.
constexpr double kFlatKcal = 25;

// Mean intake of the latest kIntakeMeanDays fully logged days up to today.
std::optional<std::pair<Kcal, int>> RecentIntake(const std::vector<IntakeDay>& intakes, const CivilDate& today) {
  std::map<CivilDate, std::pair<double, bool>> days;  // kcal, fully logged
  for (const IntakeDay& d : intakes) {
    if (d.date > today) continue;
    auto [it, fresh] = days.try_emplace(d.date, 0.0, true);
    it->second.first += d.intake.value();
    it->second.second = it->second.second && d.fully_logged;
  }
  double sum = 0;
  int n = 0;
  for (auto it = days.rbegin(); it != days.rend() && n < kIntakeMeanDays; ++it) {
    if (!it->second.second) continue;
    sum += it->second.first;
    ++n;
  }
  if (n == 0) return std::nullopt;
  return std::make_pair(Kcal(sum / n), n);
}

std::string Explain(const WeightProjection& p) {
  char buf[400];
  const double gap = p.intake.value() - p.maintenance.value();
  const ProjectionPoint& end = p.days.back();
  if (std::abs(gap) < kFlatKcal) {
    std::snprintf(buf, sizeof buf,
                  "You eat about what you burn (%.0f of %.0f kcal a day), so both lines stay nearly flat.",
                  p.intake.value(), p.maintenance.value());
  } else if (gap < 0) {
    std::snprintf(buf, sizeof buf,
                  "The straight line counts every 3500 kcal you do not eat as a pound gone for good, but a "
                  "lighter body burns less, so the %.0f kcal a day deficit shrinks and loss slows: after %d days "
                  "the model has you at %.1f kg, not %.1f kg.",
                  -gap, end.day, end.model.value(), end.straight_line.value());
  } else {
    std::snprintf(buf, sizeof buf,
                  "The straight line counts every 3500 kcal over maintenance as a pound gained for good, but a "
                  "heavier body burns more, so the %.0f kcal a day surplus shrinks and gain slows: after %d days "
                  "the model has you at %.1f kg, not %.1f kg.",
                  gap, end.day, end.model.value(), end.straight_line.value());
  }
  return buf;
}

}  // namespace

Result<WeightProjection> ProjectWeight(const ProjectionRequest& r) {
  if (r.days < 1 || r.days > kMaxProjectionDays) {
    return Status::InvalidArgument("projection of " + std::to_string(r.days) + " days is outside 1-" +
                                   std::to_string(kMaxProjectionDays));
  }
  if (r.goal_weight && !(r.goal_weight->value() >= kMinWeightKg && r.goal_weight->value() <= kMaxWeightKg)) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "goal weight %g kg is outside %g-%g kg", r.goal_weight->value(), kMinWeightKg,
                  kMaxWeightKg);
    return Status::InvalidArgument(buf);
  }
  WeightProjection p;
  p.start_date = r.today;
  p.goal_weight = r.goal_weight;
  // Weigh-ins after today are not known yet.
  std::vector<WeighIn> past;
  for (const WeighIn& w : r.weigh_ins)
    if (w.date <= r.today) past.push_back(w);
  p.trend = WeightTrend(past);
  p.start_weight = p.trend.empty() ? r.profile.weight : p.trend.back().trend;
  p.start_weight_source = p.trend.empty() ? StartWeightSource::kProfile : StartWeightSource::kTrend;

  BodyModelPerson person{r.profile.sex, r.profile.age_years, r.profile.height, p.start_weight,
                         ActivityFactor(r.profile.activity)};
  auto model = BodyModel::Create(person);
  if (!model.ok()) return model.status();
  p.expenditure = EstimateExpenditure(past, r.intakes, r.today, model->baseline().maintenance, model->baseline().fat);
  if (p.expenditure.observed) {
    person.pal = std::clamp(p.expenditure.estimate.value() / model->baseline().rmr.value(), kMinPal, kMaxPal);
    model = BodyModel::Create(person);
    if (!model.ok()) return model.status();
    p.pal_calibrated = true;
  }
  p.pal = person.pal;
  p.rmr = model->baseline().rmr;
  p.maintenance = model->baseline().maintenance;

  BodyProfile now = r.profile;
  now.weight = p.start_weight;
  const CalorieGoal goal = ComputeCalorieGoal(now);
  p.budget = r.budget.value_or(goal.budget);
  if (p.expenditure.observed) {
    p.recalibrated_budget = ComputeCalorieGoalOn(now, p.expenditure.estimate).budget;
  }
  if (auto recent = RecentIntake(r.intakes, r.today)) {
    p.intake = recent->first;
    p.intake_days = recent->second;
    p.intake_source = IntakeSource::kLoggedDays;
  } else {
    p.intake = p.budget;
    p.intake_source = IntakeSource::kBudget;
  }
  DayInputs inputs{p.intake};
  PW_RETURN_IF_ERROR(ValidateDayInputs(inputs));

  const double straight_kg_per_day = (p.intake - p.maintenance).value() / kKcalPerPound * kKgPerPound;
  const double start = p.start_weight.value();
  const double goal_kg = r.goal_weight ? r.goal_weight->value() : 0;
  const double direction = goal_kg < start ? -1 : 1;  // which way the goal lies
  auto reached = [&](double w) { return r.goal_weight && direction * (w - goal_kg) >= 0; };

  BodyState s = model->InitialState();
  const int last = std::max(r.days, r.goal_weight ? kGoalSearchDays : 0);
  for (int day = 0; day <= last; ++day) {
    const double w = model->Weight(s).value();
    if (day <= r.days) {
      p.days.push_back({day, AddDays(r.today, day), Kilograms(w), Kilograms(start + straight_kg_per_day * day)});
    }
    if (!p.model_goal_date && reached(w)) p.model_goal_date = AddDays(r.today, day);
    if (day > r.days && (p.model_goal_date || !r.goal_weight)) break;
    s = model->Step(s, inputs);
  }
  if (r.goal_weight) {
    if (reached(start)) {
      p.straight_line_goal_date = r.today;
    } else if (direction * straight_kg_per_day > 0) {
      const double days_to_goal = std::ceil((goal_kg - start) / straight_kg_per_day - 1e-9);
      if (days_to_goal <= kGoalSearchDays) {
        p.straight_line_goal_date = AddDays(r.today, static_cast<int>(days_to_goal));
      }
    }
  }
  p.explanation = Explain(p);
  return p;
}

}  // namespace platewise
