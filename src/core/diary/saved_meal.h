#ifndef PLATEWISE_CORE_DIARY_SAVED_MEAL_H_
#define PLATEWISE_CORE_DIARY_SAVED_MEAL_H_

// A saved meal: a person's named group of foods with their amounts ("Work
// lunch": 150 g of rice, 2 cup of salad), added to a meal of a day in one
// tap. Its items are kept as the diary keeps an entry's amount (grams, and
// the amount as the person gave it), so adding it logs exactly what was saved.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/quantity.h"
#include "core/status.h"

namespace platewise {

inline constexpr std::size_t kMaxSavedMealNameLength = 60;  // in bytes of UTF-8
inline constexpr std::size_t kMaxSavedMealItems = 50;

struct SavedMealItem {
  std::string food_id;
  Grams grams;
  std::string amount_text;  // as DiaryEntry::amount_text: "150 g", "2 cup"
};

struct SavedMeal {
  std::int64_t id = 0;  // assigned by the store
  std::string name;
  std::vector<SavedMealItem> items;  // in the order they are added
};

// The name as it is stored: spaces around it removed. Unprocessable "name"
// when that leaves nothing, when it is longer than kMaxSavedMealNameLength
// bytes or holds a control character.
Result<std::string> SavedMealName(std::string_view typed);

// Whether two names are the same name for a person: equal ignoring ASCII
// case ("Lunch" and "lunch"), as uniqueness is checked.
bool SameSavedMealName(std::string_view a, std::string_view b);

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_SAVED_MEAL_H_
