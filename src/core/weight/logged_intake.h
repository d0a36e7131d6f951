#ifndef PLATEWISE_CORE_WEIGHT_LOGGED_INTAKE_H_
#define PLATEWISE_CORE_WEIGHT_LOGGED_INTAKE_H_

// The daily intake records of the projection (IntakeDay) from diary entries.
// Rule (docs/weight.md, "Which days count"):
//   - a day's intake is the energy of its entries (energy per 100 g x grams);
//   - a day is fully logged when it has entries in at least
//     kMealsForFullyLoggedDay of the four meals and every entry's food has its
//     energy analysed (IsFullyLoggedDay, core/diary/fully_logged_day.h). Otherwise it is partly logged: its intake is still
//     reported (the sum of the entries with energy) but the expenditure
//     estimate and the intake mean leave it out.
// Days without entries get no record.

#include <map>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/diary/fully_logged_day.h"
#include "core/food/food.h"
#include "core/weight/expenditure_estimate.h"

namespace platewise {


// One record per date with entries, oldest first.
// REQUIRES: `foods` holds every food an entry names (by id), as
// FoodsOfEntries loads them (a food that is gone is an error there, never a
// day taken for partly logged here).
std::vector<IntakeDay> LoggedIntakeDays(const std::vector<DiaryEntry>& entries,
                                        const FoodsById& foods);

}  // namespace platewise

#endif  // PLATEWISE_CORE_WEIGHT_LOGGED_INTAKE_H_
