#ifndef PLATEWISE_JSON_SAVED_MEAL_JSON_H_
#define PLATEWISE_JSON_SAVED_MEAL_JSON_H_

// A saved meal's JSON (docs/api.md, Saved meals):
//   {"id":3,"name":"Work lunch","energy_kcal":412.5|null,
//    "items":[{"food_id":"20045","name":"Rice, white, cooked"|null,"grams":158,"amount":"1 cup",
//              "energy_kcal":205.4|null}...]}
// An item's name is null when its food no longer exists (a custom food
// deleted since); the meal's energy_kcal is the sum of the items' known
// values, null when none is known.

#include <nlohmann/json.hpp>

#include "core/usecases/saved_meals.h"

namespace platewise {

nlohmann::json SavedMealJson(const SavedMealWithFoods& meal);

}  // namespace platewise

#endif  // PLATEWISE_JSON_SAVED_MEAL_JSON_H_
