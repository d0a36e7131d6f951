// The ranking rules of food_ranking.h at work in the index, each on foods
// that show it (not the relevance sets): whole-head matches, one name word
// per query word, and the person's own foods first for a short query.

#include <gtest/gtest.h>

#include "search/food_index.h"

namespace platewise::search {
namespace {

std::vector<std::string> Ids(const std::vector<SearchHit>& hits) {
  std::vector<std::string> ids;
  for (const auto& h : hits) ids.push_back(h.id);
  return ids;
}

TEST(RankingRulesTest, AQueryThatIsTheWholeHeadBeatsALongerHead) {
  FoodIndex index;
  index.AddAll({{"11507", "Sweet potato leaves, raw", "Vegetables and Vegetable Products", false, 2, kSharedFood},
                {"11508", "Sweet potato, cooked, baked in skin", "Vegetables and Vegetable Products", false, 2,
                 kSharedFood}});
  // The leaves have the raw bonus; the whole head "sweet potato" outweighs it.
  EXPECT_EQ(Ids(index.Search("sweet potato", 2, 1)), (std::vector<std::string>{"11508", "11507"}));
}

TEST(RankingRulesTest, ANameWordServesOneQueryWord) {
  FoodIndex index;
  index.AddAll({{"05062", "Chicken, breast", "Poultry Products", false, 2, kSharedFood}});
  auto once = index.Search("chicken", 1, 1);
  auto twice = index.Search("chicken chicken", 1, 1);
  ASSERT_EQ(once.size(), 1u);
  ASSERT_EQ(twice.size(), 1u);
  // The second "chicken" finds only the word the first one has: it adds a
  // quarter of an exact match, not a second full match with its place bonus.
  EXPECT_NEAR(twice[0].words_score - once[0].words_score, 2.5f, 1e-4);
}

TEST(RankingRulesTest, AShortQueryPutsThePersonsOwnFoodFirst) {
  FoodIndex index;
  index.AddAll({{"15088", "Sardines, raw", "Finfish and Shellfish Products", false, 6, kSharedFood},
                {"22960", "Sardines, canned in tomato sauce, with pasta", "Meals, Entrees, and Side Dishes", false, 0,
                 kSharedFood}});
  index.RecordLog(7, "22960", 1);
  // Typing the word out: the plain raw food, as for everyone.
  EXPECT_EQ(index.Search("sardines", 1, 7)[0].id, "15088");
  // The first letters: what this person eats comes first; not for others.
  EXPECT_EQ(index.Search("sa", 1, 7)[0].id, "22960");
  EXPECT_EQ(index.Search("sa", 1, 8)[0].id, "15088");
}

}  // namespace
}  // namespace platewise::search
