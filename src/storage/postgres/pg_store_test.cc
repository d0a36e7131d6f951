// What the PostgreSQL store does beyond the ports' contracts (those are the
// conformance suite's): transactions run again after a serialization
// failure, a lost connection is Unavailable once and then replaced, servers
// starting together migrate once and import the bundled foods once. On the
// test run's cluster (testing/postgres_cluster.h).

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "storage/conformance/conformance_fixture.h"
#include "storage/postgres/pg_admin.h"
#include "storage/postgres/pg_pool.h"
#include "storage/postgres/pg_store.h"
#include "testing/postgres_cluster.h"

namespace platewise::postgres {
namespace {

class PgStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto cluster = testing::TestPostgres();
    ASSERT_TRUE(cluster.ok()) << cluster.status().message();
    cluster_ = *cluster;
  }
  std::string Database(bool migrated) {
    auto uri = cluster_->FreshDatabase(migrated);
    EXPECT_TRUE(uri.ok()) << uri.status().message();
    return uri.ok() ? *uri : "";
  }
  // A scratch table with one row (id 1, v 0).
  static void MakeCounter(Pool& pool) {
    Status s = pool.Run([](Connection& c) {
      return c.Exec("CREATE TABLE counter (id int PRIMARY KEY, v int NOT NULL); INSERT INTO counter VALUES (1, 0)");
    });
    ASSERT_TRUE(s.ok()) << s.message();
  }
  static std::int64_t CounterValue(Pool& pool) {
    auto v = pool.Run([](Connection& c) -> Result<std::int64_t> {
      auto rows = c.Query("SELECT v FROM counter WHERE id = 1");
      if (!rows.ok()) return rows.status();
      return rows->Int(0, 0);
    });
    EXPECT_TRUE(v.ok()) << v.status().message();
    return v.ok() ? *v : -1;
  }

  testing::PostgresCluster* cluster_ = nullptr;
};

constexpr char kBump[] = "UPDATE counter SET v = v + 1 WHERE id = 1";
constexpr char kFailSerialization[] =
    "DO $$ BEGIN RAISE EXCEPTION 'could not serialize' USING ERRCODE = 'serialization_failure'; END $$";

