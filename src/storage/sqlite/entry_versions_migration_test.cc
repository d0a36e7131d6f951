// Migration 8 on a database that already has diary entries (one made before
// entries had versions): each stored entry gets a version of its own, and
// entries written after it get versions above every one of them.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlite_handle.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise::sqlite {
namespace {

TEST(EntryVersionsMigrationTest, EntriesStoredBeforeGetDistinctVersionsAndLaterOnesComeAbove) {
  testing::TempDir dir;
  const std::string path = dir.File("old.db");
  {
    auto db = Database::Open(path);
    ASSERT_TRUE(db.ok()) << db.status().message();
    ASSERT_TRUE(Migrate(*db).ok());
    // Back to schema 7, the one before entry versions, with three entries.
    ASSERT_TRUE(db->Exec("DROP TABLE diary_entry_version").ok());
    ASSERT_TRUE(db->Exec("ALTER TABLE diary_entries DROP COLUMN version").ok());
    ASSERT_TRUE(db->Exec("DELETE FROM schema_version WHERE version >= 8").ok());
    ASSERT_TRUE(db->Exec("INSERT INTO foods (id, source, description) VALUES ('11457', 'test', 'Spinach')").ok());
    ASSERT_TRUE(db->Exec("INSERT INTO diary_entries (owner_id, date, meal, food_id, grams) VALUES "
                         "(1, '2026-03-01', 'lunch', '11457', 10), (1, '2026-03-01', 'dinner', '11457', 20), "
                         "(1, '2026-03-02', 'lunch', '11457', 30)")
                    .ok());
  }
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

}  // namespace
}  // namespace platewise::sqlite
