#ifndef PLATEWISE_STORAGE_FOOD_CACHE_H_
#define PLATEWISE_STORAGE_FOOD_CACHE_H_

// Foods recently read from the database, shared read-only between requests.
//
// Why: every diary day, report and badge reads the foods of its entries; a
// USDA food is ~150 nutrient rows, and the same few dozen foods make up most
// of a user's diary. Shared foods change only when a dataset is imported, and
// custom foods and recipes are never edited in place (only created and
// deleted), so an entry stays right until one of those, which the
// repositories report here (Clear, Erase, EraseOwner).
//
// Bounded: past `capacity` foods, an arbitrary entry makes room. Thread-safe.

#include <cstddef>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "core/diary/diary_entry.h"
#include "core/food/food.h"

namespace platewise {

class FoodCache {
 public:
  struct Entry {
    SharedFood food;
    UserId owner = 0;  // 0: shared data; else the owner of a custom food or recipe
  };

  explicit FoodCache(std::size_t capacity = 4096) : capacity_(capacity) {}

  std::optional<Entry> Find(const std::string& id) const;
  void Put(const std::string& id, Entry entry);

  void Erase(const std::string& id);
  void EraseOwner(UserId owner);
  void Clear();

 private:
  const std::size_t capacity_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;  // guarded by mutex_
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_FOOD_CACHE_H_
