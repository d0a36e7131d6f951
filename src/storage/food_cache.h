#ifndef PLATEWISE_STORAGE_FOOD_CACHE_H_
#define PLATEWISE_STORAGE_FOOD_CACHE_H_

// Foods recently read from the database, shared read-only between requests.
//
// Why: every diary day, report and badge reads the foods of its entries; a
// USDA food is ~150 nutrient rows, and the same few dozen foods make up most
// of a user's diary. Shared foods change only when a dataset is imported, and
// custom foods and recipes are never edited in place (only created and
// deleted), so an entry stays right until one of those, which the
// repositories report here: an import Clears, deleting a custom food Erases
// it, deleting an account erases the owner's foods. No age limit: a dataset
// imported by another process reaches a running server at its restart, as
// its search index does.

#include "core/diary/diary_entry.h"
#include "core/food/food.h"
#include "storage/shared_cache.h"

namespace platewise {

struct CachedFood {
  SharedFood food;
  UserId owner = 0;  // 0: shared data; else the owner of a custom food or recipe
};

class FoodCache : public SharedCache<std::string, CachedFood> {
 public:
  FoodCache() : SharedCache(4096) {}
  void EraseOwner(UserId owner) {
    EraseIf([owner](const std::string&, const CachedFood& f) { return f.owner == owner; });
  }
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_FOOD_CACHE_H_
