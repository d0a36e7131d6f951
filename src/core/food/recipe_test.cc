#include "core/food/recipe.h"

#include <gtest/gtest.h>

#include <cmath>

namespace platewise {
namespace {

TEST(BuildCustomFoodTest, ScalesALabelPerServingTo100Grams) {
  FoodLabel label{"Granola bar", 40.0, true, {{"energy", 180}, {"protein", 4}}};
  auto f = BuildCustomFood(label);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_DOUBLE_EQ(*f->per_100g.Get("energy"), 450);
  EXPECT_DOUBLE_EQ(*f->per_100g.Get("protein"), 10);
  EXPECT_FALSE(f->per_100g.Get("fat").has_value());  // not on the label: not analysed
  ASSERT_EQ(f->portions.size(), 1u);
  EXPECT_EQ(f->portions[0].unit, "serving");
  EXPECT_EQ(f->portions[0].grams.value(), 40);
  EXPECT_EQ(f->source, kCustomFoodSource);
}

TEST(BuildCustomFoodTest, KeepsALabelPer100Grams) {
  auto f = BuildCustomFood({"Oat drink", std::nullopt, false, {{"energy", 46}}});
  ASSERT_TRUE(f.ok());
  EXPECT_DOUBLE_EQ(*f->per_100g.Get("energy"), 46);
  EXPECT_TRUE(f->portions.empty());
}

// Issue 16, "Create food": the brand and the serving's name as the label
// gives them ("1 bar"), the portion reading as a packaged food's does.
TEST(BuildCustomFoodTest, KeepsTheBrandAndNamesTheServing) {
  FoodLabel label{"Oat bar", 40.0, true, {{"energy", 190}}};
  label.brand = " Acme ";
  label.serving_name = "1 bar ";
  auto f = BuildCustomFood(label);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->brand, "Acme");
  ASSERT_EQ(f->portions.size(), 1u);
  EXPECT_EQ(f->portions[0].unit, "serving (1 bar)");
  EXPECT_EQ(f->portions[0].grams.value(), 40);
  label.serving_name = " ";
  EXPECT_EQ(BuildCustomFood(label)->portions[0].unit, "serving");  // a blank name is none

  FoodLabel unnamed_mass{"Oat drink", std::nullopt, false, {{"energy", 46}}};
  unnamed_mass.serving_name = "1 glass";
  auto refused = BuildCustomFood(unnamed_mass);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().field(), "serving_grams");
  EXPECT_NE(refused.status().message().find("\"1 glass\" needs its mass in grams"), std::string::npos);
  FoodLabel long_name{"x", 40.0, true, {{"energy", 1}}};
  long_name.serving_name = std::string(51, 'x');
  EXPECT_EQ(BuildCustomFood(long_name).status().field(), "serving_name");
  FoodLabel long_brand{"x", 40.0, true, {{"energy", 1}}};
  long_brand.brand = std::string(201, 'x');
  EXPECT_EQ(BuildCustomFood(long_brand).status().field(), "brand");
}

TEST(BuildCustomFoodTest, RejectsBadLabelsNamingTheField) {
  const std::pair<FoodLabel, const char*> kCases[] = {
      {{"", 40.0, true, {{"energy", 1}}}, "name"},
      {{std::string(201, 'x'), 40.0, true, {{"energy", 1}}}, "name"},
      {{"x", std::nullopt, true, {{"energy", 1}}}, "serving_grams"},
      {{"x", 0.0, true, {{"energy", 1}}}, "serving_grams"},
      {{"x", -5.0, false, {{"energy", 1}}}, "serving_grams"},
      {{"x", 40.0, true, {{"protein", 1}}}, "nutrients.energy"},
      {{"x", 40.0, true, {{"energy", -1}}}, "nutrients.energy"},
      {{"x", 40.0, true, {{"energy", 1}, {"fat", NAN}}}, "nutrients.fat"},
  };
  for (const auto& [label, field] : kCases) {
    auto f = BuildCustomFood(label);
    ASSERT_FALSE(f.ok()) << field;
    EXPECT_EQ(f.status().code(), StatusCode::kUnprocessable);
    EXPECT_EQ(f.status().field(), field);
  }
  // Said as a person reads it, beside the name field of "Create food".
  EXPECT_EQ(BuildCustomFood({" ", 40.0, true, {{"energy", 1}}}).status().message(), "a name is needed (up to 200 characters)");
  EXPECT_EQ(BuildCustomFood({std::string(201, 'x'), 40.0, true, {{"energy", 1}}}).status().message(),
            "the name must be at most 200 characters, not 201");
}

TEST(BuildRecipeFoodTest, ComputesPer100GramsAndAServingAndLeavesHolesUnknown) {
  Food oats, milk;
  oats.id = "08120";
  oats.per_100g.Set("energy", 380);
  oats.per_100g.Set("magnesium", 138);
  milk.id = "01077";
  milk.per_100g.Set("energy", 60);  // magnesium not analysed here
  FoodsById foods = {{oats.id, std::make_shared<const Food>(oats)}, {milk.id, std::make_shared<const Food>(milk)}};
  Recipe r{"Porridge", 2, {{"08120", Grams(80), "80 g"}, {"01077", Grams(320), "320 g"}}};
  auto f = BuildRecipeFood(r, foods);
  ASSERT_TRUE(f.ok());
  // (380*0.8 + 60*3.2) / 400 g * 100 = 124 kcal per 100 g
  EXPECT_DOUBLE_EQ(*f->per_100g.Get("energy"), 124);
  EXPECT_FALSE(f->per_100g.Get("magnesium").has_value());
  ASSERT_EQ(f->portions.size(), 1u);
  EXPECT_DOUBLE_EQ(f->portions[0].grams.value(), 200);
  EXPECT_EQ(f->source, kRecipeSource);
}

TEST(BuildRecipeFoodTest, RejectsBadRecipes) {
  FoodsById foods = {{"1", std::make_shared<const Food>()}};
  EXPECT_EQ(BuildRecipeFood({"", 1, {{"1", Grams(1), ""}}}, foods).status().field(), "name");
  EXPECT_EQ(BuildRecipeFood({"x", 0, {{"1", Grams(1), ""}}}, foods).status().field(), "servings");
  EXPECT_EQ(BuildRecipeFood({"x", NAN, {{"1", Grams(1), ""}}}, foods).status().field(), "servings");
  EXPECT_EQ(BuildRecipeFood({"x", 1, {}}, foods).status().field(), "ingredients");
}

}  // namespace
}  // namespace platewise
