// The diary and food queries of the nutrient report and suggestions, against a
// real SQLite file: date ranges, logged dates, food groups and rankings.

#include <gtest/gtest.h>

#include "import/usda_sr24.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

class NutrientQueriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenSqliteStore(dir_.File("pw.db"));
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(*store);
    auto ds = ReadUsdaSr24(std::string(PLATEWISE_TEST_DATA_DIR) + "/sr24-mini");
    ASSERT_TRUE(ds.ok());
    ASSERT_TRUE(store_->foods->ImportDataset(*ds).ok());
  }
  void Log(const CivilDate& date, const char* food, double grams) {
    ASSERT_TRUE(store_->diary->AddEntry(kLocalUser, {0, date, Meal::kLunch, food, Grams(grams), ""}).ok());
  }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(NutrientQueriesTest, ListRangeAndLoggedDatesAreInclusiveOrderedAndOwnerScoped) {
  Log({2026, 11, 20}, "11457", 100);
  Log({2026, 11, 22}, "12061", 30);
  Log({2026, 11, 22}, "11457", 50);
  Log({2026, 11, 25}, "01123", 50);
  auto range = store_->diary->ListRange(kLocalUser, {2026, 11, 20}, {2026, 11, 22});
  ASSERT_TRUE(range.ok());
  ASSERT_EQ(range->size(), 3u);
  EXPECT_EQ((*range)[0].date, (CivilDate{2026, 11, 20}));
  EXPECT_EQ((*range)[1].food_id, "12061");
  EXPECT_EQ((*range)[2].grams, Grams(50));

  struct Case {
    CivilDate up_to;
    int limit;
    std::vector<CivilDate> expected;
  };
  const Case kCases[] = {
      {{2026, 11, 30}, 7, {{2026, 11, 25}, {2026, 11, 22}, {2026, 11, 20}}},
      {{2026, 11, 30}, 2, {{2026, 11, 25}, {2026, 11, 22}}},
      {{2026, 11, 24}, 7, {{2026, 11, 22}, {2026, 11, 20}}},
      {{2026, 11, 19}, 7, {}},
  };
  for (const Case& c : kCases) {
    auto dates = store_->diary->LoggedDates(kLocalUser, c.up_to, c.limit);
    ASSERT_TRUE(dates.ok());
    EXPECT_EQ(*dates, c.expected) << c.up_to.ToString() << " " << c.limit;
  }
  EXPECT_EQ(store_->diary->LoggedDates(kLocalUser, {2026, 11, 30}, 0).status().code(), StatusCode::kInvalidArgument);
  // Another owner sees none of it.
  EXPECT_TRUE(store_->diary->ListRange(2, {2026, 1, 1}, {2026, 12, 31})->empty());
  EXPECT_TRUE(store_->diary->LoggedDates(2, {2026, 12, 31}, 7)->empty());
}

TEST_F(NutrientQueriesTest, FoodsInGroupsAndRankings) {
  auto veg = store_->foods->ListFoodsInGroups({"Vegetables and Vegetable Products", "Nut and Seed Products"});
  ASSERT_TRUE(veg.ok());
  ASSERT_EQ(veg->size(), 2u);
  EXPECT_EQ((*veg)[0]->id, "11457");
  EXPECT_FALSE((*veg)[0]->portions.empty());
  EXPECT_TRUE(store_->foods->ListFoodsInGroups({"No Such Group"})->empty());

  struct Case {
    RankBasis basis;
    std::vector<std::pair<std::string, double>> expected;  // Cheez Whiz has no magnesium value: left out
  };
  const Case kCases[] = {
      {RankBasis::kPer100g, {{"12061", 268}, {"11457", 79}, {"01123", 12}}},
      {RankBasis::kPer100kcal, {{"11457", 79.0 / 23 * 100}, {"12061", 268.0 / 575 * 100}, {"01123", 12.0 / 143 * 100}}},
      // First portion: almonds 1 cup ground (95 g), egg 1 cup (243 g), spinach 1 cup (30 g).
      {RankBasis::kPerPortion, {{"12061", 268 * 0.95}, {"01123", 12 * 2.43}, {"11457", 79 * 0.30}}},
  };
  for (const Case& c : kCases) {
    auto ranked = store_->foods->TopFoodsByNutrient("magnesium", c.basis, 10);
    ASSERT_TRUE(ranked.ok());
    ASSERT_EQ(ranked->size(), c.expected.size());
    for (size_t i = 0; i < c.expected.size(); ++i) {
      EXPECT_EQ((*ranked)[i].food.id, c.expected[i].first);
      EXPECT_NEAR((*ranked)[i].amount, c.expected[i].second, 1e-9);
    }
  }
  EXPECT_EQ(store_->foods->TopFoodsByNutrient("magnesium", RankBasis::kPer100g, 1)->size(), 1u);
  EXPECT_FALSE(store_->foods->TopFoodsByNutrient("magnesium", RankBasis::kPer100g, 0).ok());
}

}  // namespace
}  // namespace platewise
