// The storage layer scopes every user-owned row to its owner: another owner's
// ids are NotFound, custom foods are visible to their owner only, and
// deleting a user removes every row they own. Real SQLite files in temp dirs,
// with the caches of storage/caching/ in front and without.

#include <gtest/gtest.h>

#include "core/food/recipe.h"
#include "import/usda_sr24.h"
#include "storage/caching/with_caches.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

class OwnerScopingTest : public ::testing::TestWithParam<bool> {  // param: cached
 protected:
  void SetUp() override {
    auto store = OpenSqliteStore(dir_.File("p.db"));
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = GetParam() ? WithCaches(std::move(*store)) : std::move(*store);
    auto ds = ReadUsdaSr24(std::string(PLATEWISE_TEST_DATA_DIR) + "/sr24-mini");
    ASSERT_TRUE(ds.ok());
    ASSERT_TRUE(store_->foods->ImportDataset(*ds).ok());
    a_ = *store_->accounts->CreateUser("a@example.org", "hash-a");
    b_ = *store_->accounts->CreateUser("b@example.org", "hash-b");
  }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  UserId a_ = 0, b_ = 0;
  const CivilDate day_{2026, 11, 29};
};

TEST_P(OwnerScopingTest, EmailsAreUniqueCaseInsensitively) {
  EXPECT_EQ(store_->accounts->CreateUser("A@EXAMPLE.ORG", "x").status().code(), StatusCode::kConflict);
  EXPECT_EQ(store_->accounts->FindUserByEmail("a@example.org")->id, a_);
}

