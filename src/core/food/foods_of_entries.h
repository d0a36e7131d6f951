#ifndef PLATEWISE_CORE_FOOD_FOODS_OF_ENTRIES_H_
#define PLATEWISE_CORE_FOOD_FOODS_OF_ENTRIES_H_

// The foods a user's own rows name (diary entries, recipe ingredients), each
// read once, for the code that sums or shows those rows.

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
