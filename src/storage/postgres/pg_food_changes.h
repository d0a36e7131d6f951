#ifndef PLATEWISE_STORAGE_POSTGRES_PG_FOOD_CHANGES_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_FOOD_CHANGES_H_

// The FoodChangeFeed port (core/ports/food_changes.h) on PostgreSQL: LISTEN
// on channel platewise_food_changes, whose notifications the triggers of
// migration 3 (pg_migrations.cc) send at commit. Every connection of a
// store's pool sets platewise.origin to the store's own origin, so the feed
// skips what this process wrote (its index was told directly).
//
// The feed holds one connection of its own, outside the pool. When it is
// lost, the feed connects again (every 0.2 s to 2 s, until it is destroyed),
// listens, and calls `missed`: notifications sent meanwhile are gone.

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "core/ports/food_changes.h"
#include "storage/postgres/pg_pool.h"

namespace platewise::postgres {

inline constexpr char kFoodChangesChannel[] = "platewise_food_changes";

// The change a notification's payload describes; nullopt for one written
// with `own_origin` (this process's) or one that cannot be read.
std::optional<FoodChange> ParseFoodChange(std::string_view payload, std::string_view own_origin);

class PgFoodChangeFeed final : public FoodChangeFeed {
 public:
  PgFoodChangeFeed(std::shared_ptr<Pool> pool, std::string origin)
      : pool_(std::move(pool)), origin_(std::move(origin)) {}
  ~PgFoodChangeFeed() override;
  Status Start(Handlers handlers) override;

 private:
  // A new connection that listens on the channel.
  Result<std::unique_ptr<Connection>> Listen() const;
  void Run(std::unique_ptr<Connection> conn);

  const std::shared_ptr<Pool> pool_;
  const std::string origin_;
  Handlers handlers_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace platewise::postgres

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_FOOD_CHANGES_H_
