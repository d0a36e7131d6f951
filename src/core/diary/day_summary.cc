#include "core/diary/day_summary.h"

#include "core/diary/remaining_kcal.h"
#include "core/food/entry_nutrients.h"

namespace platewise {

DaySummary SummarizeDay(const CivilDate& date, const std::vector<DiaryEntry>& entries,
                        const std::vector<WaterEntry>& water, const std::vector<ExerciseEntry>& exercise,
                        const FoodsById& foods, const std::optional<CalorieGoal>& goal) {
  DaySummary s;
  s.date = date;
  s.goal = goal;
  for (Meal m : kAllMeals) s.meals[m];
  for (const auto& key : kDayTotalKeys) s.totals[key.nutrient];

  for (const DiaryEntry& e : entries) {
    const Food& food = *foods.at(e.food_id);
    s.meals[e.meal].push_back({e, food.description, EntryEnergyKcal(e, food)});
    for (auto& [key, total] : s.totals) {
      if (auto amount = EntryNutrient(e, food, key)) {
        total.amount = total.amount.value_or(0) + *amount;
      } else {
        ++total.missing_entries;
      }
    }
  }
  s.water = water;
  for (const WaterEntry& w : water) s.water_ml += w.ml;
  s.exercise = exercise;
  for (const ExerciseEntry& e : exercise) s.exercise_kcal += e.kcal.value();
  if (goal) {
    // Entries with no energy value count as unknown, not as 0: the remainder
    // is over the known part, and totals["energy"].missing_entries says so.
    s.remaining_kcal = RemainingKcal(goal->budget.value(), s.exercise_kcal, s.totals["energy"].amount.value_or(0));
  }
  return s;
}

}  // namespace platewise
