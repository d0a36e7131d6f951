#ifndef PLATEWISE_CORE_PORTS_FOOD_INDEX_UPDATES_H_
#define PLATEWISE_CORE_PORTS_FOOD_INDEX_UPDATES_H_

// What the use cases tell the food search index (search/food_index.h) after a
// write commits, so that search stays current whoever made the change: a
// food logged rises in its owner's results, a custom food or recipe appears
// for its owner, a deleted one and a deleted account's foods disappear.
// Thread-safe.

#include <string>

#include "core/diary/diary_entry.h"
#include "core/food/food.h"

namespace platewise {

class FoodIndexUpdates {
 public:
  virtual ~FoodIndexUpdates() = default;
  virtual void FoodLogged(UserId owner, const std::string& food_id) = 0;
  virtual void CustomFoodAdded(UserId owner, const Food& food) = 0;
  virtual void CustomFoodRemoved(const std::string& food_id) = 0;
  virtual void OwnerRemoved(UserId owner) = 0;
};

// For front ends without a search index (most CLI commands): ignores all.
class NoFoodIndexUpdates final : public FoodIndexUpdates {
 public:
  void FoodLogged(UserId, const std::string&) override {}
  void CustomFoodAdded(UserId, const Food&) override {}
  void CustomFoodRemoved(const std::string&) override {}
  void OwnerRemoved(UserId) override {}
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_FOOD_INDEX_UPDATES_H_
