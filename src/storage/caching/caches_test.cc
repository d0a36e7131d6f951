// The caches of storage/caching/ (profiles, credentials, foods, diary days):
// a write through the decorators is seen by the very next read; a write by
// another process (a second store on the same file) is seen at once when
// stamps are checked on every read and within the refresh otherwise; a
// deleted and re-created account sees nothing of the old one.

#include <gtest/gtest.h>

#include <thread>

#include "core/food/recipe.h"
#include "core/ports/database_time.h"
#include "core/ports/fresh_reads.h"
#include "import/usda_sr24.h"
#include "storage/caching/cache_stats.h"
#include "storage/caching/with_caches.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

using std::chrono::milliseconds;

const BodyProfile kBody{Sex::kFemale, 36, Centimeters(167), Kilograms(70), ActivityLevel::kLight, WeeklyGoal{-1}};
const ProfileSettings kSettings{CivilDate{1990, 5, 1}, DisplayUnits::kMetric, "UTC", std::nullopt, MacroTargets{}, std::nullopt};

class CachesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto raw = OpenSqliteStore(dir_.File("p.db"));
    ASSERT_TRUE(raw.ok()) << raw.status().message();
    auto ds = ReadUsdaSr24(std::string(PLATEWISE_TEST_DATA_DIR) + "/sr24-mini");
    ASSERT_TRUE(ds.ok());
    dataset_ = *ds;
    ASSERT_TRUE((*raw)->foods->ImportDataset(dataset_).ok());
    a_ = *(*raw)->accounts->CreateUser("a@example.org", "hash-a");
    b_ = *(*raw)->accounts->CreateUser("b@example.org", "hash-b");
    store_ = WithCaches(std::move(*raw), {std::chrono::hours(1)});  // only its own writes count
  }

  // Another process on the same database, with its own caches.
  std::unique_ptr<Store> Open(milliseconds refresh) {
    auto s = OpenSqliteStore(dir_.File("p.db"));
    EXPECT_TRUE(s.ok());
    return s.ok() ? WithCaches(std::move(*s), {refresh}) : nullptr;
  }

  // Reads everything each cache holds for A (so it is cached).
  void ReadAll(Store& s) {
    (void)s.diary->GetDay(a_, day_);
    (void)s.profiles->GetProfile(a_);
    (void)s.profile_settings->Get(a_);
    (void)s.accounts->FindSession("session-a", 0);
    (void)s.accounts->FindApiToken("token-a");
    (void)s.foods->GetFood("11457");
  }

  testing::TempDir dir_;
  FoodDataset dataset_;
  std::unique_ptr<Store> store_;
  UserId a_ = 0, b_ = 0;
  const CivilDate day_{2026, 11, 29};
};

// The metrics' hit rates: a read answered from memory is a hit, one that
// read the store a miss (the counts are the process's: compare before/after).
TEST_F(CachesTest, EachCachedReadCountsAsAHitOrAMiss) {
  CacheCounter& days = ProcessCacheStats().diary_days;
  const std::uint64_t hits = days.hits.load(), misses = days.misses.load();
  ASSERT_TRUE(store_->diary->GetDay(a_, day_).ok());  // read from the store
  ASSERT_TRUE(store_->diary->GetDay(a_, day_).ok());  // kept
  ASSERT_TRUE(store_->diary->GetDay(a_, day_).ok());
  EXPECT_EQ(days.misses.load() - misses, 1u);
  EXPECT_EQ(days.hits.load() - hits, 2u);

  CacheCounter& foods = ProcessCacheStats().foods;
  const std::uint64_t food_hits = foods.hits.load(), food_misses = foods.misses.load();
  ASSERT_TRUE(store_->foods->GetVisibleFood(a_, "11457").ok());
  ASSERT_TRUE(store_->foods->GetVisibleFood(a_, "11457").ok());
  EXPECT_EQ(foods.misses.load() - food_misses, 1u);
  EXPECT_EQ(foods.hits.load() - food_hits, 1u);
}

