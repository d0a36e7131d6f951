#include "core/weight/weight_change.h"

#include "core/diary/day_number.h"

namespace platewise {

std::optional<WeightChange> WeightChangeOf(const std::vector<WeighIn>& weigh_ins) {
  std::vector<WeighIn> days = DailyWeighIns(weigh_ins);
  if (days.empty()) return std::nullopt;
  WeightChange c{days.front(), days.back(), static_cast<int>(days.size()), 0, std::nullopt};
  c.change_kg = c.last.weight.value() - c.first.weight.value();
  int span = DayNumber(c.last.date) - DayNumber(c.first.date);
  if (span > 0) c.kg_per_week = c.change_kg / span * 7;
  return c;
}

}  // namespace platewise
