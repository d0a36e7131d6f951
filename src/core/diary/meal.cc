#include "core/diary/meal.h"

#include <string>

namespace platewise {

const char* MealName(Meal meal) {
  switch (meal) {
    case Meal::kBreakfast: return "breakfast";
    case Meal::kLunch: return "lunch";
    case Meal::kDinner: return "dinner";
    case Meal::kSnacks: return "snacks";
  }
  return "snacks";
}

Result<Meal> ParseMeal(std::string_view text) {
  for (Meal m : kAllMeals)
    if (text == MealName(m)) return m;
  return Status::InvalidArgument("unknown meal \"" + std::string(text) + "\": use breakfast, lunch, dinner or snacks");
}

}  // namespace platewise
