#ifndef PLATEWISE_CORE_DIARY_DIARY_ENTRY_H_
#define PLATEWISE_CORE_DIARY_DIARY_ENTRY_H_

#include <cstdint>
#include <string>

#include "core/diary/civil_date.h"
#include "core/diary/meal.h"
#include "core/quantity.h"

namespace platewise {

// The owner of user data. The CLI's single local profile is kLocalUser.
using UserId = std::int64_t;
inline constexpr UserId kLocalUser = 1;

// One food eaten at one meal of one day. `amount_text` is what the person
// typed ("1 cup"), kept for display; `grams` is what counts.
struct DiaryEntry {
  std::int64_t id = 0;  // assigned by the store
  CivilDate date;
  Meal meal = Meal::kBreakfast;
  std::string food_id;
  Grams grams;
  std::string amount_text;
  // Assigned by the store and moved by it on every change of the entry, to a
  // value no entry of the store has had before (so not even an entry added
  // later under a deleted entry's id): equal versions of one id are the same
  // stored entry. Positive once stored.
  std::int64_t version = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_DIARY_ENTRY_H_
