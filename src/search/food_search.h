#ifndef PLATEWISE_SEARCH_FOOD_SEARCH_H_
#define PLATEWISE_SEARCH_FOOD_SEARCH_H_

// Food search as the CLI and the API use it: the index built from the store,
// and queries answered with full foods from the store.

#include <memory>
#include <string_view>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/food/food.h"
#include "core/ports/diary_repository.h"
#include "core/ports/food_repository.h"
#include "search/food_index.h"

namespace platewise::search {

// Every food of the store, ranked with the diary's log counts.
Result<std::unique_ptr<FoodIndex>> LoadFoodIndex(FoodRepository& foods, DiaryRepository& diary);

// The best `limit` foods for `query` as `user` sees them (shared foods and
// the user's own custom foods and recipes), best first.
// InvalidArgument when the query has no word to search for.
Result<std::vector<SharedFood>> SearchFoods(const FoodIndex& index, FoodRepository& foods, std::string_view query,
                                            int limit, UserId user);

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_FOOD_SEARCH_H_
