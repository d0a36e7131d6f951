#include "core/weight/expenditure_estimate.h"

#include <cmath>
#include <map>

#include "core/diary/day_number.h"
#include "core/weight/body_model.h"

namespace platewise {
namespace {

struct Fit {
  double slope = 0;
  double slope_se = 0;
};

// Ordinary least squares of y on x. REQUIRES: at least three points, x not
// all equal.
Fit FitLine(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  double mx = 0, my = 0;
  for (size_t i = 0; i < x.size(); ++i) mx += x[i], my += y[i];
  mx /= n;
  my /= n;
  double sxx = 0, sxy = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    sxx += (x[i] - mx) * (x[i] - mx);
    sxy += (x[i] - mx) * (y[i] - my);
  }
  Fit f;
  f.slope = sxy / sxx;
  double ssr = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    const double r = y[i] - (my + f.slope * (x[i] - mx));
    ssr += r * r;
  }
  f.slope_se = std::sqrt(ssr / (n - 2) / sxx);
  return f;
}

}  // namespace

ExpenditureEstimate EstimateExpenditure(const std::vector<WeighIn>& weigh_ins, const std::vector<IntakeDay>& intakes,
                                        const CivilDate& today, Kcal formula, Kilograms fat) {
  ExpenditureEstimate e;
  e.window_end = today;
  e.window_start = AddDays(today, -(kExpenditureWindowDays - 1));
  e.formula = formula;
  e.formula_sd = formula * kFormulaRelativeSd;
  e.estimate = e.formula;
  e.estimate_sd = e.formula_sd;
  auto in_window = [&](const CivilDate& d) { return d >= e.window_start && d <= e.window_end; };

  struct DayIntake {
    double kcal = 0;
    bool fully_logged = true;
  };
  std::map<CivilDate, DayIntake> food;
  for (const IntakeDay& d : intakes) {
    if (!in_window(d.date)) continue;
    DayIntake& day = food[d.date];
    day.kcal += d.intake.value();
    day.fully_logged = day.fully_logged && d.fully_logged;
  }
  double intake_sum = 0;
  for (const auto& [date, day] : food) {
    if (day.fully_logged) {
      ++e.fully_logged_days;
      intake_sum += day.kcal;
    } else {
      ++e.partly_logged_days;
    }
  }

  std::vector<double> x, y;
  for (const WeighIn& w : DailyWeighIns(weigh_ins)) {
    if (!in_window(w.date)) continue;
    x.push_back(DaysBetween(e.window_start, w.date));
    y.push_back(w.weight.value());
    auto it = food.find(w.date);
    if (it != food.end() && it->second.fully_logged) ++e.days_with_both;
  }
  if (e.days_with_both < e.days_needed) return e;

  const Fit fit = FitLine(x, y);
  const double density = EnergyDensityOfChange(fat);
  e.mean_intake = Kcal(intake_sum / e.fully_logged_days);
  e.weight_slope_kg_per_day = fit.slope;
  e.energy_density_kcal_per_kg = density;
  e.observed = Kcal(e.mean_intake->value() - fit.slope * density);
  e.observed_sd = Kcal(fit.slope_se * density);

  const double prior_var = e.formula_sd.value() * e.formula_sd.value();
  const double data_var = e.observed_sd->value() * e.observed_sd->value();
  e.data_share = prior_var / (prior_var + data_var);
  e.estimate = Kcal(e.formula.value() + e.data_share * (e.observed->value() - e.formula.value()));
  e.estimate_sd = Kcal(std::sqrt(prior_var * data_var / (prior_var + data_var)));
  return e;
}

}  // namespace platewise
