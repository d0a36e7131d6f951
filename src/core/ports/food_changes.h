#ifndef PLATEWISE_CORE_PORTS_FOOD_CHANGES_H_
#define PLATEWISE_CORE_PORTS_FOOD_CHANGES_H_

// What other processes on the same database changed of what a server's food
// search index holds (search/food_index.h): custom foods and recipes, food
// logs, accounts. A server applies them to its own index, so that a custom
// food made through one server is found through every other (the writer's
// own index is told directly, through FoodIndexUpdates).
//
// A store that several processes share (PostgreSQL) has a feed; a store that
// one process owns has none (Store::food_changes is null).

#include <functional>
#include <string>

#include "core/diary/diary_entry.h"
#include "core/status.h"

namespace platewise {

struct FoodChange {
  enum class Kind {
    kFoodChanged,   // food_id was added, changed or deleted: read it again
    kFoodLogged,    // owner logged food_id once
    kOwnerRemoved,  // the account `owner` was deleted
  };
  Kind kind = Kind::kFoodChanged;
  UserId owner = 0;
  std::string food_id;
};

class FoodChangeFeed {
 public:
  struct Handlers {
    // A change another process committed; changes come in commit order.
    std::function<void(const FoodChange&)> changed;
    // Changes may have been missed: the feed has just begun listening, or
    // lost its connection and made it again. The handler reads again what
    // it holds; changes that commit after the call begins are delivered.
    std::function<void()> missed;
  };
  // Stops delivering; returns once no handler is running.
  virtual ~FoodChangeFeed() = default;
  // Starts listening and delivering, on a thread of the feed's own: first
  // `missed`, then each change. Unavailable when listening cannot begin (the
  // database is unreachable). At most once.
  virtual Status Start(Handlers handlers) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_FOOD_CHANGES_H_
