#ifndef PLATEWISE_CORE_WEIGHT_WEIGHT_TREND_H_
#define PLATEWISE_CORE_WEIGHT_WEIGHT_TREND_H_

// The smoothed weight trend of The Hacker's Diet (Walker 1991): an
// exponentially smoothed moving average that moves a tenth of the way
// towards each day's weight,
//   T(first day) = W(first day),  T(n) = T(n-1) + 0.1 x (W(n) - T(n-1)).
// How days are treated (docs/weight.md):
//   - several weigh-ins on one day count as their mean;
//   - a day without a weigh-in between two weigh-ins gets the weight linearly
//     interpolated between them, so the trend advances one step per calendar
//     day whatever the gaps (and a week's gap does not count as one day);
//   - the trend runs from the first weigh-in to the last, never beyond: it
//     does not guess weights after the last weigh-in.

#include <optional>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/quantity.h"

namespace platewise {

inline constexpr double kTrendSmoothing = 0.1;

struct WeighIn {
  CivilDate date;
  Kilograms weight;
};

struct TrendDay {
  CivilDate date;
  std::optional<Kilograms> measured;  // the day's mean weigh-in; none on a filled-in day
  Kilograms weight;                   // measured, or interpolated on a filled-in day
  Kilograms trend;
};

// One entry per calendar day from the first weigh-in to the last; empty
// without weigh-ins. The input need not be sorted.
std::vector<TrendDay> WeightTrend(const std::vector<WeighIn>& weigh_ins);

// The weigh-ins reduced to one per day (the mean), sorted by date.
std::vector<WeighIn> DailyWeighIns(const std::vector<WeighIn>& weigh_ins);

}  // namespace platewise

#endif  // PLATEWISE_CORE_WEIGHT_WEIGHT_TREND_H_
