// The food change feed on PostgreSQL (pg_food_changes.h): what one store
// writes reaches the search index that another store on the same database
// follows (search/index_follower.h), within a second; a store does not hear
// its own writes; a feed whose connection is lost reads the foods again.
// On the test run's cluster (testing/postgres_cluster.h).

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "search/food_index.h"
#include "search/food_search.h"
#include "search/index_follower.h"
#include "storage/conformance/conformance_fixture.h"
#include "storage/postgres/pg_food_changes.h"
#include "storage/postgres/pg_store.h"
#include "testing/postgres_cluster.h"

namespace platewise::postgres {
namespace {

using std::chrono::milliseconds;

TEST(ParseFoodChangeTest, ReadsEachKindAndSkipsItsOwnOrigin) {
  auto food = ParseFoodChange("food abc 7 u7-12 with spaces", "mine");
  ASSERT_TRUE(food.has_value());
  EXPECT_EQ(food->kind, FoodChange::Kind::kFoodChanged);
  EXPECT_EQ(food->owner, 7);
  EXPECT_EQ(food->food_id, "u7-12 with spaces");
  auto log = ParseFoodChange("log - 7 99 11457", "mine");
  ASSERT_TRUE(log.has_value());
  EXPECT_EQ(log->kind, FoodChange::Kind::kFoodLogged);
  EXPECT_EQ(log->owner, 7);
  EXPECT_EQ(log->food_id, "11457");
  auto owner = ParseFoodChange("owner abc 7", "mine");
  ASSERT_TRUE(owner.has_value());
  EXPECT_EQ(owner->kind, FoodChange::Kind::kOwnerRemoved);
  EXPECT_FALSE(ParseFoodChange("food mine 7 u7-12", "mine").has_value()) << "this process's own write";
  for (const char* bad : {"", "food", "food abc", "food abc x u1", "food abc 7", "log abc 7 u1", "log abc 7 x 1",
                          "owner abc 7 extra", "rename abc 7 u1"}) {
    EXPECT_FALSE(ParseFoodChange(bad, "mine").has_value()) << bad;
  }
}

class PgFoodChangesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto cluster = testing::TestPostgres();
    ASSERT_TRUE(cluster.ok()) << cluster.status().message();
    auto uri = (*cluster)->FreshDatabase();
    ASSERT_TRUE(uri.ok()) << uri.status().message();
    uri_ = *uri;
    auto a = OpenPostgresStore(uri_, 2);
    auto b = OpenPostgresStore(uri_, 2);
    ASSERT_TRUE(a.ok() && b.ok());
    a_ = std::move(*a);
    b_ = std::move(*b);
    ASSERT_TRUE(a_->foods->ImportDataset(conformance::TestDataset()).ok());
    auto user = a_->accounts->CreateUser("cook@example.org", "hash");
    ASSERT_TRUE(user.ok());
    user_ = *user;
    auto index = search::LoadFoodIndex(*b_->foods, *b_->diary);
    ASSERT_TRUE(index.ok());
    index_b_ = std::move(*index);
  }
  void TearDown() override {
    if (b_) b_->food_changes.reset();  // stopped before the index goes
  }

  bool FoundByB(const std::string& word) const { return !index_b_->Search(word, 5, user_).empty(); }
  // Waits up to `limit` for `done`.
  static bool Within(milliseconds limit, const std::function<bool()>& done) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!done()) {
      if (std::chrono::steady_clock::now() > until) return false;
      std::this_thread::sleep_for(milliseconds(10));
    }
    return true;
  }
  Food Custom(const std::string& name) {
    Food f = conformance::TestFood("", name, "", {{"energy", 250}}, {{1, "slice", Grams(50)}});
    f.source = "custom";
    auto stored = a_->custom_foods->CreateFood(user_, f);
    EXPECT_TRUE(stored.ok()) << stored.status().message();
    return stored.ok() ? *stored : Food{};
  }

  std::string uri_;
  std::unique_ptr<Store> a_, b_;
  std::unique_ptr<search::FoodIndex> index_b_;
  UserId user_ = 0;
};

TEST_F(PgFoodChangesTest, ACustomFoodMadeThroughOneStoreIsFoundThroughTheOtherWithinASecond) {
  ASSERT_TRUE(b_->food_changes->Start(search::FollowFoodChanges(*index_b_, *b_->foods)).ok());
  ASSERT_FALSE(FoundByB("zucchini"));
  const Food bread = Custom("Zucchini bread, grandma's");
  EXPECT_TRUE(Within(milliseconds(1000), [&] { return FoundByB("zucchini"); }));
  ASSERT_TRUE(a_->custom_foods->DeleteFood(user_, bread.id).ok());
  EXPECT_TRUE(Within(milliseconds(1000), [&] { return !FoundByB("zucchini"); }));
}

TEST_F(PgFoodChangesTest, AStoreHearsOtherStoresWritesButNotItsOwn) {
  std::mutex mutex;
  std::vector<FoodChange> heard_by_a;
  FoodChangeFeed::Handlers record{[&](const FoodChange& c) {
                                    std::lock_guard lock(mutex);
                                    heard_by_a.push_back(c);
                                  },
                                  [] {}};
  ASSERT_TRUE(a_->food_changes->Start(record).ok());
  Custom("Rye crackers");  // A's own
  ASSERT_TRUE(b_->diary->AddEntry(user_, {0, CivilDate{2026, 11, 30}, Meal::kLunch, conformance::kSpinach,
                                          Grams(80), ""})
                  .ok());
  ASSERT_TRUE(Within(milliseconds(1000), [&] {
    std::lock_guard lock(mutex);
    return !heard_by_a.empty();
  }));
  std::this_thread::sleep_for(milliseconds(100));  // anything else would have come by now
  a_->food_changes.reset();  // stopped: its handler refers to this test's locals
  ASSERT_EQ(heard_by_a.size(), 1u);
  EXPECT_EQ(heard_by_a[0].kind, FoodChange::Kind::kFoodLogged);
  EXPECT_EQ(heard_by_a[0].owner, user_);
  EXPECT_EQ(heard_by_a[0].food_id, conformance::kSpinach);
}

TEST_F(PgFoodChangesTest, AFeedWhoseConnectionIsLostReadsTheFoodsAgain) {
  ASSERT_TRUE(b_->food_changes->Start(search::FollowFoodChanges(*index_b_, *b_->foods)).ok());
  const Food early = Custom("Quince paste");
  ASSERT_TRUE(Within(milliseconds(1000), [&] { return FoundByB("quince"); }));
  // The server ends the listening session (a restart, a failover); what is
  // written meanwhile sends notifications nobody hears.
  Pool admin(uri_, 1);
  auto ended = admin.Run([](Connection& c) -> Result<std::int64_t> {
    auto rows = c.Query(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' "
        "AND datname = current_database() AND pid <> pg_backend_pid()");
    if (!rows.ok()) return rows.status();
    return rows->Int(0, 0);
  });
  ASSERT_TRUE(ended.ok()) << ended.status().message();
  ASSERT_EQ(*ended, 1) << "B's feed is the one listener";
  ASSERT_TRUE(a_->custom_foods->DeleteFood(user_, early.id).ok());
  Custom("Medlar jelly");
  EXPECT_TRUE(Within(milliseconds(3000), [&] { return FoundByB("medlar") && !FoundByB("quince"); }));
}

}  // namespace
}  // namespace platewise::postgres
