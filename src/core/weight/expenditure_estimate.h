#ifndef PLATEWISE_CORE_WEIGHT_EXPENDITURE_ESTIMATE_H_
#define PLATEWISE_CORE_WEIGHT_EXPENDITURE_ESTIMATE_H_

// Adaptive expenditure: what a person really burns a day, learned from what
// they log, blended with the formula's estimate while data are few. Method
// and its limits: docs/weight.md.
//
// Over the window (the kExpenditureWindowDays days ending today):
//   slope    = least-squares slope of the daily weigh-ins against the day
//              (kg/day), with its standard error
//   balance  = slope x energy density of the change (EnergyDensityOfChange)
//   observed = mean intake of the fully logged days - balance
// Days whose food is only partly logged, and days with no food logged, are
// left out of the mean intake (counting them would understate intake). The
// observed value is used only once kMinDaysForExpenditure days of the window
// have both a fully logged intake and a weigh-in. It is combined with the
// formula's estimate as two independent normal measurements (a one-step
// Kalman update): each weighted by the inverse of its variance.

#include <optional>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/quantity.h"
#include "core/weight/weight_trend.h"

namespace platewise {

inline constexpr int kExpenditureWindowDays = 28;
inline constexpr int kMinDaysForExpenditure = 14;
// The formula's uncertainty: one standard deviation as a share of its value
// (predictive equations are within about 10% for most adults).
inline constexpr double kFormulaRelativeSd = 0.10;

struct IntakeDay {
  CivilDate date;
  Kcal intake;
  bool fully_logged = false;  // the person says the day's food is all logged
};

struct ExpenditureEstimate {
  CivilDate window_start;  // inclusive
  CivilDate window_end;    // today, inclusive
  int days_with_both = 0;  // fully logged intake and a weigh-in
  int days_needed = kMinDaysForExpenditure;
  int fully_logged_days = 0;   // in the window; their intake makes the mean
  int partly_logged_days = 0;  // in the window; left out of the mean

  Kcal formula;     // the prior: the formula's expenditure
  Kcal formula_sd;  // kFormulaRelativeSd x formula

  // From the log; all empty until days_with_both >= days_needed.
  std::optional<Kcal> mean_intake;
  std::optional<double> weight_slope_kg_per_day;
  std::optional<double> energy_density_kcal_per_kg;
  std::optional<Kcal> observed;
  std::optional<Kcal> observed_sd;

  Kcal estimate;  // blended; the formula alone until there are data
  Kcal estimate_sd;
  double data_share = 0;  // weight of the observed value in the blend, 0..1
};

// `formula` is the formula's daily expenditure for the person now; `fat` the
// body fat mass now (for the energy density of a change). Records outside the
// window are ignored. One intake record per day is expected; several for a
// day are summed, and the day is fully logged only if every record says so.
ExpenditureEstimate EstimateExpenditure(const std::vector<WeighIn>& weigh_ins, const std::vector<IntakeDay>& intakes,
                                        const CivilDate& today, Kcal formula, Kilograms fat);

}  // namespace platewise

#endif  // PLATEWISE_CORE_WEIGHT_EXPENDITURE_ESTIMATE_H_
