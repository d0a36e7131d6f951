#ifndef PLATEWISE_CORE_USECASES_DIARY_DAY_H_
#define PLATEWISE_CORE_USECASES_DIARY_DAY_H_

// A user's diary day as every front end shows it: entries by meal with their
// foods, nutrient totals, water, exercise, the budget of the current profile
// and calories left (core/diary/day_summary.h). GET /api/v1/diary/{date},
// `platewise log day` and the web app's Today screen all come from here.
//
// In two steps, so that a front end can keep what it made of a day and use it
// again while the day's inputs are the same (http/diary_day_responses.h):
// ReadDiaryDay reads everything a day depends on, SummarizeDiaryDay computes
// the day from it, and SameDiaryDay tells whether two reads give one day.

#include <optional>

#include "core/diary/day_summary.h"
#include "core/food/foods_of_entries.h"
#include "core/ports/diary_repository.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

// Everything a diary day is computed from.
struct DiaryDayInputs {
  CivilDate date;
  DiaryDayRows rows;               // read in one snapshot, with the user's stamp
  FoodsById foods;                 // the food of every entry
  std::optional<CalorieGoal> goal;  // the current profile's, on the user's today; none without a profile
  MacroTargets macro_targets;       // the profile's (with a goal: the day's macro breakdown)
};

// Without a profile there is no budget (goal nullopt).
Result<DiaryDayInputs> ReadDiaryDay(UseCaseContext& ctx, UserId user, const CivilDate& date);

DaySummary SummarizeDiaryDay(const DiaryDayInputs& inputs);

// True when `a` and `b` give the same DiaryDay without comparing their rows:
// the same date, budget and macro targets, the same nonzero stamp (DataVersions: the same
// rows, profile and settings, as the stamp moves with every write to them),
// and the same food objects (a food cache hands out a new object when a food
// changed; each side holds its foods, so an address is never reused between
// them). False whenever that cannot be known (a store without stamps).
bool SameDiaryDay(const DiaryDayInputs& a, const DiaryDayInputs& b);

// ReadDiaryDay, then SummarizeDiaryDay.
Result<DaySummary> GetDiaryDay(UseCaseContext& ctx, UserId user, const CivilDate& date);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_DIARY_DAY_H_
