#ifndef PLATEWISE_CORE_FOOD_FOODS_OF_ENTRIES_H_
#define PLATEWISE_CORE_FOOD_FOODS_OF_ENTRIES_H_

// The one loader of the foods a user's own rows name (diary entries, recipe
// ingredients, favourites, recent foods), each read once, for the code that
// sums or shows those rows. A food that is gone is a broken store (entries
// keep their food: a custom food in use cannot be deleted), so it fails
// loudly, as Internal naming the food, and is never skipped or taken as a
// food without values.

#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/food/food.h"
#include "core/ports/food_repository.h"
#include "core/status.h"

namespace platewise {

// Adds the food `id` to `foods` unless it is there already. For ids taken
// from the caller's own rows (FoodRepository::GetFood).
Status AddFood(FoodRepository& repo, const std::string& id, FoodsById& foods);

// The foods of `entries`, each read once.
Result<FoodsById> FoodsOfEntries(FoodRepository& repo, const std::vector<DiaryEntry>& entries);

}  // namespace platewise

#endif  // PLATEWISE_CORE_FOOD_FOODS_OF_ENTRIES_H_