// The database time of a request: the SQLite store's reads and writes add
// to the scope of their thread; an answer from a cache adds nothing.
TEST_F(CachesTest, StoreCallsAddToTheDatabaseTimeAndCacheHitsDoNot) {
  ASSERT_TRUE(store_->diary->GetDay(a_, day_).ok());  // now kept
  {
    const DatabaseTimeScope scope;
    ASSERT_TRUE(store_->diary->GetDay(a_, day_).ok());
    EXPECT_EQ(scope.nanoseconds(), 0);
  }
  const DatabaseTimeScope scope;
  ASSERT_TRUE(store_->foods->CountFoods().ok());  // not cached: the writer connection
  const std::int64_t after_read = scope.nanoseconds();
  EXPECT_GT(after_read, 0);
  ASSERT_TRUE(store_->water->Add(a_, {0, day_, 250}).ok());
  EXPECT_GT(scope.nanoseconds(), after_read);
}

TEST(DatabaseTimeTest, OnlyTheOutermostTimerCountsAndScopesKeepTheirOwn) {
  const DatabaseTimeScope outer;
  {
    const DatabaseTimer timer;
    {
      const DatabaseTimer nested;  // a connection lent inside another call
      std::this_thread::sleep_for(milliseconds(1));
    }
    EXPECT_EQ(outer.nanoseconds(), 0);  // the nested timer added nothing
  }
  const std::int64_t once = outer.nanoseconds();
  EXPECT_GT(once, 0);
  {
    const DatabaseTimeScope inner;
    {
      const DatabaseTimer timer;
      std::this_thread::sleep_for(milliseconds(1));
    }
    EXPECT_GT(inner.nanoseconds(), 0);
  }
  EXPECT_EQ(outer.nanoseconds(), once);  // the inner scope's time is not the outer's
}

TEST(DatabaseTimeTest, ATimerOutsideAScopeCountsNothing) {
  { const DatabaseTimer timer; }
  const DatabaseTimeScope scope;
  EXPECT_EQ(scope.nanoseconds(), 0);
}

TEST_F(CachesTest, AProfileSavedIsReadAtOnce) {
  EXPECT_EQ(store_->profiles->GetProfile(a_).status().code(), StatusCode::kNotFound);  // cached as such
  EXPECT_EQ(store_->profile_settings->Get(a_).status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(store_->profiles->SaveProfile(a_, kBody).ok());
  ASSERT_TRUE(store_->profiles->GetProfile(a_).ok());
  EXPECT_EQ(store_->profiles->GetProfile(a_)->weight, Kilograms(70));
  BodyProfile heavier = kBody;
  heavier.weight = Kilograms(72);
  ASSERT_TRUE(store_->profile_settings->Save(a_, kSettings, heavier).ok());
  EXPECT_EQ(store_->profiles->GetProfile(a_)->weight, Kilograms(72));
  ASSERT_TRUE(store_->profile_settings->Get(a_).ok());
  EXPECT_EQ(store_->profile_settings->Get(a_)->time_zone, "UTC");
  EXPECT_EQ(store_->profiles->GetProfile(b_).status().code(), StatusCode::kNotFound);  // B's apart
}

TEST_F(CachesTest, EndedCredentialsAreDroppedAtOnce) {
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "s1", "csrf", 1000).ok());
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "s2", "csrf", 1000).ok());
  ASSERT_TRUE(store_->accounts->CreateSession(b_, "sb", "csrf", 1000).ok());
  auto token = store_->accounts->CreateApiToken(a_, "t", "token-a", 0);
  ASSERT_TRUE(token.ok());
  for (const char* h : {"s1", "s2", "sb"}) ASSERT_TRUE(store_->accounts->FindSession(h, 0).ok());  // cached
  ASSERT_EQ(*store_->accounts->FindApiToken("token-a"), a_);

  ASSERT_TRUE(store_->accounts->DeleteSession("s1").ok());  // sign out
  EXPECT_EQ(store_->accounts->FindSession("s1", 0).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->accounts->FindSession("s2", 0).ok());

  // Each write below follows a read of what it ends, so that is cached at
  // the current stamp and the write alone must drop it.
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "s3", "csrf", 1000).ok());
  ASSERT_TRUE(store_->accounts->FindSession("s3", 0).ok());
  ASSERT_TRUE(store_->accounts->FindSession("s2", 0).ok());
  ASSERT_TRUE(store_->accounts->DeleteOtherSessions(a_, "s3").ok());  // e.g. after a password change
  EXPECT_EQ(store_->accounts->FindSession("s2", 0).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->accounts->FindSession("s3", 0).ok());
  EXPECT_TRUE(store_->accounts->FindSession("sb", 0).ok());  // B's untouched

  ASSERT_EQ(*store_->accounts->FindApiToken("token-a"), a_);
  ASSERT_TRUE(store_->accounts->DeleteApiToken(a_, *token).ok());  // revoked
  EXPECT_EQ(store_->accounts->FindApiToken("token-a").status().code(), StatusCode::kNotFound);

  ASSERT_TRUE(store_->accounts->CreateApiToken(a_, "t2", "token-a2", 0).ok());
  ASSERT_TRUE(store_->accounts->FindApiToken("token-a2").ok());
  ASSERT_TRUE(store_->accounts->FindSession("s3", 0).ok());
  ASSERT_TRUE(store_->accounts->DeleteUser(a_).ok());
  EXPECT_EQ(store_->accounts->FindSession("s3", 0).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->accounts->FindApiToken("token-a2").status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->accounts->FindSession("sb", 0).ok());
}

