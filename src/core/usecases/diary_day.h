#ifndef PLATEWISE_CORE_USECASES_DIARY_DAY_H_
#define PLATEWISE_CORE_USECASES_DIARY_DAY_H_

// A user's diary day as every front end shows it: entries by meal with their
// foods, nutrient totals, water, exercise, the budget of the current profile
// and calories left (core/diary/day_summary.h). GET /api/v1/diary/{date},
// `platewise log day` and the web app's Today screen all come from here.

#include "core/diary/day_summary.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

// The day's rows are read in one snapshot; without a profile there is no
// budget (goal and remaining_kcal are nullopt).
Result<DaySummary> GetDiaryDay(UseCaseContext& ctx, UserId user, const CivilDate& date);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_DIARY_DAY_H_
