#ifndef PLATEWISE_CORE_PORTS_SAVED_MEAL_REPOSITORY_H_
#define PLATEWISE_CORE_PORTS_SAVED_MEAL_REPOSITORY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/diary/saved_meal.h"
#include "core/status.h"

namespace platewise {

// A user's saved meals (core/diary/saved_meal.h). Every call is scoped to
// one owner: another owner's saved meal is NotFound, and names are unique
// per owner only. A new meal's id is greater than every stored meal's, so
// "in the order saved" is "by id". Items keep their food's id as it was
// saved, whatever happens to the food since (a custom food may be deleted:
// the use case that adds the meal checks its foods). The store checks
// names byte for byte; the use cases (core/usecases/saved_meals.h) check
// them ignoring case first. Writes for an account that does not exist are
// Conflict. Thread-safe.
class SavedMealRepository {
 public:
  virtual ~SavedMealRepository() = default;
  // Stores the meal with its items (meal.id is ignored), in one transaction,
  // and returns it with its new id. Conflict when the owner has a saved meal
  // of that name.
  virtual Result<SavedMeal> CreateSavedMeal(UserId owner, const SavedMeal& meal) = 0;
  // NotFound when the owner has no saved meal with this id.
  virtual Result<SavedMeal> GetSavedMeal(UserId owner, std::int64_t id) = 0;
  // The owner's saved meals, each with its items, in the order saved.
  virtual Result<std::vector<SavedMeal>> ListSavedMeals(UserId owner) = 0;
  // Gives the meal a new name and returns it. NotFound when the owner has no
  // saved meal with this id; Conflict when another of the owner's has `name`.
  virtual Result<SavedMeal> RenameSavedMeal(UserId owner, std::int64_t id, const std::string& name) = 0;
  // Removes the meal and its items. NotFound when the owner has no saved
  // meal with this id.
  virtual Status DeleteSavedMeal(UserId owner, std::int64_t id) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_SAVED_MEAL_REPOSITORY_H_
