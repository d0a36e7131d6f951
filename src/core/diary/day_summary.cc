#include "core/diary/day_summary.h"

namespace platewise {

std::optional<double> EntryEnergyKcal(const DiaryEntry& entry, const Food& food) {
  auto per100 = food.per_100g.Get("energy");
  if (!per100) return std::nullopt;
  return *per100 * entry.grams.value() / 100;
}

DaySummary SummarizeDay(const CivilDate& date, const std::vector<DiaryEntry>& entries,
                        const FoodsById& foods,
                        const std::optional<CalorieGoal>& goal) {
  DaySummary s;
  s.date = date;
  s.goal = goal;
  for (Meal m : kAllMeals) s.meals[m];
  for (const auto& key : kDayTotalKeys) s.totals[key.nutrient];

  for (const DiaryEntry& e : entries) {
    const Food& food = *foods.at(e.food_id);
    double scale = e.grams.value() / 100;
    SummaryLine line{e, food.description, std::nullopt};
    line.energy_kcal = EntryEnergyKcal(e, food);
    s.meals[e.meal].push_back(std::move(line));

    for (auto& [key, total] : s.totals) {
      if (auto per100 = food.per_100g.Get(key)) {
        total.amount = total.amount.value_or(0) + *per100 * scale;
      } else {
        ++total.missing_entries;
      }
    }
  }
  if (goal) {
    // Entries with no energy value count as unknown, not as 0: the remainder
    // is over the known part, and totals["energy"].missing_entries says so.
    s.remaining_kcal = goal->budget.value() - s.totals["energy"].amount.value_or(0);
  }
  return s;
}

}  // namespace platewise
