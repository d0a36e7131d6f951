// Migration 8 on a database that already has diary entries (one made before
// entries had versions): each stored entry gets a version of its own, and
// entries written after it get versions above every one of them.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlite_backup.h"
#include "storage/sqlite/sqlite_handle.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise::sqlite {
namespace {

// A database at schema 7 (the one before entry versions), with three
// entries, as an older Platewise left it.
void MakeSchema7Database(const std::string& path) {
  auto db = Database::Open(path);
  ASSERT_TRUE(db.ok()) << db.status().message();
  ASSERT_TRUE(Migrate(*db).ok());
  // Undone, newest first: 18 (own nutrient targets), 17 (macro targets and the goal
  // weight), 16 (saved meals), 15 (entries' idempotency keys), 14 (the chosen
  // adaptive maintenance), 13 (foods' modified times), 12 (import jobs), 11
  // (brands and barcodes), 10 (history imports), 9 (administration), then 8
  // (entry versions).
  for (const char* undo :
       {"DROP TABLE nutrient_target_overrides",
        "ALTER TABLE profile_settings DROP COLUMN goal_date", "ALTER TABLE profile_settings DROP COLUMN goal_weight_kg",
        "ALTER TABLE profile_settings DROP COLUMN macro_fat", "ALTER TABLE profile_settings DROP COLUMN macro_carbohydrate",
        "ALTER TABLE profile_settings DROP COLUMN macro_protein", "ALTER TABLE profile_settings DROP COLUMN macro_unit",
        "DROP TABLE saved_meal_items", "DROP TABLE saved_meals",
        "DROP INDEX diary_by_idempotency_key", "ALTER TABLE diary_entries DROP COLUMN idempotency_key",
        "ALTER TABLE profile_settings DROP COLUMN adaptive_set_on",
        "ALTER TABLE profile_settings DROP COLUMN adaptive_maintenance_kcal", "ALTER TABLE foods DROP COLUMN modified", "DROP TABLE import_jobs", "DROP INDEX foods_by_barcode", "ALTER TABLE foods DROP COLUMN barcode", "ALTER TABLE foods DROP COLUMN brand",
        "DROP TABLE custom_food_numbers", "DROP TABLE imported_files", "DROP INDEX diary_by_import_scope",
        "DROP INDEX foods_by_import_key", "ALTER TABLE foods DROP COLUMN import_key",
        "ALTER TABLE exercise_entries DROP COLUMN import_scope", "ALTER TABLE weight_log DROP COLUMN import_scope",
        "ALTER TABLE diary_entries DROP COLUMN import_scope"}) {
    ASSERT_TRUE(db->Exec(undo).ok()) << undo;
  }
  ASSERT_TRUE(db->Exec("DROP TABLE invites").ok());
  ASSERT_TRUE(db->Exec("ALTER TABLE users DROP COLUMN disabled").ok());
  ASSERT_TRUE(db->Exec("DROP TABLE diary_entry_version").ok());
  ASSERT_TRUE(db->Exec("ALTER TABLE diary_entries DROP COLUMN version").ok());
  ASSERT_TRUE(db->Exec("DELETE FROM schema_version WHERE version >= 8").ok());
  ASSERT_TRUE(db->Exec("INSERT INTO foods (id, source, description) VALUES ('11457', 'test', 'Spinach')").ok());
  ASSERT_TRUE(db->Exec("INSERT INTO diary_entries (owner_id, date, meal, food_id, grams) VALUES "
                       "(1, '2026-03-01', 'lunch', '11457', 10), (1, '2026-03-01', 'dinner', '11457', 20), "
                       "(1, '2026-03-02', 'lunch', '11457', 30)")
                  .ok());
}

TEST(EntryVersionsMigrationTest, EntriesStoredBeforeGetDistinctVersionsAndLaterOnesComeAbove) {
  testing::TempDir dir;
  const std::string path = dir.File("old.db");
  ASSERT_NO_FATAL_FAILURE(MakeSchema7Database(path));
  auto store = OpenSqliteStore(path);  // migrates to the newest schema
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto before = (*store)->diary->ListAll(kLocalUser);
  ASSERT_TRUE(before.ok());
  ASSERT_EQ(before->size(), 3u);
  std::set<std::int64_t> versions;
  std::int64_t highest = 0;
  for (const DiaryEntry& e : *before) {
    EXPECT_GT(e.version, 0);
    versions.insert(e.version);
    highest = std::max(highest, e.version);
  }
  EXPECT_EQ(versions.size(), 3u);
  auto updated =
      (*store)->diary->UpdateEntry(kLocalUser, before->front().id, {.grams = Grams(15)}, before->front().version);
  ASSERT_TRUE(updated.ok()) << updated.status().message();
  EXPECT_GT(updated->version, highest);
  auto added = (*store)->diary->AddEntry(kLocalUser, {0, CivilDate{2026, 3, 3}, Meal::kSnacks, "11457", Grams(5), ""});
  ASSERT_TRUE(added.ok()) << added.status().message();
  EXPECT_GT(added->version, updated->version);
}

// Upgrades (docs/upgrading.md): the database as it was is kept before the
// first migration runs, once.
TEST(PreMigrationBackupTest, AnOlderSchemaIsCopiedWholeBeforeItIsMigrated) {
  testing::TempDir dir;
  const std::string path = dir.File("old.db");
  ASSERT_NO_FATAL_FAILURE(MakeSchema7Database(path));
  {
    auto store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.status().message();
  }
  const std::string backup = PreMigrationBackupPath(path, 7);
  EXPECT_EQ(backup, path + ".schema-7.backup");
  auto kept = CheckBackup(backup);
  ASSERT_TRUE(kept.ok()) << kept.status().message();
  EXPECT_EQ(*kept, 7);
  auto db = Database::Open(backup);
  ASSERT_TRUE(db.ok());
  auto count = db->Prepare("SELECT count(*) FROM diary_entries");
  ASSERT_TRUE(count.ok() && count->Step().ok());
  EXPECT_EQ(count->ColumnInt(0), 3);
  // Opening the upgraded database again takes no copy: nothing to migrate.
  ASSERT_TRUE(std::filesystem::remove(backup));
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  EXPECT_FALSE(std::filesystem::exists(backup));
  // Nor does a new database.
  ASSERT_TRUE(OpenSqliteStore(dir.File("new.db")).ok());
  EXPECT_FALSE(std::filesystem::exists(PreMigrationBackupPath(dir.File("new.db"), 0)));
}

TEST(PreMigrationBackupTest, WhenTheCopyFailsTheDatabaseIsNotMigrated) {
  testing::TempDir dir;
  const std::string path = dir.File("old.db");
  ASSERT_NO_FATAL_FAILURE(MakeSchema7Database(path));
  // A folder where the copy would go: the copy cannot be written.
  std::filesystem::create_directories(PreMigrationBackupPath(path, 7) + "/in-the-way");
  auto store = OpenSqliteStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(store.status().message().find("schema version 7"), std::string::npos) << store.status().message();
  auto version = CheckBackup(path);  // the database itself, still as it was
  ASSERT_TRUE(version.ok()) << version.status().message();
  EXPECT_EQ(*version, 7);
}

}  // namespace
}  // namespace platewise::sqlite
