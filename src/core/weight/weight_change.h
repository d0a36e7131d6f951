#ifndef PLATEWISE_CORE_WEIGHT_WEIGHT_CHANGE_H_
#define PLATEWISE_CORE_WEIGHT_WEIGHT_CHANGE_H_

// How weight moved over a period, as a doctor reads it: the first and the
// last weigh-in of the period, the change between them and its rate per
// week. Measured weigh-ins only (not the smoothed trend of weight_trend.h):
// the numbers a person can check against their scale.

#include <optional>
#include <vector>

#include "core/weight/weight_trend.h"

namespace platewise {

struct WeightChange {
  WeighIn first;
  WeighIn last;
  int weigh_ins = 0;
  double change_kg = 0;                 // last - first
  std::optional<double> kg_per_week;    // change over the days between them x 7; nullopt on one day
};

// nullopt without weigh-ins. Several on one day count as their mean
// (DailyWeighIns). The input need not be sorted.
std::optional<WeightChange> WeightChangeOf(const std::vector<WeighIn>& weigh_ins);

}  // namespace platewise

#endif  // PLATEWISE_CORE_WEIGHT_WEIGHT_CHANGE_H_
