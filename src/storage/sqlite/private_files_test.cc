// The database and the folders made for it are readable by their owner only.

#include "storage/sqlite/private_files.h"

#include <sys/stat.h>

#include <gtest/gtest.h>

#include <fstream>

#include "core/ports/store.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise::sqlite {
namespace {

mode_t ModeOf(const std::string& path) {
  struct stat st;
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return st.st_mode & 0777;
}

// Regression (hardening): `serve` created the SQLite file, -wal and -shm 0644.
TEST(PrivateFilesTest, ANewDatabaseItsWalAndShmAndItsFoldersAreTheOwnersOnly) {
  struct UsualUmask {  // 022, which let 0644 through; the test's own is restored after
    mode_t saved = ::umask(022);
    ~UsualUmask() { ::umask(saved); }
  } umask_022;
  testing::TempDir dir;
  const std::string db = dir.File("var/nested/p.db");
  {
    auto store = OpenSqliteStore(db);
    ASSERT_TRUE(store.ok()) << store.status().message();
    ASSERT_TRUE((*store)->accounts->CreateUser("a@example.org", "x").ok());  // a write: -wal and -shm exist
    EXPECT_EQ(ModeOf(db), 0600u);
    EXPECT_EQ(ModeOf(db + "-wal"), 0600u);
    EXPECT_EQ(ModeOf(db + "-shm"), 0600u);
  }
  EXPECT_EQ(ModeOf(dir.File("var")), 0700u);
  EXPECT_EQ(ModeOf(dir.File("var/nested")), 0700u);
}

TEST(PrivateFilesTest, AnExistingWorldReadableDatabaseLosesOthersPermissions) {
  testing::TempDir dir;
  const std::string db = dir.File("p.db");
  {
    auto store = OpenSqliteStore(db);
    ASSERT_TRUE(store.ok());
  }
  ASSERT_EQ(::chmod(db.c_str(), 0644), 0);
  auto store = OpenSqliteStore(db);
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_EQ(ModeOf(db), 0600u);
}

TEST(PrivateFilesTest, AFileWhereAFolderShouldBeIsAClearError) {
  testing::TempDir dir;
  std::ofstream(dir.File("var")) << "not a folder";
  Status s = PrepareDatabaseFiles(dir.File("var/p.db"));
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("var"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace platewise::sqlite