TEST_F(CachesTest, ACachedSessionStillExpires) {
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "h", "csrf", 1000).ok());
  EXPECT_TRUE(store_->accounts->FindSession("h", 999).ok());
  EXPECT_EQ(store_->accounts->FindSession("h", 1000).status().code(), StatusCode::kNotFound);
}

TEST_F(CachesTest, FoodChangesAreReadAtOnce) {
  ASSERT_EQ((*store_->foods->GetFood("11457"))->description, "Spinach, raw");  // cached
  const std::string group = (*store_->foods->GetFood("11457"))->food_group;
  auto pool = store_->foods->ListFoodsInGroups({group});
  ASSERT_TRUE(pool.ok());
  FoodDataset changed = dataset_;
  changed.checksum = "another";
  for (Food& f : changed.foods) {
    if (f.id == "11457") f.description = "Spinach, renamed";
  }
  ASSERT_TRUE(store_->foods->ImportDataset(changed).ok());
  EXPECT_EQ((*store_->foods->GetFood("11457"))->description, "Spinach, renamed");
  EXPECT_EQ((*store_->foods->GetVisibleFood(b_, "11457"))->description, "Spinach, renamed");
  bool renamed_in_pool = false;
  auto again = store_->foods->ListFoodsInGroups({group});
  ASSERT_TRUE(again.ok());
  for (const SharedFood& f : *again) {
    renamed_in_pool = renamed_in_pool || f->description == "Spinach, renamed";
  }
  EXPECT_TRUE(renamed_in_pool);
}

