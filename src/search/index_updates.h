#ifndef PLATEWISE_SEARCH_INDEX_UPDATES_H_
#define PLATEWISE_SEARCH_INDEX_UPDATES_H_

// The FoodIndexUpdates port (core/ports/food_index_updates.h) on the food
// search index: what the use cases report after a write, applied to it.

#include "core/ports/food_index_updates.h"
#include "search/food_index.h"
#include "search/searchable_food.h"

namespace platewise::search {

class IndexUpdates final : public FoodIndexUpdates {
 public:
  explicit IndexUpdates(FoodIndex& index) : index_(index) {}
  void FoodLogged(UserId owner, const std::string& food_id) override { index_.RecordLog(owner, food_id); }
  void CustomFoodAdded(UserId owner, const Food& food) override {
    if (auto indexed = Searchable(food, owner)) index_.Upsert(*indexed);
  }
  void CustomFoodRemoved(const std::string& food_id) override { index_.Remove(food_id); }
  void OwnerRemoved(UserId owner) override { index_.RemoveOwner(owner); }

 private:
  FoodIndex& index_;
};

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_INDEX_UPDATES_H_
