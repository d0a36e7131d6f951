#include "storage/sqlite/sqlite_backup.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <set>

#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlite_handle.h"
#include "testing/temp_dir.h"

namespace platewise::sqlite {
namespace {

namespace fs = std::filesystem;

// A migrated Platewise database with `rows` datasets rows, left open (WAL,
// not checkpointed) as `serve` leaves it.
Database PlatewiseDb(const std::string& path, int rows) {
  auto db = Database::Open(path);
  EXPECT_TRUE(db.ok()) << db.status().message();
  EXPECT_TRUE(Migrate(*db).ok());
  for (int i = 0; i < rows; ++i) {
    auto insert = db->Prepare("INSERT INTO datasets (source, checksum) VALUES (?1, 'c')");
    EXPECT_TRUE(insert.ok());
    insert->Bind(1, "source-" + std::to_string(i));
    EXPECT_TRUE(insert->Run().ok());
  }
  return std::move(*db);
}

std::int64_t Count(const std::string& path, const char* sql = "SELECT count(*) FROM datasets") {
  auto db = Database::OpenReader(path);
  EXPECT_TRUE(db.ok()) << db.status().message();
  auto q = db->Prepare(sql);
  EXPECT_TRUE(q.ok());
  auto row = q->Step();
  EXPECT_TRUE(row.ok() && *row);
  return q->ColumnInt(0);
}

unsigned ModeOf(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return st.st_mode & 0777;
}

// The names in `dir`, to see that a failed step left no file behind.
std::set<std::string> Names(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

// Overwrites the middle of the file with garbage (a damaged disk).
void Damage(const std::string& path) {
  auto size = fs::file_size(path);
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  f.seekp(static_cast<std::streamoff>(size / 2));
  for (int i = 0; i < 8192; ++i) f.put(static_cast<char>(0xA5));
}

class BackupTest : public ::testing::Test {
 protected:
  std::string File(const std::string& name) { return dir_.File(name); }
  testing::TempDir dir_;
};

TEST_F(BackupTest, ABackupOfAnOpenDatabaseHoldsEveryCommittedRowInOnePrivateFile) {
  Database live = PlatewiseDb(File("p.db"), 50);  // still open: rows in the -wal
  ASSERT_TRUE(fs::exists(File("p.db-wal")));
  ASSERT_TRUE(BackupDatabase(File("p.db"), File("b.db")).ok());
  EXPECT_EQ(ModeOf(File("b.db")), 0600u);
  EXPECT_FALSE(fs::exists(File("b.db-wal")));  // self-contained
  auto version = CheckBackup(File("b.db"));
  ASSERT_TRUE(version.ok()) << version.status().message();
  EXPECT_EQ(*version, NewestSchemaVersion());
  EXPECT_EQ(Count(File("b.db")), 50);
  EXPECT_EQ(Names(dir_.path()), (std::set<std::string>{"p.db", "p.db-wal", "p.db-shm", "b.db"}));
}

TEST_F(BackupTest, ABackupReplacesAnOlderOneWhole) {
  Database live = PlatewiseDb(File("p.db"), 3);
  ASSERT_TRUE(BackupDatabase(File("p.db"), File("b.db")).ok());
  ASSERT_TRUE(live.Exec("INSERT INTO datasets (source, checksum) VALUES ('later', 'c')").ok());
  ASSERT_TRUE(BackupDatabase(File("p.db"), File("b.db")).ok());
  EXPECT_EQ(Count(File("b.db")), 4);
}

TEST_F(BackupTest, NoDatabaseIsNotFoundAndWritesNothing) {
  EXPECT_EQ(BackupDatabase(File("none.db"), File("b.db")).code(), StatusCode::kNotFound);
  EXPECT_TRUE(Names(dir_.path()).empty());
}

TEST_F(BackupTest, ABackupOntoTheDatabaseItselfIsRefused) {
  Database live = PlatewiseDb(File("p.db"), 1);
  EXPECT_EQ(BackupDatabase(File("p.db"), File("p.db")).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(BackupDatabase(File("p.db"), dir_.path().string() + "/./p.db").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Count(File("p.db")), 1);
}

TEST_F(BackupTest, AnSqliteFileThatIsNotPlatewiseIsNotBackedUp) {
  {
    auto other = Database::Open(File("other.db"));
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(other->Exec("CREATE TABLE t (x)").ok());
  }
  Status s = BackupDatabase(File("other.db"), File("b.db"));
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("not a Platewise database"), std::string::npos) << s.message();
  EXPECT_FALSE(fs::exists(File("b.db")));
  for (const auto& name : Names(dir_.path())) EXPECT_EQ(name.find(".tmp-"), std::string::npos) << name;
}

TEST_F(BackupTest, CheckRefusesATextFileANewerSchemaAndADamagedFile) {
  std::ofstream(File("notes.txt")) << "not a database, just text that is long enough to look like a header\n";
  EXPECT_EQ(CheckBackup(File("notes.txt")).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckBackup(File("none.db")).status().code(), StatusCode::kNotFound);

  {
    Database newer = PlatewiseDb(File("newer.db"), 0);
    ASSERT_TRUE(newer.Exec("INSERT INTO schema_version (version) VALUES (100000)").ok());
  }
  auto newer = CheckBackup(File("newer.db"));
  EXPECT_EQ(newer.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(newer.status().message().find("schema version 100000"), std::string::npos) << newer.status().message();

  {
    Database big = PlatewiseDb(File("big.db"), 3000);
    ASSERT_TRUE(big.Exec("PRAGMA journal_mode=DELETE").ok());  // everything in the file
  }
  ASSERT_TRUE(CheckBackup(File("big.db")).ok());
  Damage(File("big.db"));
  auto damaged = CheckBackup(File("big.db"));
  EXPECT_EQ(damaged.status().code(), StatusCode::kInvalidArgument);
  const std::string m = damaged.status().message();
  EXPECT_TRUE(m.find("integrity_check") != std::string::npos || m.find("damaged") != std::string::npos) << m;
}

TEST_F(BackupTest, RestoreReplacesTheDatabaseAndKeepsTheOldOne) {
  {
    Database live = PlatewiseDb(File("p.db"), 5);
    ASSERT_TRUE(BackupDatabase(File("p.db"), File("b.db")).ok());
    ASSERT_TRUE(live.Exec("INSERT INTO datasets (source, checksum) VALUES ('after-backup', 'c')").ok());
  }  // closed (as after stopping serve); a -wal may remain after a crash: see below
  ASSERT_TRUE(RestoreBackup(File("b.db"), File("p.db")).ok());
  EXPECT_EQ(Count(File("p.db")), 5);
  EXPECT_EQ(ModeOf(File("p.db")), 0600u);
  EXPECT_EQ(Count(File("p.db.before-restore")), 6);
  EXPECT_EQ(Count(File("b.db")), 5);  // the backup itself is left as it was
}

TEST_F(BackupTest, RestoreCheckpointsTheOldWalSoItIsNeverReadAsTheNewDatabases) {
  { Database first = PlatewiseDb(File("p.db"), 2); ASSERT_TRUE(BackupDatabase(File("p.db"), File("b.db")).ok()); }
  // A database whose last writes are only in its -wal (a process killed
  // before any checkpoint): copy the live pair aside while it is open.
  {
    Database live = PlatewiseDb(File("p.db"), 0);
    ASSERT_TRUE(live.Exec("PRAGMA wal_autocheckpoint=0").ok());
    ASSERT_TRUE(live.Exec("INSERT INTO datasets (source, checksum) VALUES ('only-in-wal', 'c')").ok());
    fs::copy_file(File("p.db"), File("crashed.db"));
    fs::copy_file(File("p.db-wal"), File("crashed.db-wal"));
  }
  ASSERT_GT(fs::file_size(File("crashed.db-wal")), 0u);
  ASSERT_TRUE(RestoreBackup(File("b.db"), File("crashed.db")).ok());
  EXPECT_FALSE(fs::exists(File("crashed.db-wal")));
  EXPECT_EQ(Count(File("crashed.db")), 2);
  EXPECT_EQ(Count(File("crashed.db.before-restore")), 3);  // its WAL rows were kept in it
}

TEST_F(BackupTest, ABadBackupIsNotRestoredAndTheDatabaseIsUntouched) {
  Database live = PlatewiseDb(File("p.db"), 4);
  ASSERT_TRUE(live.Exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
  std::ofstream(File("bad.db")) << "garbage garbage garbage garbage garbage garbage garbage garbage garbage\n";
  const auto before = Names(dir_.path());
  Status s = RestoreBackup(File("bad.db"), File("p.db"));
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << s.message();
  EXPECT_EQ(Names(dir_.path()), before);  // no copy left, no .before-restore
  EXPECT_EQ(Count(File("p.db")), 4);
}

TEST_F(BackupTest, RestoreIsRefusedWhileAnotherConnectionHasTheDatabaseOpen) {
  { Database first = PlatewiseDb(File("p.db"), 1); }
  ASSERT_TRUE(BackupDatabase(File("p.db"), File("b.db")).ok());
  Database server = PlatewiseDb(File("p.db"), 0);  // as `serve` holds it
  ASSERT_TRUE(server.Exec("INSERT INTO datasets (source, checksum) VALUES ('second', 'c')").ok());
  Status s = RestoreBackup(File("b.db"), File("p.db"));
  EXPECT_EQ(s.code(), StatusCode::kUnavailable) << s.message();
  EXPECT_NE(s.message().find("open in another process"), std::string::npos) << s.message();
  EXPECT_FALSE(fs::exists(File("p.db.before-restore")));
  auto q = server.Prepare("SELECT count(*) FROM datasets");
  ASSERT_TRUE(q.ok());
  ASSERT_TRUE(*q->Step());
  EXPECT_EQ(q->ColumnInt(0), 2);  // still its own database, still usable
}

TEST_F(BackupTest, RestoreIntoANewPlaceIgnoresAStrayWal) {
  { Database first = PlatewiseDb(File("p.db"), 7); }
  ASSERT_TRUE(BackupDatabase(File("p.db"), File("b.db")).ok());
  std::ofstream(File("new.db-wal")) << "a -wal of no database";
  ASSERT_TRUE(RestoreBackup(File("b.db"), File("fresh/x.db")).ok());
  ASSERT_TRUE(RestoreBackup(File("b.db"), File("new.db")).ok());
  EXPECT_FALSE(fs::exists(File("new.db-wal")));
  EXPECT_EQ(Count(File("fresh/x.db")), 7);
  EXPECT_EQ(Count(File("new.db")), 7);
}

}  // namespace
}  // namespace platewise::sqlite
