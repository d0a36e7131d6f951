#include "search/food_finder.h"

#include "search/food_search.h"

#include <gtest/gtest.h>

namespace platewise::search {
namespace {

class FoodFinderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    index_.AddAll({
        {"01116", "Yogurt, plain, whole milk, 8 grams protein per 8 ounce", "Dairy and Egg Products", false, 3, kSharedFood},
        {"01117", "Yogurt, plain, low fat, 12 grams protein per 8 ounce", "Dairy and Egg Products", false, 3, kSharedFood},
        {"11457", "Spinach, raw", "Vegetables and Vegetable Products", false, 4, kSharedFood},
        {"11233", "Kale, raw", "Vegetables and Vegetable Products", false, 3, kSharedFood},
        {"11935", "Catsup", "Vegetables and Vegetable Products", false, 4, kSharedFood},
        {"08120", "Cereals, oats, regular and quick, unenriched, cooked with water", "Breakfast Cereals", false, 3,
         kSharedFood},
        {"18209", "Bread, oatmeal", "Baked Products", false, 4, kSharedFood},
        {"18173", "Cookies, oatmeal, commercially prepared, regular", "Baked Products", false, 4, kSharedFood},
        {"01082", "Milk, lowfat, fluid, 1% milkfat", "Dairy and Egg Products", false, 4, kSharedFood},
    });
    auto t = QueryAliases::Parse("ketchup\tcatsup\tuk-us\noatmeal\toats cooked\tsr-wording\n");
    ASSERT_TRUE(t.ok());
    aliases_ = std::move(*t);
  }
  FoundFoods Find(std::string_view q) { return FindFoods(index_, aliases_, q, 3, kSharedFood); }
  FoodIndex index_;
  QueryAliases aliases_;
};

TEST_F(FoodFinderTest, AnEverydayNameFindsTheFoodByTheDatabasesWordAndSaysSo) {
  FoundFoods f = Find("ketchup");
  ASSERT_FALSE(f.hits.empty());
  EXPECT_EQ(f.hits[0].id, "11935");
  ASSERT_EQ(f.aliases.size(), 1u);
  EXPECT_EQ(f.aliases[0].typed, "ketchup");
  EXPECT_EQ(f.aliases[0].searched, "catsup");
  EXPECT_TRUE(f.relaxed.empty());
}

TEST_F(FoodFinderTest, AnAliasVariantWeighsAsManyWordsAsWereTyped) {
  // "oatmeal" -> "oats cooked": the cereal comes first, the bread and the
  // cookies that say "oatmeal" stay in the results.
  FoundFoods f = Find("oatmeal");
  ASSERT_EQ(f.hits.size(), 3u);
  EXPECT_EQ(f.hits[0].id, "08120");
  // The two-word variant's words count for less than two words typed.
  EXPECT_LT(f.hits[0].words_score, 2 * 17.5f);
  // "oatmeal cookies" finds the cookies, which the alias variant cannot.
  EXPECT_EQ(Find("oatmeal cookies").hits.at(0).id, "18173");
}

TEST_F(FoodFinderTest, NoFoodWithEveryWordDropsTheRarestWordAndSaysWhich) {
  FoundFoods f = Find("greek yogurt");
  ASSERT_FALSE(f.hits.empty());
  EXPECT_EQ(f.hits[0].name.substr(0, 6), "Yogurt");
  EXPECT_EQ(f.relaxed, (std::vector<std::string>{"greek"}));
  EXPECT_EQ(f.searched, "yogurt");
  EXPECT_FALSE(f.spelling_widened);
}

TEST_F(FoodFinderTest, AWordTooFarForTheTypoAllowanceIsFoundWithOneMoreEdit) {
  // "spnch" (5 letters: 1 edit allowed) is 2 edits from "spinach".
  FoundFoods f = Find("spnch");
  EXPECT_EQ(f.hits.at(0).id, "11457");
  EXPECT_TRUE(f.spelling_widened);
}

TEST_F(FoodFinderTest, AQueryThatMatchesEveryWordIsNotRelaxed) {
  FoundFoods f = Find("yogurt plain");
  ASSERT_FALSE(f.hits.empty());
  EXPECT_TRUE(f.relaxed.empty());
  EXPECT_FALSE(f.spelling_widened);
  EXPECT_TRUE(f.aliases.empty());
  EXPECT_EQ(f.searched, "yogurt plain");
}

TEST_F(FoodFinderTest, TwoWordsTypedApartFindTheNameThatWritesThemAsOne) {
  FoundFoods f = Find("low fat milk");  // SR writes "lowfat"
  ASSERT_FALSE(f.hits.empty());
  EXPECT_EQ(f.hits[0].id, "01082");
  EXPECT_TRUE(f.relaxed.empty());
}

