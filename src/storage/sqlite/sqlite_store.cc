#include "storage/sqlite/sqlite_store.h"

#include "storage/sqlite/migrations.h"
#include "storage/sqlite/private_files.h"
#include "storage/sqlite/sqlite_data_versions.h"
#include "storage/sqlite/sqlite_account_repository.h"
#include "storage/sqlite/sqlite_custom_food_repository.h"
#include "storage/sqlite/sqlite_log_repositories.h"
#include "storage/sqlite/sqlite_login_attempts.h"
#include "storage/sqlite/sqlite_notification_reads.h"
#include "storage/sqlite/sqlite_diary_repository.h"
#include "storage/sqlite/sqlite_food_repository.h"
#include "storage/sqlite/sqlite_supplement_repository.h"

namespace platewise {

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  PW_RETURN_IF_ERROR(sqlite::PrepareDatabaseFiles(path));
  auto db = sqlite::Database::Open(path);
  if (!db.ok()) return db.status();
  PW_RETURN_IF_ERROR(sqlite::Migrate(*db));
  // Readers for the hot reads of request threads (see SqliteConnection); an
  // in-memory database cannot be shared, so it has none.
  constexpr int kReaders = 4;
  std::vector<sqlite::Database> readers;
  if (path != ":memory:" && !path.empty()) {
    for (int i = 0; i < kReaders; ++i) {
      auto reader = sqlite::Database::OpenReader(path);
      if (!reader.ok()) return reader.status();
      readers.push_back(std::move(*reader));
    }
  }
  auto conn = std::make_shared<sqlite::SqliteConnection>(std::move(*db), std::move(readers));
  auto store = std::make_unique<Store>();
  store->foods = std::make_unique<sqlite::SqliteFoodRepository>(conn);
  store->diary = std::make_unique<sqlite::SqliteDiaryRepository>(conn);
  auto profiles = std::make_unique<sqlite::SqliteProfileRepository>(conn);
  store->profile_settings = profiles.get();
  store->profiles = std::move(profiles);
  store->accounts = std::make_unique<sqlite::SqliteAccountRepository>(conn);
  store->custom_foods = std::make_unique<sqlite::SqliteCustomFoodRepository>(conn);
  store->water = std::make_unique<sqlite::SqliteWaterLog>(conn);
  store->exercise = std::make_unique<sqlite::SqliteExerciseLog>(conn);
  store->weights = std::make_unique<sqlite::SqliteWeightLog>(conn);
  store->favourites = std::make_unique<sqlite::SqliteFavouriteFoods>(conn);
  store->supplements = std::make_unique<sqlite::SqliteSupplementRepository>(conn);
  store->notification_reads = std::make_unique<sqlite::SqliteNotificationReads>(conn);
  store->versions = std::make_unique<sqlite::SqliteDataVersions>(conn);
  store->login_attempts = std::make_unique<sqlite::SqliteLoginAttempts>(conn);
  return store;
}

}  // namespace platewise
