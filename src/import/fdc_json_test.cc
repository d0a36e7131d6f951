// The FoodData Central JSON reader on the small files of
// tests/data/imports/fdc/json/, through `platewise import fdc`'s reading
// (ReadFdcDownload tells JSON from CSV by content).

#include "import/fdc_json.h"

#include <gtest/gtest.h>

#include "import/fdc_import_test_support.h"

namespace platewise {
namespace {

using FdcJsonTest = testing::FdcImportTest;

TEST_F(FdcJsonTest, FoundationFoodsReadAsTheCsvDownloadsDo) {
  auto s = Import({Data("json/foundation.json")});  // with a byte-order mark
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->files, (std::vector<std::string>{"foundation.json"}));
  EXPECT_EQ(s->foods, 2);  // not the lab sample
  EXPECT_TRUE(HasNote(*s, "Sample (1)"));
  const Food spinach = FoodOf("fdc:1999631");
  EXPECT_EQ(spinach.source, kFdcFoundationSource);
  EXPECT_EQ(spinach.food_group, "Vegetables and Vegetable Products");
  EXPECT_DOUBLE_EQ(*spinach.per_100g.Get("energy"), 23.7);  // 2048 before 2047
  EXPECT_DOUBLE_EQ(*spinach.per_100g.Get("magnesium"), 93);
  EXPECT_DOUBLE_EQ(*spinach.per_100g.Get("selenium"), 0.9);  // "µg"
  EXPECT_FALSE(spinach.per_100g.Get("sodium"));               // no amount: unknown
  EXPECT_EQ(spinach.portions, (std::vector<Portion>{{1, "tablespoon", Grams{2}}, {1, "cup, chopped", Grams{30}}}));
  EXPECT_EQ(spinach.modified, "2022-04-28T00:00:00Z");  // publicationDate "4/28/2022", as the CSV's date
  const Food hummus = FoodOf("fdc:321358");
  EXPECT_DOUBLE_EQ(*hummus.per_100g.Get("protein"), 7.35);  // a numeric string
  EXPECT_FALSE(hummus.per_100g.Get("calcium"));
  EXPECT_TRUE(HasProblem(*s, "foundation.json", 0, "fdcId 321358: Calcium, Ca: a negative amount"));
}

TEST_F(FdcJsonTest, BrandedAndSurveyFoodsKeepTheirBrandBarcodeAndPortions) {
  auto s = Import({Data("json/branded.json"), Data("json/survey.json")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  const Food yogurt = FoodOf("fdc:2012128");
  EXPECT_EQ(yogurt.source, kFdcBrandedSource);
  EXPECT_EQ(yogurt.brand, "Chobani, LLC");
  EXPECT_EQ(yogurt.barcode, "00818290010017");
  EXPECT_EQ(yogurt.food_group, "Yogurt");
  EXPECT_EQ(yogurt.portions, (std::vector<Portion>{{1, "serving (1 container)", Grams{170}}}));
  EXPECT_DOUBLE_EQ(*yogurt.per_100g.Get("energy"), 59);  // foodNutrients, not labelNutrients
  EXPECT_EQ(FoodOf("fdc:2012129").portions, (std::vector<Portion>{{1, "serving", Grams{240}}}));  // a liquid
  EXPECT_TRUE(HasNote(*s, "1 branded food is a liquid"));
  const Food oatmeal = FoodOf("fdc:2341234");  // a bare array of foods
  EXPECT_EQ(oatmeal.source, kFdcSurveySource);
  EXPECT_EQ(oatmeal.food_group, "Oatmeal");
  EXPECT_EQ(oatmeal.portions, (std::vector<Portion>{{1, "cup", Grams{234}}}));
}

TEST_F(FdcJsonTest, JsonThatIsBrokenOrHoldsNoFoodsIsRefusedAndWritesNothing) {
  auto broken = Import({Data("json/truncated.json")});
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("truncated.json: not valid JSON"), std::string::npos)
      << broken.status().message();
  auto empty = Import({Data("json/no_foods.json")});
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("no array of foods"), std::string::npos);
  // One good file and one broken: the run writes nothing.
  EXPECT_FALSE(Import({Data("json/branded.json"), Data("json/truncated.json")}).ok());
  EXPECT_EQ(*store_.store().foods->CountFoods(), 0);
}

TEST_F(FdcJsonTest, JsonAndCsvInOneRunAreRefused) {
  auto mixed = Import({Data("json/branded.json"), Data("branded")});
  ASSERT_FALSE(mixed.ok());
  EXPECT_NE(mixed.status().message().find("separate runs"), std::string::npos);
}

TEST_F(FdcJsonTest, TheSameFileTwiceWritesNothingTheSecondTime) {
  ASSERT_TRUE(Import({Data("json/foundation.json")}).ok());
  auto again = Import({Data("json/foundation.json")});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->foods, 0);
  EXPECT_TRUE(HasNote(*again, "imported before, unchanged"));
}

}  // namespace
}  // namespace platewise
