#include "core/usecases/intake_days.h"

#include <map>
#include <set>

#include "core/food/entry_nutrients.h"
#include "core/food/foods_of_entries.h"
#include "core/weight/logged_intake.h"

namespace platewise {

Result<std::vector<IntakeDay>> IntakeDays(UseCaseContext& ctx, UserId user, const CivilDate& from,
                                          const CivilDate& to) {
  auto entries = ctx.store.diary->ListRange(user, from, to);
  if (!entries.ok()) return entries.status();
  auto foods = FoodsOfEntries(*ctx.store.foods, *entries);
  if (!foods.ok()) return foods.status();
  return LoggedIntakeDays(*entries, *foods);
}

Result<std::vector<LoggedDay>> LoggedDays(UseCaseContext& ctx, UserId user) {
  std::map<CivilDate, LoggedDay> days;
  auto day = [&days](const CivilDate& d) -> LoggedDay& {
    LoggedDay& ld = days[d];
    ld.date = d;
    return ld;
  };
  auto entries = ctx.store.diary->ListAll(user);
  if (!entries.ok()) return entries.status();
  auto foods = FoodsOfEntries(*ctx.store.foods, *entries);
  if (!foods.ok()) return foods.status();
  std::map<CivilDate, std::set<Meal>> meals;
  for (const DiaryEntry& e : *entries) {
    const Food& food = *foods->at(e.food_id);
    LoggedDay& d = day(e.date);
    meals[e.date].insert(e.meal);
    d.meals_with_food = static_cast<int>(meals[e.date].size());
    d.has_food = true;
    if (auto kcal = EntryEnergyKcal(e, food)) d.eaten_kcal += *kcal;
    else ++d.energy_unknown_entries;
    if (auto mg = EntryNutrient(e, food, "magnesium")) d.magnesium_mg = d.magnesium_mg.value_or(0) + *mg;
    else ++d.magnesium_unknown_entries;
  }
  auto water = ctx.store.water->ListAll(user);
  if (!water.ok()) return water.status();
  for (const WaterEntry& w : *water) day(w.date);
  auto exercise = ctx.store.exercise->ListAll(user);
  if (!exercise.ok()) return exercise.status();
  for (const ExerciseEntry& e : *exercise) day(e.date).exercise_kcal += e.kcal.value();
  auto weights = ctx.store.weights->List(user, std::nullopt, std::nullopt);
  if (!weights.ok()) return weights.status();
  for (const WeightEntry& w : *weights) day(w.date);
  std::vector<LoggedDay> out;
  out.reserve(days.size());
  for (auto& [date, d] : days) out.push_back(d);
  return out;
}

}  // namespace platewise
