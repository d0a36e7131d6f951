#include "search/food_index.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace platewise::search {
namespace {

std::vector<std::string> Ids(const std::vector<SearchHit>& hits) {
  std::vector<std::string> ids;
  for (const auto& h : hits) ids.push_back(h.id);
  return ids;
}

class FoodIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    index_.AddAll({
        {"12061", "Nuts, almonds", "Nut and Seed Products", false, 6, kSharedFood},
        {"04529", "Oil, almond", "Fats and Oils", false, 3, kSharedFood},
        {"11457", "Spinach, raw", "Vegetables and Vegetable Products", false, 4, kSharedFood},
        {"03189", "Babyfood, spinach, creamed", "Baby Foods", false, 2, kSharedFood},
        {"01123", "Egg, whole, raw, fresh", "Dairy and Egg Products", false, 6, kSharedFood},
        {"05062", "Chicken, broilers or fryers, breast, meat only, raw", "Poultry Products", false, 2, kSharedFood},
        {"11090", "Broccoli, raw", "Vegetables and Vegetable Products", false, 4, kSharedFood},
        {"09316", "Strawberries, raw", "Fruits and Fruit Juices", false, 4, kSharedFood},
    });
  }
  FoodIndex index_;
};

// Found by fuzz_http_request: a search of an index with no foods (a server
// whose store has none yet) took a row of an empty table (undefined
// behaviour; the sanitizer build's run of this test catches it).
TEST(BrandProductSearchTest, AHitSaysWhetherItIsAProductAndWhetherEveryWordMatchedAsTyped) {
  FoodIndex index;
  index.AddAll({{"11457", "Spinach, raw", "Vegetables and Vegetable Products", false, 4, kSharedFood},
                {"off:1", "Baby Spinach, Green Fields", "Vegetables and Vegetable Products", true, 1, kSharedFood}});
  auto all = index.SearchWords({"spinach"}, 5, kSharedFood);
  ASSERT_EQ(all.size(), 2u);
  for (const SearchHit& h : all) {
    EXPECT_EQ(h.brand_product, h.id == "off:1");
    EXPECT_TRUE(h.as_typed);
  }
  auto typo = index.SearchWords({"spinich"}, 5, kSharedFood);
  ASSERT_FALSE(typo.empty());
  EXPECT_FALSE(typo[0].as_typed);
  auto plain = index.SearchWords({"spinach"}, 5, kSharedFood, 0, SearchProducts::kPlainOnly);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].id, "11457");
}

TEST(BrandProductSearchTest, ThePlainOnlySearchFollowsEveryChange) {
  FoodIndex index;
  index.AddAll({{"11457", "Spinach, raw", "Vegetables and Vegetable Products", false, 4, kSharedFood}});
  auto plain = [&] { return Ids(index.SearchWords({"spinach"}, 5, 7, 0, SearchProducts::kPlainOnly)); };
  index.Upsert({"c1", "Spinach pie", "Custom", false, 1, 7});
  EXPECT_EQ(plain(), (std::vector<std::string>{"11457", "c1"}));
  index.Upsert({"11457", "Spinach, raw (Green Fields)", "Vegetables and Vegetable Products", true, 1, kSharedFood});
  EXPECT_EQ(plain(), std::vector<std::string>{"c1"}) << "a food that became a product left the plain foods";
  index.RemoveOwner(7);
  EXPECT_TRUE(plain().empty());
  index.Upsert({"11458", "Spinach, cooked", "Vegetables and Vegetable Products", false, 4, kSharedFood});
  index.Remove("11458");
  EXPECT_TRUE(plain().empty());
  EXPECT_EQ(Ids(index.SearchWords({"spinach"}, 5, 7)), std::vector<std::string>{"11457"});
}

TEST(EmptyFoodIndexTest, ASearchOfAnIndexWithNoFoodsFindsNothing) {
  FoodIndex empty;
  EXPECT_TRUE(empty.Search("spinach raw", 5, kSharedFood).empty());
  EXPECT_TRUE(empty.Search("s", 5, 7).empty());
}

