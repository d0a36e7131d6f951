#include "storage/postgres/pg_store.h"

#include <random>

#include "storage/postgres/pg_food_changes.h"
#include "storage/postgres/pg_migrations.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise {
namespace {

// A name for this store's writes among all processes on the database
// (pg_food_changes.h): 16 random hex digits.
std::string NewOrigin() {
  std::random_device random;
  std::string out;
  for (int i = 0; i < 16; ++i) out += "0123456789abcdef"[random() % 16];
  return out;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& conninfo, std::size_t pool_size) {
  using namespace postgres;  // NOLINT: the store's own classes
  const std::string origin = NewOrigin();
  auto pool = std::make_shared<Pool>(conninfo, pool_size, "SET platewise.origin = '" + origin + "'");
  {
    auto lease = pool->Acquire();
    if (!lease.ok()) return lease.status();
    PW_RETURN_IF_ERROR(Migrate(lease->conn()));
  }
  auto store = std::make_unique<Store>();
  store->foods = std::make_unique<PgFoodRepository>(pool);
  store->diary = std::make_unique<PgDiaryRepository>(pool);
  auto profiles = std::make_unique<PgProfileRepository>(pool);
  store->profile_settings = profiles.get();
  store->profiles = std::move(profiles);
  store->accounts = std::make_unique<PgAccountRepository>(pool);
  store->custom_foods = std::make_unique<PgCustomFoodRepository>(pool);
  store->water = std::make_unique<PgWaterLog>(pool);
  store->exercise = std::make_unique<PgExerciseLog>(pool);
  store->weights = std::make_unique<PgWeightLog>(pool);
  store->favourites = std::make_unique<PgFavouriteFoods>(pool);
  store->supplements = std::make_unique<PgSupplementRepository>(pool);
  store->saved_meals = std::make_unique<PgSavedMealRepository>(pool);
  store->notification_reads = std::make_unique<PgNotificationReads>(pool);
  store->target_overrides = std::make_unique<PgTargetOverrides>(pool);
  store->versions = std::make_unique<PgDataVersions>(pool);
  store->food_changes = std::make_unique<PgFoodChangeFeed>(pool, origin);
  store->login_attempts = std::make_unique<PgLoginAttempts>(pool);
  store->history_imports = std::make_unique<PgHistoryImports>(pool);
  store->import_jobs = std::make_unique<PgImportJobs>(pool);
  return store;
}

}  // namespace platewise
