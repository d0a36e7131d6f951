#include <gtest/gtest.h>

#include <fstream>

#include "import/usda_sr24.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

const std::string kMiniDir = std::string(PLATEWISE_TEST_DATA_DIR) + "/sr24-mini";

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenSqliteStore(dir_.File("var/platewise.db"));
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(*store);
    auto ds = ReadUsdaSr24(kMiniDir);
    ASSERT_TRUE(ds.ok());
    dataset_ = *ds;
    ASSERT_TRUE(store_->foods->ImportDataset(dataset_).ok());
  }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  FoodDataset dataset_;
};

TEST_F(SqliteStoreTest, FoodRoundTripsWithZeroDistinctFromNotAnalysed) {
  auto found = store_->foods->GetFood("11457");
  ASSERT_TRUE(found.ok());
  const SharedFood& spinach = *found;
  EXPECT_EQ(spinach->description, "Spinach, raw");
  EXPECT_EQ(spinach->source, kUsdaSr24Source);
  EXPECT_EQ(*spinach->per_100g.Get("magnesium"), 79.0);
  EXPECT_EQ(*spinach->per_100g.Get("cholesterol"), 0.0);       // analysed: zero
  EXPECT_FALSE(spinach->per_100g.Get("starch").has_value()); // not analysed
  for (const Food& f : dataset_.foods) {
    if (f.id == "11457") {
      EXPECT_EQ(*spinach, f);  // every field, portions in order
    }
  }
}

TEST_F(SqliteStoreTest, UnknownFoodIsNotFound) {
  auto r = store_->foods->GetFood("99999");
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST_F(SqliteStoreTest, FailedImportLeavesPreviousDataIntact) {
  FoodDataset changed = dataset_;
  changed.checksum = "different";
  changed.foods[0].description = "renamed";
  // The last food names a nutrient the store does not know: the import fails
  // after most rows were written, and must roll all of them back.
  changed.foods.back().per_100g.Set("unobtainium", 1);
  auto r = store_->foods->ImportDataset(changed);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(**store_->foods->GetFood(dataset_.foods[0].id), dataset_.foods[0]);
  // The old checksum is still recorded: importing the original is a no-op.
  auto again = store_->foods->ImportDataset(dataset_);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->changed);
}

TEST_F(SqliteStoreTest, NewChecksumUpdatesFoodsInPlace) {
  FoodDataset changed = dataset_;
  changed.checksum = "v2";
  changed.foods[0].description = "renamed";
  auto before = store_->foods->GetFood(changed.foods[0].id);  // read, so it is cached
  ASSERT_TRUE(before.ok());
  auto r = store_->foods->ImportDataset(changed);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->changed);
  EXPECT_EQ((*store_->foods->GetFood(changed.foods[0].id))->description, "renamed");
  EXPECT_EQ((*before)->description, dataset_.foods[0].description);  // a reader's copy is not changed under it
  EXPECT_EQ(*store_->foods->CountFoods(), 4);
}

TEST_F(SqliteStoreTest, ListsEveryFoodForTheSearchIndex) {
  auto r = store_->foods->ListFoodListings();
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 4u);
  EXPECT_EQ((*r)[0].id, "01123");  // id order, leading zero kept
  for (const FoodListing& l : *r) {
    if (l.id != "11457") continue;
    EXPECT_EQ(l.description, "Spinach, raw");
    EXPECT_EQ(l.food_group, "Vegetables and Vegetable Products");
    EXPECT_EQ(l.source, kUsdaSr24Source);
    EXPECT_EQ(l.portions, 4);
  }
}

TEST_F(SqliteStoreTest, DiaryEntriesRoundTripByDay) {
  CivilDate day{2026, 11, 29};
  auto a = store_->diary->AddEntry(kLocalUser, {0, day, Meal::kLunch, "11457", Grams(30), "1 cup"});
  ASSERT_TRUE(a.ok());
  EXPECT_GT(a->id, 0);
  ASSERT_TRUE(store_->diary->AddEntry(kLocalUser, {0, day, Meal::kSnacks, "12061", Grams(28), "1 oz"}).ok());
  ASSERT_TRUE(store_->diary->AddEntry(kLocalUser, {0, CivilDate{2026, 11, 30}, Meal::kSnacks, "12061", Grams(5), ""}).ok());
  auto got = store_->diary->GetDay(kLocalUser, day);
  ASSERT_TRUE(got.ok());
  const std::vector<DiaryEntry>& list = got->entries;
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].food_id, "11457");
  EXPECT_EQ(list[0].meal, Meal::kLunch);
  EXPECT_EQ(list[0].amount_text, "1 cup");
  EXPECT_EQ(list[1].grams.value(), 28);

  auto counts = store_->diary->CountLogsByFood();
  ASSERT_TRUE(counts.ok());
  ASSERT_EQ(counts->size(), 2u);
  for (const FoodLogCount& c : *counts) {
    EXPECT_EQ(c.owner, kLocalUser);
    EXPECT_EQ(c.entries, c.food_id == "12061" ? 2 : 1);
  }

  auto missing = store_->diary->AddEntry(kLocalUser, {0, day, Meal::kLunch, "00000", Grams(30), ""});
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->diary->GetDay(kLocalUser, day)->entries.size(), 2u);
}

TEST_F(SqliteStoreTest, ProfileRoundTripsAndIsNotFoundUntilSet) {
  EXPECT_EQ(store_->profiles->GetProfile(kLocalUser).status().code(), StatusCode::kNotFound);
  BodyProfile p{Sex::kMale, 40, Centimeters(180), Kilograms(100), ActivityLevel::kActive, WeeklyGoal{-1.5}};
  ASSERT_TRUE(store_->profiles->SaveProfile(kLocalUser, p).ok());
  auto got = store_->profiles->GetProfile(kLocalUser);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->sex, Sex::kMale);
  EXPECT_EQ(got->activity, ActivityLevel::kActive);
  EXPECT_EQ(got->goal.lb_per_week, -1.5);
  EXPECT_EQ(got->height.value(), 180);
}

TEST_F(SqliteStoreTest, DataSurvivesReopening) {
  ASSERT_TRUE(store_->diary->AddEntry(kLocalUser, {0, CivilDate{2026, 1, 2}, Meal::kDinner, "01123", Grams(50), ""}).ok());
  store_.reset();
  auto reopened = OpenSqliteStore(dir_.File("var/platewise.db"));
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(*(*reopened)->foods->CountFoods(), 4);
  EXPECT_EQ((*reopened)->diary->GetDay(kLocalUser, CivilDate{2026, 1, 2})->entries.size(), 1u);
}

TEST(SqliteStoreOpenTest, AFileThatIsNotADatabaseIsUnavailableAndUntouched) {
  testing::TempDir dir;
  std::string path = dir.File("notes.txt");
  std::string content(4096, 'x');
  std::ofstream(path) << content;
  auto store = OpenSqliteStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
  std::ifstream in(path);
  std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(after, content);
}

}  // namespace
}  // namespace platewise
