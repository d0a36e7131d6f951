#include "storage/sqlite/sqlite_handle.h"

#include <gtest/gtest.h>

#include "testing/temp_dir.h"

namespace platewise::sqlite {
namespace {

constexpr char kAtLeast[] = "SELECT x FROM t WHERE x >= ?1 ORDER BY x";

class StatementCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open((dir_.path() / "h.db").string());
    ASSERT_TRUE(db.ok());
    db_.emplace(std::move(*db));
    ASSERT_TRUE(db_->Exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3)").ok());
  }

  std::int64_t Next(Statement& s) {
    auto row = s.Step();
    EXPECT_TRUE(row.ok() && *row);
    return s.ColumnInt(0);
  }

  testing::TempDir dir_;
  std::optional<Database> db_;
};

TEST_F(StatementCacheTest, TheSameTextTwiceAtOnceGivesTwoIndependentStatements) {
  auto a = db_->Prepare(kAtLeast);
  ASSERT_TRUE(a.ok());
  a->Bind(1, std::int64_t{1});
  EXPECT_EQ(Next(*a), 1);
  auto b = db_->Prepare(kAtLeast);  // `a` is still stepping: a second one
  ASSERT_TRUE(b.ok());
  b->Bind(1, std::int64_t{3});
  EXPECT_EQ(Next(*b), 3);
  EXPECT_EQ(Next(*a), 2);  // `a` kept its own place and binding
}

TEST_F(StatementCacheTest, AReturnedStatementComesBackResetAndUnbound) {
  {
    auto a = db_->Prepare(kAtLeast);
    ASSERT_TRUE(a.ok());
    a->Bind(1, std::int64_t{2});
    EXPECT_EQ(Next(*a), 2);
  }
  auto again = db_->Prepare(kAtLeast);
  ASSERT_TRUE(again.ok());
  auto row = again->Step();  // unbound: x >= NULL matches nothing
  ASSERT_TRUE(row.ok());
  EXPECT_FALSE(*row);
  again->Reset();
  again->Bind(1, std::int64_t{1});
  EXPECT_EQ(Next(*again), 1);  // from the start, not where the last user stopped
}

// Durability on power loss: an acknowledged commit must not roll back, which
// in WAL mode takes synchronous=FULL (2); NORMAL (1) may lose the last commits.
TEST(DatabaseOpenTest, CommitsAreSyncedInWalMode) {
  testing::TempDir dir;
  auto db = Database::Open((dir.path() / "s.db").string());
  ASSERT_TRUE(db.ok());
  auto mode = db->Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok());
  ASSERT_TRUE(*mode->Step());
  EXPECT_EQ(mode->ColumnText(0), "wal");
  auto sync = db->Prepare("PRAGMA synchronous");
  ASSERT_TRUE(sync.ok());
  ASSERT_TRUE(*sync->Step());
  EXPECT_EQ(sync->ColumnInt(0), 2);
}

}  // namespace
}  // namespace platewise::sqlite