TEST_F(FoodFinderTest, AnEverydayNameTypedOneLetterOffStillFindsTheDatabasesWord) {
  auto t = QueryAliases::Parse("calamari\tsquid\tsr-wording\n");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->Expand({"calimari"}).size(), 2u);  // one letter off: still the alias
  EXPECT_EQ(t->Expand({"calimeri"}).size(), 1u);  // two letters off: not
}

TEST_F(FoodFinderTest, WordsThatMatchNothingAtAllGiveNothing) {
  FoundFoods f = Find("xqzvw");
  EXPECT_TRUE(f.hits.empty());
}

// One sentence for every front end (the CLI prints it, the API sends it as
// "note", the web app shows it).
// Brand products whose names place the words better than the database's
// plain food ("Shredded Wheat ..." against "Cereals ..., wheat, shredded")
// filled the whole first page at scale, and the plain food was not on it.
class PlainBeforeBrandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<IndexedFood> foods = {
        {"08147", "Cereals ready-to-eat, wheat, shredded, plain, sugar and salt free", "Breakfast Cereals", false, 3,
         kSharedFood},
        {"08148", "Cereals ready-to-eat, POST, Shredded Wheat, spoon-size", "Breakfast Cereals", false, 3, kSharedFood},
        {"11529", "Tomatoes, red, ripe, raw, year round average", "Vegetables and Vegetable Products", false, 4,
         kSharedFood},
    };
    for (int i = 0; i < 40; ++i) {
      foods.push_back({"off:" + std::to_string(1000 + i), "Shredded Wheat Flour with Chocolate Chips " +
                       std::to_string(i) + " oz, Field Mills", "Breakfast Cereals", true, 1, kSharedFood});
      foods.push_back({"fdc:" + std::to_string(2000 + i), "Cherry Tomatoes " + std::to_string(i) +
                       " oz, Kind Farms", "Vegetables and Vegetable Products", true, 1, kSharedFood});
    }
    index_.AddAll(foods);
  }
  FoundFoods Find(std::string_view q) { return FindFoods(index_, QueryAliases(), q, 5, kSharedFood); }
  FoodIndex index_;
};

TEST_F(PlainBeforeBrandTest, APlainFoodWithEveryWordAsTypedComesBeforeEveryBrandProduct) {
  FoundFoods f = Find("shredded wheat");
  ASSERT_EQ(f.hits.size(), 5u);
  EXPECT_EQ(f.hits[0].id, "08147");
  EXPECT_EQ(f.hits[1].id, "08148");  // below the products by score alone: its ALL-CAPS brand word costs it
  for (std::size_t i = 2; i < f.hits.size(); ++i) EXPECT_TRUE(f.hits[i].brand_product) << f.hits[i].name;
}

TEST_F(PlainBeforeBrandTest, WhenOnlyProductsHaveEveryWordTheyRankByScore) {
  // The plain tomatoes lack "cherry": for "cherry tomatoes" only the
  // products have every word, and they lead; for "tomatoes" the plain food does.
  FoundFoods cherry = Find("cherry tomatoes");
  ASSERT_FALSE(cherry.hits.empty());
  EXPECT_TRUE(cherry.hits[0].brand_product) << cherry.hits[0].name;
  FoundFoods plain = Find("tomatoes");
  ASSERT_FALSE(plain.hits.empty());
  EXPECT_EQ(plain.hits[0].id, "11529");
}

TEST_F(PlainBeforeBrandTest, AQueryNamingTheBrandRanksItsProductsFirst) {
  FoundFoods f = Find("kind farms tomatoes");
  ASSERT_FALSE(f.hits.empty());
  EXPECT_TRUE(f.hits[0].brand_product) << f.hits[0].name;
}

TEST(SearchNoteTest, SaysWhatWasRelaxedAndWhichEverydayNamesWereSearched) {
  FoodSearchResult r;
  r.foods.push_back(std::make_shared<const Food>());
  EXPECT_EQ(SearchNote("yogurt", r), "");
  r.relaxed = {"greek"};
  r.searched = "yogurt";
  EXPECT_EQ(SearchNote("greek yogurt", r), "No exact match for greek yogurt; showing yogurt.");
  r.relaxed.clear();
  r.spelling_widened = true;
  EXPECT_EQ(SearchNote("spnch", r), "No exact match for spnch; showing close spellings.");
  r.spelling_widened = false;
  r.aliases = {{"ketchup", "catsup"}};
  EXPECT_EQ(SearchNote("ketchup", r), "Searched \"catsup\" for \"ketchup\".");
  r.foods.clear();
  EXPECT_EQ(SearchNote("ketchup", r), "") << "nothing found: the front ends say so";
}

}  // namespace
}  // namespace platewise::search