TEST_F(PgStoreTest, ATransactionThatHitsASerializationFailureRunsAgainAndItsFirstTryLeavesNothing) {
  Pool pool(Database(false), 2);
  MakeCounter(pool);
  int attempts = 0;
  Status s = pool.Transact(Isolation::kReadCommitted, [&](Connection& c) -> Status {
    ++attempts;
    PW_RETURN_IF_ERROR(c.Query(kBump).status());
    if (attempts == 1) return c.Exec(kFailSerialization);
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(attempts, 2);
  EXPECT_EQ(CounterValue(pool), 1);  // the first try's bump was rolled back
}

TEST_F(PgStoreTest, ATransactionThatKeepsFailingToSerializeIsUnavailableAfterTheLastTry) {
  Pool pool(Database(false), 1);
  MakeCounter(pool);
  int attempts = 0;
  Status s = pool.Transact(Isolation::kReadCommitted, [&](Connection& c) -> Status {
    ++attempts;
    PW_RETURN_IF_ERROR(c.Query(kBump).status());
    return c.Exec(kFailSerialization);
  });
  EXPECT_EQ(s.code(), StatusCode::kUnavailable);
  EXPECT_EQ(attempts, Pool::kMaxAttempts);
  EXPECT_EQ(CounterValue(pool), 0);
}

TEST_F(PgStoreTest, AStatementOfItsOwnThatHitsASerializationFailureRunsAgain) {
  Pool pool(Database(false), 1);
  MakeCounter(pool);
  int attempts = 0;
  Status s = pool.Run([&](Connection& c) -> Status {
    ++attempts;
    if (attempts == 1) return c.Exec(kFailSerialization);
    return c.Query(kBump).status();
  });
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(attempts, 2);
  EXPECT_EQ(CounterValue(pool), 1);
}

TEST_F(PgStoreTest, AFailureThatIsNotASerializationFailureIsNotRetried) {
  Pool pool(Database(false), 1);
  MakeCounter(pool);
  int attempts = 0;
  Status s = pool.Transact(Isolation::kReadCommitted, [&](Connection& c) -> Status {
    ++attempts;
    return c.Exec("INSERT INTO counter VALUES (1, 5)");  // unique violation
  });
  EXPECT_EQ(s.code(), StatusCode::kConflict);
  EXPECT_EQ(attempts, 1);
}

TEST_F(PgStoreTest, ALostConnectionIsUnavailableOnceThenThePoolConnectsAgain) {
  const std::string uri = Database(false);
  Pool pool(uri, 1);
  auto pid = pool.Run([](Connection& c) -> Result<std::int64_t> {
    auto rows = c.Query("SELECT pg_backend_pid()");
    if (!rows.ok()) return rows.status();
    return rows->Int(0, 0);
  });
  ASSERT_TRUE(pid.ok()) << pid.status().message();
  // The server ends that session, as a restart or a failover would.
  ASSERT_TRUE(RunPostgresCommands(uri, "SELECT pg_terminate_backend(" + std::to_string(*pid) + ")").ok());
  auto lost = pool.Run([](Connection& c) { return c.Query("SELECT 1").status(); });
  EXPECT_EQ(lost.code(), StatusCode::kUnavailable) << lost.message();
  auto again = pool.Run([](Connection& c) { return c.Query("SELECT 1").status(); });
  EXPECT_TRUE(again.ok()) << again.message();
}

TEST_F(PgStoreTest, ThePoolLendsNoMoreConnectionsThanItsBound) {
  Pool pool(Database(false), 2);
  std::atomic<int> lent{0}, most{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&] {
      Status s = pool.Run([&](Connection& c) {
        int now = ++lent;
        for (int m = most.load(); now > m && !most.compare_exchange_weak(m, now);) {
        }
        Status q = c.Query("SELECT pg_sleep(0.05)").status();
        --lent;
        return q;
      });
      EXPECT_TRUE(s.ok()) << s.message();
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(most.load(), 2);
}

TEST_F(PgStoreTest, ServersStartingTogetherMigrateOnceAndImportTheFoodsOnce) {
  const std::string uri = Database(false);
  constexpr int kServers = 4;
  std::vector<std::unique_ptr<Store>> stores(kServers);
  std::vector<std::thread> threads;
  for (int i = 0; i < kServers; ++i) {
    threads.emplace_back([&, i] {
      auto store = OpenPostgresStore(uri, 2);
      ASSERT_TRUE(store.ok()) << store.status().message();
      stores[i] = std::move(*store);
    });
  }
  for (auto& t : threads) t.join();
  threads.clear();
  for (const auto& s : stores) ASSERT_NE(s, nullptr);

  std::atomic<int> changed{0};
  for (int i = 0; i < kServers; ++i) {
    threads.emplace_back([&, i] {
      auto outcome = stores[i]->foods->ImportDataset(conformance::TestDataset());
      ASSERT_TRUE(outcome.ok()) << outcome.status().message();
      if (outcome->changed) ++changed;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(changed.load(), 1);
  EXPECT_EQ(*stores[0]->foods->CountFoods(), static_cast<std::int64_t>(conformance::TestDataset().foods.size()));

  Pool pool(uri, 1);
  auto versions = pool.Run([](Connection& c) -> Result<std::int64_t> {
    auto rows = c.Query("SELECT count(*) FROM schema_version");
    if (!rows.ok()) return rows.status();
    return rows->Int(0, 0);
  });
  ASSERT_TRUE(versions.ok()) << versions.status().message();
  auto again = OpenPostgresStore(uri, 1);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*versions, 3);  // one row per migration: each ran once
}

}  // namespace
}  // namespace platewise::postgres