TEST_F(FoodIndexTest, MatchesAsPeopleType) {
  EXPECT_EQ(Ids(index_.Search("almo", 2, 1)), (std::vector<std::string>{"12061", "04529"}));
  EXPECT_EQ(Ids(index_.Search("chick bre", 1, 1)), (std::vector<std::string>{"05062"}));
  EXPECT_EQ(Ids(index_.Search("BREAST chick", 1, 1)), (std::vector<std::string>{"05062"}));  // any order
  EXPECT_EQ(Ids(index_.Search("brocoli", 1, 1)), (std::vector<std::string>{"11090"}));
  EXPECT_EQ(Ids(index_.Search("strawberry", 1, 1)), (std::vector<std::string>{"09316"}));
  EXPECT_EQ(Ids(index_.Search("eggs", 1, 1)), (std::vector<std::string>{"01123"}));
  EXPECT_EQ(Ids(index_.Search("spinach", 2, 1)), (std::vector<std::string>{"11457", "03189"}));  // plain first
  EXPECT_TRUE(index_.Search("spinach almonds", 5, 1).empty());  // every word must match
  EXPECT_TRUE(index_.Search("", 5, 1).empty());
  EXPECT_TRUE(index_.Search("qqqq", 5, 1).empty());
}

TEST_F(FoodIndexTest, WhatAUserLogsRisesForThatUserMostly) {
  EXPECT_EQ(index_.Search("spinach", 1, 7)[0].id, "11457");
  index_.RecordLog(7, "03189", 50);
  EXPECT_EQ(index_.Search("spinach", 1, 7)[0].id, "03189");  // user 7 logs it often
  EXPECT_EQ(index_.Search("spinach", 1, 8)[0].id, "11457");  // others barely see a change
}

TEST_F(FoodIndexTest, UpsertReplacesAndRemoveHides) {
  index_.Upsert({"11457", "Spinach, frozen", "Vegetables and Vegetable Products", false, 1, kSharedFood});
  auto hits = index_.Search("spinach", 5, 1);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].name, "Spinach, frozen");
  EXPECT_EQ(Ids(index_.Search("frozen", 5, 1)), (std::vector<std::string>{"11457"}));
  index_.Remove("11457");
  EXPECT_EQ(Ids(index_.Search("spinach", 5, 1)), (std::vector<std::string>{"03189"}));
  EXPECT_EQ(index_.Stats().foods, 7u);
}

TEST_F(FoodIndexTest, PrivateFoodsAreSeenByTheirOwnerOnly) {
  index_.Upsert({"c1", "Grandma's zucchini bread", "", false, 0, 42});
  EXPECT_EQ(Ids(index_.Search("zucchini", 5, 42)), (std::vector<std::string>{"c1"}));
  EXPECT_TRUE(index_.Search("zucchini", 5, 43).empty());
}

TEST_F(FoodIndexTest, SearchesRunWhileAWriterAddsFoods) {
  std::atomic<bool> done{false};
  std::atomic<int> wrong{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r) {
    readers.emplace_back([&] {
      while (!done) {
        auto hits = index_.Search("almo", 1, 1);
        if (hits.empty() || hits[0].id != "12061") ++wrong;
      }
    });
  }
  for (int i = 0; i < 2000; ++i) {
    std::string n = std::to_string(i);
    std::string id = "c";
    id += n;
    std::string name = "Custom food ";
    name += n;
    name += ", kale";
    index_.Upsert({id, name, "", false, 0, kSharedFood});
  }
  done = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(wrong, 0);
  EXPECT_EQ(index_.Search("custom 1999", 1, 1)[0].id, "c1999");
}

TEST_F(FoodIndexTest, StatsCountNamesApartFromTheIndex) {
  IndexStats st = index_.Stats();
  EXPECT_EQ(st.foods, 8u);
  EXPECT_GT(st.terms, 10u);
  EXPECT_EQ(st.name_bytes, std::string("Nuts, almonds").size() + std::string("Oil, almond").size() +
                               std::string("Spinach, raw").size() + std::string("Babyfood, spinach, creamed").size() +
                               std::string("Egg, whole, raw, fresh").size() +
                               std::string("Chicken, broilers or fryers, breast, meat only, raw").size() +
                               std::string("Broccoli, raw").size() + std::string("Strawberries, raw").size());
  EXPECT_GT(st.index_bytes, 0u);
}

}  // namespace
}  // namespace platewise::search
