#ifndef PLATEWISE_CORE_USECASES_INTAKE_DAYS_H_
#define PLATEWISE_CORE_USECASES_INTAKE_DAYS_H_

// A user's log read day by day, for the rules that look across days:
//   - IntakeDays: the daily energy of the diary with the fully-logged rule
//     (core/weight/logged_intake.h), for the projection and the adaptive
//     expenditure estimate;
//   - LoggedDays: every date with anything logged (food, water, exercise, a
//     weight), with known energy and magnesium and the counts of entries
//     not analysed, for badges and notifications (core/engagement/).
// Both compute an entry's values with EntryNutrient and load foods with
// FoodsOfEntries, as the diary day does, so the numbers agree.

#include <optional>
#include <vector>

#include "core/engagement/badges.h"
#include "core/usecases/use_case_context.h"
#include "core/weight/expenditure_estimate.h"

namespace platewise {

// One record per date with entries in [from, to], oldest first.
Result<std::vector<IntakeDay>> IntakeDays(UseCaseContext& ctx, UserId user, const CivilDate& from,
                                          const CivilDate& to);

// One record per date with anything logged, in the user's whole history,
// oldest first.
Result<std::vector<LoggedDay>> LoggedDays(UseCaseContext& ctx, UserId user);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_INTAKE_DAYS_H_
