// End-to-end: `platewise backup` while `serve` takes writes, then
// `platewise restore-backup` into a fresh place. Every diary entry the
// server had acknowledged (201) before the backup started is in the restored
// database, which passes PRAGMA integrity_check; restore is refused while a
// server has the database open; a non-file --db is refused with a reason.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;

constexpr char kDay[] = "/api/v1/diary/2026-11-29";

std::string IntegrityCheck(const std::string& path) {
  sqlite3* db = nullptr;
  std::string answer = "cannot open";
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    answer = "cannot run";
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
      answer.clear();
      while (sqlite3_step(stmt) == SQLITE_ROW) answer += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return answer;
}

std::set<std::int64_t> StoredEntries(int port, const std::string& token) {
  testing::HttpClient c(port);
  c.SetHeader("Authorization", "Bearer " + token);
  auto r = c.Get(kDay);
  EXPECT_EQ(r.status, 200) << r.body;
  std::set<std::int64_t> ids;
  if (r.status != 200) return ids;
  const json day = json::parse(r.body);  // named: a range-for over a temporary's member reads freed memory
  for (const json& line : day["meals"]["snacks"]) ids.insert(line["id"].get<std::int64_t>());
  return ids;
}

TEST(BackupE2eTest, ABackupTakenDuringWritesRestoresEveryEntryAcknowledgedBeforeIt) {
  testing::TempDir dir;
  const std::string db = testing::SeededDatabase(PLATEWISE_BINARY, dir);
  const std::string backup = dir.File("backups/p-backup.db");
  std::filesystem::create_directories(dir.path() / "backups");
  std::string token;
  std::set<std::int64_t> before_backup;
  int during_backup = 0;
  {
    testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(db));
    ASSERT_TRUE(server.started()) << server.output();
    testing::ApiUser user(server.port(), "b@example.org");
    ASSERT_TRUE(user.ok());
    token = user.Must(201, "POST", "/api/v1/tokens", {{"name", "load"}})["token"];

    std::mutex mutex;
    std::set<std::int64_t> acknowledged;
    std::atomic<bool> stop{false};
    std::atomic<int> writes{0};
    std::atomic<int> failures{0};
    std::thread writer([&] {
      testing::HttpClient c(server.port());
      c.SetHeader("Authorization", "Bearer " + token);
      // Bounded: at most 20,000 requests or 60 s, whichever comes first.
      const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
      for (int i = 0; !stop && i < 20000 && std::chrono::steady_clock::now() < deadline; ++i) {
        json body = {{"meal", "snacks"}, {"food_id", "12061"}, {"grams", 1 + i % 500}};
        auto r = c.Request("POST", std::string(kDay) + "/entries", body.dump());
        if (r.status != 201) {
          ++failures;
          continue;
        }
        std::lock_guard<std::mutex> lock(mutex);
        acknowledged.insert(json::parse(r.body)["id"].get<std::int64_t>());
        ++writes;
      }
    });
    auto wait_for = [&](int n) {
      for (int i = 0; i < 6000 && writes < n; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
      return writes >= n;
    };
    ASSERT_TRUE(wait_for(100)) << "the server took fewer than 100 writes in 60 s";
    {
      std::lock_guard<std::mutex> lock(mutex);
      before_backup = acknowledged;
    }
    const int writes_at_start = writes;
    auto r = testing::RunCommand(PLATEWISE_BINARY, {"--db", db, "backup", backup});
    during_backup = writes - writes_at_start;
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Backed up"), std::string::npos) << r.out;
    // The server went on taking writes after the backup.
    EXPECT_TRUE(wait_for(writes + 50)) << "writes stopped after the backup";
    stop = true;
    writer.join();
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(server.Stop(), 0);
  }
  ASSERT_GE(before_backup.size(), 100u);
  std::cout << "entries acknowledged before the backup: " << before_backup.size()
            << ", during it: " << during_backup << "\n";

  struct stat st {};
  ASSERT_EQ(::stat(backup.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(IntegrityCheck(backup), "ok");

  const std::string restored = dir.File("restored/p.db");
  auto r = testing::RunCommand(PLATEWISE_BINARY, {"--db", restored, "restore-backup", backup});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(IntegrityCheck(restored), "ok");

  testing::ServerProcess again(PLATEWISE_BINARY, testing::ServeArgs(restored));
  ASSERT_TRUE(again.started()) << again.output();
  const auto stored = StoredEntries(again.port(), token);
  for (std::int64_t id : before_backup) EXPECT_TRUE(stored.count(id)) << "entry " << id << " is not in the backup";
}

TEST(BackupE2eTest, RestoreIsRefusedWhileServeHasTheDatabaseOpen) {
  testing::TempDir dir;
  const std::string db = testing::SeededDatabase(PLATEWISE_BINARY, dir);
  const std::string backup = dir.File("p-backup.db");
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(db));
  ASSERT_TRUE(server.started()) << server.output();
  testing::ApiUser user(server.port(), "r@example.org");
  ASSERT_TRUE(user.ok());
  ASSERT_EQ(testing::RunCommand(PLATEWISE_BINARY, {"--db", db, "backup", backup}).exit_code, 0);

  auto r = testing::RunCommand(PLATEWISE_BINARY, {"--db", db, "restore-backup", backup});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("is open in another process"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(db + ".before-restore"));
  user.Must(200, "GET", "/api/v1/account");  // the server still has its database
}

TEST(BackupE2eTest, ABadBackupIsRefusedAndTheDatabaseStays) {
  testing::TempDir dir;
  const std::string db = testing::SeededDatabase(PLATEWISE_BINARY, dir);
  const std::vector<std::string> data = {"--db", db, "--data-dir", PLATEWISE_BUNDLED_DATA_DIR};
  auto with_data = [&](std::vector<std::string> words) {
    words.insert(words.begin(), data.begin(), data.end());
    return words;
  };
  ASSERT_EQ(testing::RunCommand(PLATEWISE_BINARY, with_data({"log", "water", "--date", "2026-01-02", "250"})).exit_code,
            0);
  const std::string junk = dir.File("junk.db");
  std::ofstream(junk) << "this is not a database, nor a backup of one\n";
  auto r = testing::RunCommand(PLATEWISE_BINARY, {"--db", db, "restore-backup", junk});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("not an SQLite database"), std::string::npos) << r.err;
  EXPECT_EQ(IntegrityCheck(db), "ok");
  auto day = testing::RunCommand(PLATEWISE_BINARY, with_data({"log", "day", "2026-01-02", "--json"}));
  ASSERT_EQ(day.exit_code, 0) << day.err;
  EXPECT_EQ(json::parse(day.out)["water"].size(), 1u) << day.out;
}

TEST(BackupE2eTest, ADatabaseThatIsNotAFileIsRefusedWithWhatToUseInstead) {
  auto pg = testing::RunCommand(PLATEWISE_BINARY, {"--db", "postgresql://localhost/platewise", "backup", "x.db"});
  EXPECT_EQ(pg.exit_code, 2);
  EXPECT_NE(pg.err.find("pg_dump"), std::string::npos) << pg.err;
  auto mem = testing::RunCommand(PLATEWISE_BINARY, {"--db", ":memory:", "restore-backup", "x.db"});
  EXPECT_EQ(mem.exit_code, 2);
  EXPECT_NE(mem.err.find("not a plain file path"), std::string::npos) << mem.err;
}

}  // namespace
}  // namespace platewise