TEST_P(OwnerScopingTest, AnotherOwnersEntriesAreNotFound) {
  auto e = store_->diary->AddEntry(a_, {0, day_, Meal::kLunch, "11457", Grams(30), "30 g"});
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(store_->diary->GetEntry(b_, e->id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->diary->UpdateEntry(b_, e->id, {.grams = Grams(1)}, std::nullopt).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(store_->diary->DeleteEntry(b_, e->id).code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->diary->GetDay(b_, day_)->entries.empty());
  EXPECT_TRUE(store_->diary->CopyEntries(b_, day_, CivilDate{2026, 11, 30}, std::nullopt)->empty());
  EXPECT_EQ(store_->diary->GetEntry(a_, e->id)->grams, Grams(30));  // unchanged
  auto w = store_->water->Add(a_, {0, day_, 250});
  EXPECT_EQ(store_->water->Delete(b_, w->id).code(), StatusCode::kNotFound);
  auto kg = store_->weights->Put(a_, {0, day_, Kilograms(70)});
  EXPECT_EQ(store_->weights->Delete(b_, kg->id).code(), StatusCode::kNotFound);
  auto t = store_->accounts->CreateApiToken(a_, "t", "hash", 0);
  EXPECT_EQ(store_->accounts->DeleteApiToken(b_, *t).code(), StatusCode::kNotFound);
}

TEST_P(OwnerScopingTest, CustomFoodsAreVisibleToTheirOwnerOnly) {
  auto label = BuildCustomFood({"Qwerty bar", 40.0, true, {{"energy", 200}}});
  auto food = store_->custom_foods->CreateFood(a_, *label);
  ASSERT_TRUE(food.ok());
  EXPECT_EQ(food->id, "c1");
  EXPECT_TRUE(store_->foods->GetVisibleFood(a_, food->id).ok());
  EXPECT_EQ(store_->foods->GetVisibleFood(b_, food->id).status().code(), StatusCode::kNotFound);
  // The search index learns the owner from the listing and shows it to A only.
  auto listings = store_->foods->ListFoodListings();
  ASSERT_TRUE(listings.ok());
  int owned = 0;
  for (const FoodListing& l : *listings) owned += l.id == food->id && l.owner == a_;
  EXPECT_EQ(owned, 1);
  // Rankings and suggestion pools are shared data: no user's food is in them.
  auto qwerty = BuildCustomFood({"Qwerty magnesium bar", 40.0, true, {{"energy", 200}, {"magnesium", 5000}}});
  auto rich = store_->custom_foods->CreateFood(a_, *qwerty);
  ASSERT_TRUE(rich.ok());
  for (RankBasis basis : {RankBasis::kPer100g, RankBasis::kPer100kcal, RankBasis::kPerPortion}) {
    auto top = store_->foods->TopFoodsByNutrient("magnesium", basis, 5);
    ASSERT_TRUE(top.ok());
    for (const RankedFood& r : *top) EXPECT_NE(r.food.id, rich->id) << "ranked another user's food";
  }
  auto pool = store_->foods->ListFoodsInGroups({rich->food_group});
  ASSERT_TRUE(pool.ok());
  for (const SharedFood& f : *pool) EXPECT_NE(f->id, rich->id);
  EXPECT_EQ(store_->diary->AddEntry(b_, {0, day_, Meal::kLunch, food->id, Grams(1), ""}).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(store_->favourites->Add(b_, food->id).code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->custom_foods->DeleteFood(b_, food->id).code(), StatusCode::kNotFound);
  ASSERT_TRUE(store_->diary->AddEntry(a_, {0, day_, Meal::kLunch, food->id, Grams(40), ""}).ok());
  EXPECT_EQ(store_->custom_foods->DeleteFood(a_, food->id).code(), StatusCode::kConflict);  // in use
}

TEST_P(OwnerScopingTest, ADeletedCustomFoodIsGoneEvenAfterItWasRead) {
  auto food = store_->custom_foods->CreateFood(a_, *BuildCustomFood({"Mine", std::nullopt, false, {{"energy", 1}}}));
  ASSERT_TRUE(food.ok());
  ASSERT_TRUE(store_->foods->GetVisibleFood(a_, food->id).ok());
  EXPECT_EQ(store_->foods->GetVisibleFood(b_, food->id).status().code(), StatusCode::kNotFound);  // cached, still private
  ASSERT_TRUE(store_->custom_foods->DeleteFood(a_, food->id).ok());
  EXPECT_EQ(store_->foods->GetVisibleFood(a_, food->id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->foods->GetFood(food->id).status().code(), StatusCode::kNotFound);
}

TEST_P(OwnerScopingTest, DeletingAUserRemovesEverythingTheyOwnAndNothingElse) {
  auto food = store_->custom_foods->CreateFood(a_, *BuildCustomFood({"Mine", std::nullopt, false, {{"energy", 1}}}));
  ASSERT_TRUE(store_->diary->AddEntry(a_, {0, day_, Meal::kLunch, food->id, Grams(40), ""}).ok());
  ASSERT_TRUE(store_->diary->AddEntry(b_, {0, day_, Meal::kLunch, "11457", Grams(40), ""}).ok());
  ASSERT_TRUE(store_->favourites->Add(a_, food->id).ok());
  ASSERT_TRUE(store_->water->Add(a_, {0, day_, 100}).ok());
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "session-hash", "csrf", 100).ok());
  ASSERT_TRUE(store_->foods->GetVisibleFood(a_, food->id).ok());  // read once: now in the food cache
  ASSERT_TRUE(store_->accounts->DeleteUser(a_).ok());
  EXPECT_EQ(store_->accounts->GetUser(a_).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->foods->GetFood(food->id).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->diary->ListAll(a_)->empty());
  EXPECT_TRUE(store_->water->ListAll(a_)->empty());
  EXPECT_TRUE(store_->favourites->List(a_)->empty());
  EXPECT_EQ(store_->accounts->FindSession("session-hash", 0).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->diary->ListAll(b_)->size(), 1u);  // B untouched
}

TEST_P(OwnerScopingTest, SessionsExpire) {
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "h", "csrf", 1000).ok());
  EXPECT_EQ(store_->accounts->FindSession("h", 999)->owner, a_);
  EXPECT_EQ(store_->accounts->FindSession("h", 1000).status().code(), StatusCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(CachedAndNot, OwnerScopingTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& p) { return p.param ? "Cached" : "Plain"; });

}  // namespace
}  // namespace platewise
