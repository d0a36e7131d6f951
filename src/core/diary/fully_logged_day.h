#ifndef PLATEWISE_CORE_DIARY_FULLY_LOGGED_DAY_H_
#define PLATEWISE_CORE_DIARY_FULLY_LOGGED_DAY_H_

// The one rule for a fully logged diary day (docs/weight.md, "Which days
// count"): entries in at least kMealsForFullyLoggedDay of the four meals, and
// every entry's food with its energy analysed. The projection and the
// adaptive expenditure estimate take their intake from such days only, and
// the badges judge "at or under budget" on them only (a day with one snack
// logged is not a day eaten under budget).

namespace platewise {

inline constexpr int kMealsForFullyLoggedDay = 3;

inline bool IsFullyLoggedDay(int meals_with_entries, int entries_without_energy) {
  return meals_with_entries >= kMealsForFullyLoggedDay && entries_without_energy == 0;
}

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_FULLY_LOGGED_DAY_H_
