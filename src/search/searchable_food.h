#ifndef PLATEWISE_SEARCH_SEARCHABLE_FOOD_H_
#define PLATEWISE_SEARCH_SEARCHABLE_FOOD_H_

// What the search index holds of a stored food, and the one rule of which
// foods it holds: every food but the private food of a quick-add entry
// (core/food/quick_add.h), which is part of its entry and never searched.
// A packaged food (one with a brand) is indexed under its name with the
// brand (NameWithBrand) and ranks as a brand product: below plain foods for
// a bare query, found by its brand's words.
// Every path into the index (the load at start, the use cases' updates, the
// follower of other servers' writes) goes through here.

#include <optional>

#include "core/food/food.h"
#include "core/ports/food_repository.h"
#include "search/food_index.h"

namespace platewise::search {

// nullopt for a food the search never holds.
std::optional<IndexedFood> Searchable(const Food& food, std::int64_t owner);
std::optional<IndexedFood> Searchable(const FoodListing& listing);

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_SEARCHABLE_FOOD_H_
