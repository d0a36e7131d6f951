#ifndef PLATEWISE_CORE_DIARY_MEAL_H_
#define PLATEWISE_CORE_DIARY_MEAL_H_

#include <array>
#include <string_view>

#include "core/status.h"

namespace platewise {

// The four meals of a diary day, in the order they are shown.
enum class Meal { kBreakfast, kLunch, kDinner, kSnacks };

inline constexpr std::array<Meal, 4> kAllMeals = {Meal::kBreakfast, Meal::kLunch, Meal::kDinner, Meal::kSnacks};

const char* MealName(Meal meal);  // "breakfast", ...
Result<Meal> ParseMeal(std::string_view text);

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_MEAL_H_
