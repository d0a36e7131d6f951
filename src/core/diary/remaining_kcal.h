#ifndef PLATEWISE_CORE_DIARY_REMAINING_KCAL_H_
#define PLATEWISE_CORE_DIARY_REMAINING_KCAL_H_

// The one rule for calories left in a day, shown by the diary (API, CLI, web)
// and judged by the badges ("at or under budget" is RemainingKcal >= 0):
// exercise adds to the budget; eaten counts only entries whose energy is
// known (how many it leaves out is counted beside it, never taken as 0).

namespace platewise {

inline double RemainingKcal(double budget_kcal, double exercise_kcal, double eaten_known_kcal) {
  return budget_kcal + exercise_kcal - eaten_known_kcal;
}

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_REMAINING_KCAL_H_
