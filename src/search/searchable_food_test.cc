#include "search/searchable_food.h"

#include <gtest/gtest.h>

#include "core/food/quick_add.h"
#include "search/index_updates.h"

namespace platewise::search {
namespace {

// Every path into the index shares one rule: a quick add's food is never
// searched (restore, the use cases' updates, the load and the follower).
TEST(SearchableFoodTest, AQuickAddsFoodNeverReachesTheIndex) {
  Food bar{"c1", "Zqxwv bar", "", "custom", {}, {}, {}, {}, {{1, "serving", Grams(40)}}, "", ""};
  Food quick = bar;
  quick.id = "c2";
  quick.description = "Zqxwv lunch";
  quick.source = kQuickAddSource;
  EXPECT_TRUE(Searchable(bar, 7).has_value());
  EXPECT_FALSE(Searchable(quick, 7).has_value());
  EXPECT_FALSE(Searchable(FoodListing{"c2", "Zqxwv lunch", "", kQuickAddSource, 1, 7}).has_value());

  FoodIndex index;
  IndexUpdates updates(index);
  updates.CustomFoodAdded(7, bar);
  updates.CustomFoodAdded(7, quick);
  auto hits = index.Search("zqxwv", 5, 7);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "c1");
}

}  // namespace
}  // namespace platewise::search
