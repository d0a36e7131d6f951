#ifndef PLATEWISE_CORE_USECASES_SAVED_MEALS_H_
#define PLATEWISE_CORE_USECASES_SAVED_MEALS_H_

// Saved meals (core/diary/saved_meal.h): a meal of a day saved under a name,
// listed, renamed, deleted, and added to a meal of any day in one step.

#include <optional>
#include <string>
#include <vector>

#include "core/diary/saved_meal.h"
#include "core/usecases/diary_entries.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

// A saved meal with the food of each item, in the items' order; null for a
// food that is gone (a custom food deleted since), which the meal cannot be
// added with.
struct SavedMealWithFoods {
  SavedMeal meal;
  std::vector<SharedFood> foods;
};

// Saves the entries of `meal` on `date`, in the order added, as a saved meal
// named `name` (SavedMealName's rules). Unprocessable "name" for a bad name;
// Unprocessable "meal" when that meal has no entries (or more than
// kMaxSavedMealItems); Conflict when the user has a saved meal of that name,
// ignoring case (SameSavedMealName).
Result<SavedMealWithFoods> SaveMealFromDiary(UseCaseContext& ctx, UserId user, const CivilDate& date, Meal meal,
                                             const std::string& name);

// The user's saved meals in the order saved.
Result<std::vector<SavedMealWithFoods>> ListSavedMeals(UseCaseContext& ctx, UserId user);

// New name, as SaveMealFromDiary checks it (the meal's own name again, in
// another case, is allowed). NotFound for a meal that is not the user's.
Result<SavedMealWithFoods> RenameSavedMeal(UseCaseContext& ctx, UserId user, std::int64_t id,
                                           const std::string& name);

// NotFound for a meal that is not the user's.
Status DeleteSavedMeal(UseCaseContext& ctx, UserId user, std::int64_t id);

// Logs every item of the saved meal to `meal` on `date`, all or none, through
// LogFoods (so each is checked as one entry logged by hand). Conflict naming
// the saved meal and the food, and nothing logged, when a food of it is gone.
// NotFound for a meal that is not the user's.
Result<std::vector<EntryWithFood>> AddSavedMeal(UseCaseContext& ctx, UserId user, std::int64_t id,
                                                const CivilDate& date, Meal meal);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_SAVED_MEALS_H_
