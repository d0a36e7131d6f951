#include "core/usecases/diary_day.h"

#include "core/usecases/current_profile.h"

namespace platewise {

Result<DiaryDayInputs> ReadDiaryDay(UseCaseContext& ctx, UserId user, const CivilDate& date) {
  DiaryDayInputs in;
  in.date = date;
  auto rows = ctx.store.diary->GetDay(user, date);
  if (!rows.ok()) return rows.status();
  in.rows = *std::move(rows);
  auto foods = FoodsOfEntries(*ctx.store.foods, in.rows.entries);
  if (!foods.ok()) return foods.status();
  in.foods = *std::move(foods);
  auto profile = FindCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  if (*profile) in.goal = ProfileCalorieGoal(**profile);
  return in;
}

DaySummary SummarizeDiaryDay(const DiaryDayInputs& in) {
  return SummarizeDay(in.date, in.rows.entries, in.rows.water, in.rows.exercise, in.foods, in.goal);
}

bool SameDiaryDay(const DiaryDayInputs& a, const DiaryDayInputs& b) {
  // FoodsById compares its shared pointers: by address, not by content.
  return a.rows.version != 0 && a.rows.version == b.rows.version && a.date == b.date && a.goal == b.goal &&
         a.foods == b.foods;
}

Result<DaySummary> GetDiaryDay(UseCaseContext& ctx, UserId user, const CivilDate& date) {
  auto inputs = ReadDiaryDay(ctx, user, date);
  if (!inputs.ok()) return inputs.status();
  return SummarizeDiaryDay(*inputs);
}

}  // namespace platewise