TEST_F(CachesTest, ADeletedCustomFoodIsGoneFromTheCachesAndTheNextIsTheNewOwnersOnly) {
  auto mine = store_->custom_foods->CreateFood(a_, *BuildCustomFood({"A's bar", std::nullopt, false, {{"energy", 1}}}));
  ASSERT_TRUE(mine.ok());
  ASSERT_TRUE(store_->foods->GetVisibleFood(a_, mine->id).ok());  // cached with its owner
  ASSERT_TRUE(store_->foods->GetFood(mine->id).ok());
  EXPECT_EQ(store_->foods->GetVisibleFood(b_, mine->id).status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(store_->custom_foods->DeleteFood(a_, mine->id).ok());
  EXPECT_EQ(store_->foods->GetVisibleFood(a_, mine->id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->foods->GetFood(mine->id).status().code(), StatusCode::kNotFound);
  auto theirs =
      store_->custom_foods->CreateFood(b_, *BuildCustomFood({"B's bar", std::nullopt, false, {{"energy", 1}}}));
  ASSERT_TRUE(theirs.ok());
  ASSERT_NE(theirs->id, mine->id);  // ids are never handed out again
  EXPECT_EQ(store_->foods->GetFood(mine->id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ((*store_->foods->GetVisibleFood(b_, theirs->id))->description, "B's bar");
  EXPECT_EQ((*store_->foods->GetFood(theirs->id))->description, "B's bar");
  EXPECT_EQ(store_->foods->GetVisibleFood(a_, theirs->id).status().code(), StatusCode::kNotFound);
}

TEST_F(CachesTest, AReCreatedAccountSeesNothingOfTheOldOne) {
  const UserId c = *store_->accounts->CreateUser("c@example.org", "hash");
  ASSERT_TRUE(store_->diary->AddEntry(c, {0, day_, Meal::kLunch, "11457", Grams(30), ""}).ok());
  ASSERT_TRUE(store_->profile_settings->Save(c, kSettings, kBody).ok());
  ASSERT_EQ(store_->diary->GetDay(c, day_)->entries.size(), 1u);  // cached
  ASSERT_TRUE(store_->profiles->GetProfile(c).ok());
  ASSERT_TRUE(store_->accounts->DeleteUser(c).ok());
  const UserId again = *store_->accounts->CreateUser("c2@example.org", "hash");
  ASSERT_EQ(again, c);
  EXPECT_TRUE(store_->diary->GetDay(again, day_)->entries.empty());
  EXPECT_EQ(store_->profiles->GetProfile(again).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->profile_settings->Get(again).status().code(), StatusCode::kNotFound);

  // The same, deleted and re-created by another process.
  auto other = Open(milliseconds(0));
  ASSERT_TRUE(store_->diary->AddEntry(again, {0, day_, Meal::kLunch, "11457", Grams(30), ""}).ok());
  auto checked = Open(milliseconds(0));
  ASSERT_EQ(checked->diary->GetDay(again, day_)->entries.size(), 1u);  // cached there
  ASSERT_TRUE(other->accounts->DeleteUser(again).ok());
  ASSERT_EQ(*other->accounts->CreateUser("c3@example.org", "hash"), again);
  EXPECT_TRUE(checked->diary->GetDay(again, day_)->entries.empty());
}

TEST_F(CachesTest, AnotherProcessesWritesAreSeenAtOnceWhenEveryReadIsChecked) {
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "session-a", "csrf", 1000).ok());
  auto token = store_->accounts->CreateApiToken(a_, "t", "token-a", 0);
  auto checked = Open(milliseconds(0));
  auto other = Open(milliseconds(0));
  ReadAll(*checked);
  ASSERT_TRUE(checked->accounts->FindSession("session-a", 0).ok());
  ASSERT_TRUE(checked->diary->GetDay(a_, day_)->entries.empty());

  ASSERT_TRUE(other->diary->AddEntry(a_, {0, day_, Meal::kLunch, "11457", Grams(30), ""}).ok());
  EXPECT_EQ(checked->diary->GetDay(a_, day_)->entries.size(), 1u);
  ASSERT_TRUE(other->water->Add(a_, {0, day_, 250}).ok());
  EXPECT_EQ(checked->diary->GetDay(a_, day_)->water.size(), 1u);
  ASSERT_TRUE(other->profile_settings->Save(a_, kSettings, kBody).ok());
  EXPECT_TRUE(checked->profiles->GetProfile(a_).ok());
  EXPECT_TRUE(checked->profile_settings->Get(a_).ok());
  ASSERT_TRUE(other->accounts->DeleteSession("session-a").ok());
  EXPECT_EQ(checked->accounts->FindSession("session-a", 0).status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(other->accounts->DeleteApiToken(a_, *token).ok());
  EXPECT_EQ(checked->accounts->FindApiToken("token-a").status().code(), StatusCode::kNotFound);
  FoodDataset changed = dataset_;
  changed.checksum = "another";
  for (Food& f : changed.foods) {
    if (f.id == "11457") f.description = "Spinach, renamed";
  }
  ASSERT_TRUE(other->foods->ImportDataset(changed).ok());
  EXPECT_EQ((*checked->foods->GetFood("11457"))->description, "Spinach, renamed");
}

TEST_F(CachesTest, AnotherProcessesWritesAreSeenWithinTheRefresh) {
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "session-a", "csrf", 1000).ok());
  const milliseconds refresh(300);
  auto bounded = Open(refresh);
  auto other = Open(milliseconds(0));
  ReadAll(*bounded);
  ASSERT_TRUE(bounded->accounts->FindSession("session-a", 0).ok());

  ASSERT_TRUE(other->diary->AddEntry(a_, {0, day_, Meal::kLunch, "11457", Grams(30), ""}).ok());
  ASSERT_TRUE(other->profile_settings->Save(a_, kSettings, kBody).ok());
  ASSERT_TRUE(other->accounts->DeleteSession("session-a").ok());
  FoodDataset changed = dataset_;
  changed.checksum = "another";
  for (Food& f : changed.foods) {
    if (f.id == "11457") f.description = "Spinach, renamed";
  }
  ASSERT_TRUE(other->foods->ImportDataset(changed).ok());
  std::this_thread::sleep_for(refresh + milliseconds(50));
  EXPECT_EQ(bounded->diary->GetDay(a_, day_)->entries.size(), 1u);
  EXPECT_TRUE(bounded->profiles->GetProfile(a_).ok());
  EXPECT_EQ(bounded->accounts->FindSession("session-a", 0).status().code(), StatusCode::kNotFound);
  EXPECT_EQ((*bounded->foods->GetFood("11457"))->description, "Spinach, renamed");
}

// Read-your-writes across servers at one stamp read per request: with every
// read checked (refresh zero), a request sees each write acknowledged before
// it began, and within the request a stamp once read is used again (a write
// that lands during the request is seen by the next one).
TEST_F(CachesTest, ARequestSeesEveryWriteAcknowledgedBeforeItAndReadsEachStampOnce) {
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "session-a", "csrf", 1000).ok());
  auto checked = Open(milliseconds(0));
  auto other = Open(milliseconds(0));
  {
    const FreshReadsScope first_request;
    ReadAll(*checked);
    ASSERT_TRUE(checked->diary->GetDay(a_, day_)->entries.empty());
    ASSERT_TRUE(other->diary->AddEntry(a_, {0, day_, Meal::kLunch, "11457", Grams(30), ""}).ok());
    ASSERT_TRUE(other->accounts->DeleteSession("session-a").ok());
    EXPECT_TRUE(checked->diary->GetDay(a_, day_)->entries.empty()) << "the stamp read once in this request";
    EXPECT_TRUE(checked->accounts->FindSession("session-a", 0).ok());
  }
  const FreshReadsScope second_request;
  EXPECT_EQ(checked->diary->GetDay(a_, day_)->entries.size(), 1u);
  EXPECT_EQ(checked->accounts->FindSession("session-a", 0).status().code(), StatusCode::kNotFound);
}

