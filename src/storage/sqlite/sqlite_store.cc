#include "storage/sqlite/sqlite_store.h"

#include "storage/sqlite/migrations.h"
#include "storage/sqlite/private_files.h"
#include "storage/sqlite/sqlite_backup.h"
#include "storage/sqlite/sqlite_data_versions.h"
#include "storage/sqlite/sqlite_account_repository.h"
#include "storage/sqlite/sqlite_custom_food_repository.h"
#include "storage/sqlite/sqlite_log_repositories.h"
#include "storage/sqlite/sqlite_login_attempts.h"
#include "storage/sqlite/sqlite_import_jobs.h"
#include "storage/sqlite/sqlite_notification_reads.h"
#include "storage/sqlite/sqlite_target_overrides.h"
#include "storage/sqlite/sqlite_diary_repository.h"
#include "storage/sqlite/sqlite_history_imports.h"
#include "storage/sqlite/sqlite_food_repository.h"
#include "storage/sqlite/sqlite_saved_meal_repository.h"
#include "storage/sqlite/sqlite_supplement_repository.h"

namespace platewise {
namespace {

// A database of an older schema is copied whole before its first migration
// runs (docs/upgrading.md), so an upgrade that goes wrong, or a downgrade
// wanted later, has the database as it was. Refusing to migrate without the
// copy is the safe side: the operator frees disk space, or copies by hand.
Status BackUpBeforeMigrating(sqlite::Database& db, const std::string& path) {
  // Nothing to keep in memory; a "file:" URI is the caller's own set-up
  // (its options would not carry over to a copy): not copied either.
  if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) return Status::Ok();
  auto version = sqlite::SchemaVersion(db);
  if (!version.ok()) return version.status();
  if (*version == 0 || *version >= sqlite::NewestSchemaVersion()) return Status::Ok();
  const std::string backup = PreMigrationBackupPath(path, *version);
  Status copied = sqlite::BackupDatabase(path, backup);
  if (!copied.ok()) {
    return Status::Unavailable("the database has schema version " + std::to_string(*version) +
                               " and this Platewise upgrades it to " + std::to_string(sqlite::NewestSchemaVersion()) +
                               ", but the copy taken first failed, so nothing was changed: " + copied.message());
  }
  return Status::Ok();
}

}  // namespace

std::string PreMigrationBackupPath(const std::string& db_path, std::int64_t version) {
  return db_path + ".schema-" + std::to_string(version) + ".backup";
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  PW_RETURN_IF_ERROR(sqlite::PrepareDatabaseFiles(path));
  auto db = sqlite::Database::Open(path);
  if (!db.ok()) return db.status();
  PW_RETURN_IF_ERROR(BackUpBeforeMigrating(*db, path));
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
  store->saved_meals = std::make_unique<sqlite::SqliteSavedMealRepository>(conn);
  store->notification_reads = std::make_unique<sqlite::SqliteNotificationReads>(conn);
  store->target_overrides = std::make_unique<sqlite::SqliteTargetOverrides>(conn);
  store->versions = std::make_unique<sqlite::SqliteDataVersions>(conn);
  store->login_attempts = std::make_unique<sqlite::SqliteLoginAttempts>(conn);
  store->history_imports = std::make_unique<sqlite::SqliteHistoryImports>(conn);
  store->import_jobs = std::make_unique<sqlite::SqliteImportJobs>(conn);
  return store;
}

}  // namespace platewise
