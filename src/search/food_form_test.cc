#include "search/food_form.h"

#include <gtest/gtest.h>

#include "search/text_tokens.h"

namespace platewise::search {
namespace {

FoodForm Form(std::string_view name, std::string_view group) {
  std::vector<std::string> words;
  for (auto& t : TokenizeName(name)) words.push_back(t.word);
  return FormOf(words, group);
}

TEST(FoodFormTest, GrainsAndPastaAreEatenCookedNotDry) {
  EXPECT_TRUE(Form("Rice, white, long-grain, regular, cooked", "Cereal Grains and Pasta").as_eaten);
  EXPECT_TRUE(Form("Rice, white, glutinous, raw", "Cereal Grains and Pasta").ingredient);
  EXPECT_TRUE(Form("Pasta, dry, enriched", "Cereal Grains and Pasta").ingredient);
  EXPECT_FALSE(Form("Pasta, cooked, enriched, without added salt", "Cereal Grains and Pasta").ingredient);
}

TEST(FoodFormTest, DryBeansAreAnIngredientButRawTofuIsEatenAsItIs) {
  EXPECT_TRUE(Form("Beans, black, mature seeds, raw", "Legumes and Legume Products").ingredient);
  EXPECT_TRUE(Form("Beans, black, mature seeds, cooked, boiled, without salt", "Legumes and Legume Products").as_eaten);
  EXPECT_FALSE(Form("Tofu, raw, firm, prepared with calcium sulfate", "Legumes and Legume Products").ingredient);
  EXPECT_FALSE(Form("Peanuts, all types, raw", "Legumes and Legume Products").ingredient);
}

TEST(FoodFormTest, CoffeeIsBrewedAndPowderIsAnIngredient) {
  EXPECT_TRUE(Form("Coffee, brewed from grounds, prepared with tap water", "Beverages").as_eaten);
  EXPECT_TRUE(Form("Coffee, instant, regular, powder", "Beverages").ingredient);
  EXPECT_FALSE(Form("Coffee, instant, regular, prepared with water", "Beverages").ingredient);
  // A dry wine is a taste, not a form.
  EXPECT_FALSE(Form("Alcoholic beverage, wine, table, dry", "Beverages").ingredient);
}

TEST(FoodFormTest, MixesConcentratesAndCondensedSoupsAreIngredientsInAnyGroup) {
  EXPECT_TRUE(Form("Orange juice, frozen concentrate, unsweetened, undiluted", "Fruits and Fruit Juices").ingredient);
  EXPECT_FALSE(Form("Orange juice, frozen concentrate, unsweetened, diluted with 3 volume water",
                    "Fruits and Fruit Juices").ingredient);
  EXPECT_TRUE(Form("Soup, tomato, canned, condensed", "Soups, Sauces, and Gravies").ingredient);
  EXPECT_TRUE(Form("Pancakes, plain, dry mix, complete", "Baked Products").ingredient);
  EXPECT_FALSE(Form("Spices, garlic powder", "Spices and Herbs").ingredient);
}

TEST(FoodFormTest, OrganMeatsAreNotTheCommonCut) {
  EXPECT_TRUE(Form("Beef, variety meats and by-products, liver, raw", "Beef Products").organ_meat);
  EXPECT_TRUE(Form("Chicken, broilers or fryers, giblets, raw", "Poultry Products").organ_meat);
  EXPECT_FALSE(Form("Chicken, broilers or fryers, breast, meat only, cooked, roasted", "Poultry Products").organ_meat);
  // Outside the meat groups the words mean other things ("hearts of palm").
  EXPECT_FALSE(Form("Hearts of palm, canned", "Vegetables and Vegetable Products").organ_meat);
}

TEST(FoodFormTest, DietVariantsAreQualifiedAndSubstitutesAreAnotherFood) {
  EXPECT_TRUE(Form("Peanut butter, smooth, reduced fat", "Legumes and Legume Products").diet_variant);
  EXPECT_TRUE(Form("Mayonnaise, imitation, soybean", "Fats and Oils").substitute);
  EXPECT_TRUE(Form("Bacon, meatless", "Legumes and Legume Products").substitute);
  EXPECT_TRUE(Form("Wine, non-alcoholic", "Beverages").substitute);
  EXPECT_FALSE(Form("Peanut butter, smooth style, with salt", "Legumes and Legume Products").diet_variant);
}

}  // namespace
}  // namespace platewise::search