// A request's own write is seen by its next read, whatever it read before.
TEST_F(CachesTest, ARequestSeesItsOwnWrite) {
  auto checked = Open(milliseconds(0));
  const FreshReadsScope request;
  ASSERT_TRUE(checked->diary->GetDay(a_, day_)->entries.empty());
  ASSERT_TRUE(checked->diary->AddEntry(a_, {0, day_, Meal::kLunch, "11457", Grams(30), ""}).ok());
  EXPECT_EQ(checked->diary->GetDay(a_, day_)->entries.size(), 1u);
}

// What the two tests above rely on: before its stamps are read again, a
// store answers from its caches (so those tests saw the stamps at work, not
// an uncached read).
TEST_F(CachesTest, BeforeTheRefreshAStoreAnswersFromItsCaches) {
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "session-a", "csrf", 1000).ok());
  auto other = Open(milliseconds(0));
  ReadAll(*store_);
  ASSERT_TRUE(other->diary->AddEntry(a_, {0, day_, Meal::kLunch, "11457", Grams(30), ""}).ok());
  ASSERT_TRUE(other->profile_settings->Save(a_, kSettings, kBody).ok());
  ASSERT_TRUE(other->accounts->DeleteSession("session-a").ok());
  EXPECT_TRUE(store_->diary->GetDay(a_, day_)->entries.empty());
  EXPECT_EQ(store_->profiles->GetProfile(a_).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->accounts->FindSession("session-a", 0).ok());
}

}  // namespace
}  // namespace platewise
