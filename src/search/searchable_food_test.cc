#include "search/searchable_food.h"

#include <gtest/gtest.h>

#include "core/food/quick_add.h"
#include "search/index_updates.h"

namespace platewise::search {
namespace {

// Every path into the index shares one rule: a quick add's food is never
// searched (restore, the use cases' updates, the load and the follower).
TEST(SearchableFoodTest, AQuickAddsFoodNeverReachesTheIndex) {
  Food bar{"c1", "Zqxwv bar", "", "custom", {}, {}, {}, {}, {{1, "serving", Grams(40)}}, "", "", ""};
  Food quick = bar;
  quick.id = "c2";
  quick.description = "Zqxwv lunch";
  quick.source = kQuickAddSource;
  EXPECT_TRUE(Searchable(bar, 7).has_value());
  EXPECT_FALSE(Searchable(quick, 7).has_value());
  EXPECT_FALSE(Searchable(FoodListing{"c2", "Zqxwv lunch", "", kQuickAddSource, 1, 7, ""}).has_value());

  FoodIndex index;
  IndexUpdates updates(index);
  updates.CustomFoodAdded(7, bar);
  updates.CustomFoodAdded(7, quick);
  auto hits = index.Search("zqxwv", 5, 7);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "c1");
}

// Issue 13, search at the new scale: a packaged food is found by its brand's
// words, and ranks below a plain food for a bare query, whichever path
// (the load's listing or a food) put it in the index.
TEST(SearchableFoodTest, APackagedFoodIsFoundByItsBrandAndRanksBelowPlainFoodsForABareQuery) {
  Food plain{"01256", "Yogurt, Greek, plain, nonfat", "Dairy and Egg Products", kUsdaSr24Source,
             {}, {}, {}, {}, {{1, "container", Grams(170)}}, "", "", ""};
  Food packaged{"fdc:2012128", "GREEK NONFAT YOGURT, PLAIN", "Yogurt", "fdc-branded",
                {}, {}, {}, {}, {{1, "serving", Grams(170)}}, "Chobani", "00081829001001", ""};
  const FoodListing listing{packaged.id, packaged.description, packaged.food_group, packaged.source, 1, 0,
                            packaged.brand};
  for (const std::optional<IndexedFood>& indexed : {Searchable(packaged, 0), Searchable(listing)}) {
    ASSERT_TRUE(indexed.has_value());
    EXPECT_TRUE(indexed->branded);
    EXPECT_EQ(indexed->name, "GREEK NONFAT YOGURT, PLAIN (Chobani)");
    FoodIndex index;
    index.AddAll({*Searchable(plain, 0), *indexed});
    auto bare = index.Search("greek yogurt", 5, 1);
    ASSERT_EQ(bare.size(), 2u);
    EXPECT_EQ(bare[0].id, "01256");
    auto named = index.Search("chobani yogurt", 5, 1);
    ASSERT_FALSE(named.empty());
    EXPECT_EQ(named[0].id, "fdc:2012128");
  }
}

}  // namespace
}  // namespace platewise::search
