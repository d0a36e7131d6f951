#ifndef PLATEWISE_SEARCH_INDEX_FOLLOWER_H_
#define PLATEWISE_SEARCH_INDEX_FOLLOWER_H_

// Keeps a server's food search index current with what other processes on
// the same database change (core/ports/food_changes.h): a custom food or
// recipe made, renamed or deleted through another server is found (or no
// longer found) here, and their food logs raise foods in their owners'
// results here too.
//
// What the handlers do:
// - a food changed: read it again; stored and private: put in the index;
//   not found: taken out;
// - a food logged: counted, as if logged here;
// - an account removed: its foods and logs are taken out;
// - changes missed: every private food is read again from the store (added
//   and changed ones put in, those gone taken out). Log counts missed
//   meanwhile are not recounted: they only order results.
// A change whose food cannot be read (the store failed) is kept and tried
// again with the next change, or by the next `missed`.
//
// The handlers are called on the feed's one thread; the index is
// thread-safe, so searches run meanwhile.

#include "core/ports/food_changes.h"
#include "core/ports/food_repository.h"
#include "search/food_index.h"

namespace platewise::search {

// REQUIRES: `index` and `foods` outlive the feed the handlers are given to.
FoodChangeFeed::Handlers FollowFoodChanges(FoodIndex& index, FoodRepository& foods);

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_INDEX_FOLLOWER_H_
