// GetDay answers from the day cache (storage/caching/caching_diary.h) once a
// day was read: every kind of write must show in the next read, and one
// user's write must not disturb another user's cached day.

#include <gtest/gtest.h>

#include <filesystem>

#include "import/usda_sr24.h"
#include "storage/caching/with_caches.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

const std::string kMiniDir = std::string(PLATEWISE_TEST_DATA_DIR) + "/sr24-mini";

class DiaryDayCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenSqliteStore((dir_.path() / "p.db").string());
    ASSERT_TRUE(store.ok());
    // Stamps known for an hour: only this process's own writes retire a day.
    store_ = WithCaches(std::move(*store), {std::chrono::hours(1)});
    ASSERT_TRUE(EnsureFoodsImported(kMiniDir, *store_->foods).ok());
    a_ = *store_->accounts->CreateUser("a@example.org", "hash-a");
    b_ = *store_->accounts->CreateUser("b@example.org", "hash-b");
  }

  DiaryDayRows Day(UserId user, const CivilDate& date) {
    auto day = store_->diary->GetDay(user, date);
    EXPECT_TRUE(day.ok());
    return day.ok() ? *day : DiaryDayRows{};
  }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  UserId a_ = 0, b_ = 0;
  const CivilDate day_{2026, 11, 29};
  const CivilDate next_{2026, 11, 30};
};

// Before each write both days are read, so both are cached at the current
// stamp: each write alone must retire them.
TEST_F(DiaryDayCacheTest, EveryWriteShowsInTheNextRead) {
  auto cache_both = [&] {
    Day(a_, day_);
    Day(a_, next_);
  };
  cache_both();
  EXPECT_TRUE(Day(a_, day_).entries.empty());

  auto e = store_->diary->AddEntry(a_, {0, day_, Meal::kLunch, "11457", Grams(30), "30 g"});
  ASSERT_TRUE(e.ok());
  ASSERT_EQ(Day(a_, day_).entries.size(), 1u);
  EXPECT_EQ(Day(a_, day_).entries[0].grams.value(), 30);

  cache_both();
  ASSERT_TRUE(store_->diary->UpdateEntry(a_, e->id, {.grams = Grams(45)}, std::nullopt).ok());
  EXPECT_EQ(Day(a_, day_).entries[0].grams.value(), 45);

  cache_both();
  ASSERT_TRUE(store_->diary->CopyEntries(a_, day_, next_, std::nullopt).ok());
  EXPECT_EQ(Day(a_, next_).entries.size(), 1u);

  cache_both();
  // moved to a day that is cached too
  ASSERT_TRUE(store_->diary->UpdateEntry(a_, e->id, {.date = next_}, std::nullopt).ok());
  EXPECT_TRUE(Day(a_, day_).entries.empty());
  EXPECT_EQ(Day(a_, next_).entries.size(), 2u);

  cache_both();
  ASSERT_TRUE(store_->diary->DeleteEntry(a_, e->id).ok());
  EXPECT_EQ(Day(a_, next_).entries.size(), 1u);

  cache_both();
  auto water = store_->water->Add(a_, {0, day_, 250});
  ASSERT_TRUE(water.ok());
  ASSERT_EQ(Day(a_, day_).water.size(), 1u);
  cache_both();
  ASSERT_TRUE(store_->water->Delete(a_, water->id).ok());
  EXPECT_TRUE(Day(a_, day_).water.empty());

  cache_both();
  auto walk = store_->exercise->Add(a_, {0, day_, "custom", "Walk", 30.0, Kcal(120)});
  ASSERT_TRUE(walk.ok());
  ASSERT_EQ(Day(a_, day_).exercise.size(), 1u);
  cache_both();
  ASSERT_TRUE(store_->exercise->Delete(a_, walk->id).ok());
  EXPECT_TRUE(Day(a_, day_).exercise.empty());
}

TEST_F(DiaryDayCacheTest, UsersAreCachedApart) {
  ASSERT_TRUE(store_->diary->AddEntry(b_, {0, day_, Meal::kLunch, "11457", Grams(30), "30 g"}).ok());
  EXPECT_EQ(Day(b_, day_).entries.size(), 1u);
  EXPECT_TRUE(Day(a_, day_).entries.empty());
  ASSERT_TRUE(store_->diary->AddEntry(a_, {0, day_, Meal::kDinner, "11457", Grams(10), "10 g"}).ok());
  EXPECT_EQ(Day(a_, day_).entries.size(), 1u);
  EXPECT_EQ(Day(b_, day_).entries.size(), 1u);
  EXPECT_EQ(Day(b_, day_).entries[0].grams.value(), 30);
}

TEST_F(DiaryDayCacheTest, ADeletedUsersDayIsGone) {
  ASSERT_TRUE(store_->diary->AddEntry(a_, {0, day_, Meal::kLunch, "11457", Grams(30), "30 g"}).ok());
  EXPECT_EQ(Day(a_, day_).entries.size(), 1u);
  ASSERT_TRUE(store_->accounts->DeleteUser(a_).ok());
  EXPECT_TRUE(Day(a_, day_).entries.empty());
}

}  // namespace
}  // namespace platewise
