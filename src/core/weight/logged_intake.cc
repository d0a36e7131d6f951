#include "core/weight/logged_intake.h"

#include <set>

#include "core/food/entry_nutrients.h"

namespace platewise {

std::vector<IntakeDay> LoggedIntakeDays(const std::vector<DiaryEntry>& entries,
                                        const FoodsById& foods) {
  struct Day {
    double kcal = 0;
    std::set<Meal> meals;
    int energy_missing = 0;
  };
  std::map<CivilDate, Day> days;
  for (const DiaryEntry& e : entries) {
    Day& d = days[e.date];
    d.meals.insert(e.meal);
    std::optional<double> kcal = EntryEnergyKcal(e, *foods.at(e.food_id));
    if (kcal) {
      d.kcal += *kcal;
    } else {
      ++d.energy_missing;
    }
  }
  std::vector<IntakeDay> out;
  out.reserve(days.size());
  for (const auto& [date, d] : days) {
    const bool full = IsFullyLoggedDay(static_cast<int>(d.meals.size()), d.energy_missing);
    out.push_back({date, Kcal(d.kcal), full});
  }
  return out;
}

}  // namespace platewise
