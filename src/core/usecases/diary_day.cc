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
  if (*profile) {
    in.goal = ProfileCalorieGoal(**profile);
    in.macro_targets = (*profile)->settings.macro_targets;
  }
  return in;
}

DaySummary SummarizeDiaryDay(const DiaryDayInputs& in) {
  DaySummary day = SummarizeDay(in.date, in.rows.entries, in.rows.water, in.rows.exercise, in.foods, in.goal);
  if (in.goal) {
    auto eaten = [&day](const char* key) {
      const NutrientTotal& t = day.totals.at(key);
      return EatenMacro{t.amount, t.missing_entries};
    };
    day.macros = BreakDownMacros(eaten("protein"), eaten("carbohydrate"), eaten("fat"),
                                 ComputeMacroGoal(in.macro_targets, in.goal->budget));
  }
  return day;
}

bool SameDiaryDay(const DiaryDayInputs& a, const DiaryDayInputs& b) {
  // FoodsById compares its shared pointers: by address, not by content.
  return a.rows.version != 0 && a.rows.version == b.rows.version && a.date == b.date && a.goal == b.goal &&
         a.macro_targets == b.macro_targets &&
         a.foods == b.foods;
}

Result<DaySummary> GetDiaryDay(UseCaseContext& ctx, UserId user, const CivilDate& date) {
  auto inputs = ReadDiaryDay(ctx, user, date);
  if (!inputs.ok()) return inputs.status();
  return SummarizeDiaryDay(*inputs);
}

}  // namespace platewise
