#include "core/weight/weight_trend.h"

#include <algorithm>

#include "core/diary/day_number.h"

namespace platewise {

std::vector<WeighIn> DailyWeighIns(const std::vector<WeighIn>& weigh_ins) {
  std::vector<WeighIn> sorted = weigh_ins;
  std::stable_sort(sorted.begin(), sorted.end(), [](const WeighIn& a, const WeighIn& b) { return a.date < b.date; });
  std::vector<WeighIn> daily;
  int count = 0;
  double sum = 0;
  for (size_t i = 0; i < sorted.size(); ++i) {
    sum += sorted[i].weight.value();
    ++count;
    if (i + 1 == sorted.size() || sorted[i + 1].date != sorted[i].date) {
      daily.push_back({sorted[i].date, Kilograms(sum / count)});
      sum = 0;
      count = 0;
    }
  }
  return daily;
}

std::vector<TrendDay> WeightTrend(const std::vector<WeighIn>& weigh_ins) {
  const std::vector<WeighIn> daily = DailyWeighIns(weigh_ins);
  std::vector<TrendDay> out;
  if (daily.empty()) return out;
  out.reserve(static_cast<size_t>(DaysBetween(daily.front().date, daily.back().date)) + 1);
  double trend = daily.front().weight.value();
  for (size_t i = 0; i < daily.size(); ++i) {
    const double w = daily[i].weight.value();
    if (i > 0) {
      // Fill the days since the previous weigh-in, then step on this one.
      const double prev = daily[i - 1].weight.value();
      const int gap = DaysBetween(daily[i - 1].date, daily[i].date);
      for (int d = 1; d < gap; ++d) {
        const double filled = prev + (w - prev) * d / gap;
        trend += kTrendSmoothing * (filled - trend);
        out.push_back({AddDays(daily[i - 1].date, d), std::nullopt, Kilograms(filled), Kilograms(trend)});
      }
      trend += kTrendSmoothing * (w - trend);
    }
    out.push_back({daily[i].date, daily[i].weight, daily[i].weight, Kilograms(trend)});
  }
  return out;
}

}  // namespace platewise
