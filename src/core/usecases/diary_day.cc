#include "core/usecases/diary_day.h"

#include "core/food/foods_of_entries.h"
#include "core/usecases/current_profile.h"

namespace platewise {

Result<DaySummary> GetDiaryDay(UseCaseContext& ctx, UserId user, const CivilDate& date) {
  auto rows = ctx.store.diary->GetDay(user, date);
  if (!rows.ok()) return rows.status();
  auto foods = FoodsOfEntries(*ctx.store.foods, rows->entries);
  if (!foods.ok()) return foods.status();
  auto profile = FindCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  std::optional<CalorieGoal> goal;
  if (*profile) goal = ComputeCalorieGoal((*profile)->body);
  return SummarizeDay(date, rows->entries, rows->water, rows->exercise, *foods, goal);
}

}  // namespace platewise
