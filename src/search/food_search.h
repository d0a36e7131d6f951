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
#include "search/food_finder.h"
#include "search/food_index.h"

namespace platewise::search {

// Every food of the store, ranked with the diary's log counts.
Result<std::unique_ptr<FoodIndex>> LoadFoodIndex(FoodRepository& foods, DiaryRepository& diary);

struct FoodSearchResult {
  std::vector<SharedFood> foods;
  // How the query was answered (search/food_finder.h): words dropped,
  // spelling widened, everyday names searched as the database's words.
  std::vector<std::string> relaxed;
  bool spelling_widened = false;
  std::vector<AliasUse> aliases;
  std::string searched;
};

// What a person is told of how `query` was answered, for every front end
// (the CLI prints it, the API sends it as "note", the web app shows it):
// "No exact match for greek yogurt; showing yogurt." and
// "Searched \"catsup\" for \"ketchup\"."; empty when there is nothing to say
// (or no food was found: the front ends say that in their own way).
std::string SearchNote(std::string_view query, const FoodSearchResult& result);

// The best `limit` foods for `query` as `user` sees them (shared foods and
// the user's own custom foods and recipes), best first, with the built-in
// alias table, relaxed when no food matches every word.
// InvalidArgument when the query has no word to search for.
Result<FoodSearchResult> SearchFoods(const FoodIndex& index, FoodRepository& foods, std::string_view query, int limit,
                                     UserId user);

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_FOOD_SEARCH_H_
