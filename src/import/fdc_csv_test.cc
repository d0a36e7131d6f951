// The FoodData Central CSV reader on the small downloads of
// tests/data/imports/fdc/ (one folder per dataset, each with its traps),
// written into a store as `platewise import fdc` writes them.

#include "import/fdc_csv.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "import/fdc_import_test_support.h"

namespace platewise {
namespace {

using FdcCsvTest = testing::FdcImportTest;

TEST_F(FdcCsvTest, AFoundationFolderReadsItsFilesByHeaderInTheOrderTheyNeed) {
  auto s = Import({Data("foundation")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  // Read in dependency order, whatever the folder's order; foundation_food.csv is not needed.
  EXPECT_EQ(s->files, (std::vector<std::string>{"foundation/nutrient.csv", "foundation/measure_unit.csv",
                                                "foundation/food_category.csv", "foundation/food.csv",
                                                "foundation/food_nutrient.csv", "foundation/food_portion.csv"}));
  EXPECT_TRUE(HasNote(*s, "foundation/foundation_food.csv"));
  EXPECT_EQ(s->foods, 3);  // hummus, spinach, milk; not the sample, not the food without a name
  const Food hummus = FoodOf("fdc:321358");
  EXPECT_EQ(hummus.description, "Hummus, commercial");
  EXPECT_EQ(hummus.source, kFdcFoundationSource);
  EXPECT_EQ(hummus.food_group, "");  // category 16 is not in food_category.csv: no group, not "16"
  EXPECT_EQ(FoodOf("fdc:1999631").food_group, "Vegetables and Vegetable Products");
}

// What a read hands on, in id order, with its summary and checksum.
struct CsvRead {
  std::vector<Food> foods;
  ImportSummary summary;
  std::string checksum;
};
CsvRead ReadCsv(const std::vector<std::string>& paths, const FdcCsvOptions& options) {
  CsvRead r;
  auto checksum = ReadFdcCsv(paths, testing::Sr24Nutrients(), r.summary, [&](const Food& f) {
    r.foods.push_back(f);
    return Status::Ok();
  }, options);
  EXPECT_TRUE(checksum.ok()) << checksum.status().message();
  if (checksum.ok()) r.checksum = *checksum;
  std::sort(r.foods.begin(), r.foods.end(), [](const Food& a, const Food& b) { return a.id < b.id; });
  std::sort(r.summary.problems.begin(), r.summary.problems.end(), [](const ImportProblem& a, const ImportProblem& b) {
    return std::tie(a.file, a.line, a.reason) < std::tie(b.file, b.line, b.reason);
  });
  return r;
}

// The join in memory is bounded by splitting the foods' files by fdc_id
// into buckets, each joined on its own: in 64-byte buckets (dozens of parts
// of each fixture) a download gives the foods, problems (with the lines of
// the files given), notes and checksum that one join gives.
TEST_F(FdcCsvTest, AJoinInBucketsGivesWhatOneJoinGives) {
  for (const char* folder : {"foundation", "sr-legacy", "survey", "branded"}) {
    const CsvRead whole = ReadCsv({Data(folder)}, FdcCsvOptions{});
    const CsvRead bucketed = ReadCsv({Data(folder)}, FdcCsvOptions{.bucket_bytes = 64});
    EXPECT_FALSE(whole.foods.empty()) << folder;
    EXPECT_EQ(bucketed.foods, whole.foods) << folder;
    EXPECT_EQ(bucketed.checksum, whole.checksum) << folder;
    EXPECT_EQ(bucketed.summary.files, whole.summary.files) << folder;
    EXPECT_EQ(bucketed.summary.notes, whole.summary.notes) << folder;
    EXPECT_EQ(bucketed.summary.skipped, whole.summary.skipped) << folder;
    ASSERT_EQ(bucketed.summary.problems.size(), whole.summary.problems.size()) << folder;
    for (std::size_t i = 0; i < whole.summary.problems.size(); ++i) {
      const ImportProblem& a = bucketed.summary.problems[i];
      const ImportProblem& b = whole.summary.problems[i];
      EXPECT_EQ(std::tie(a.file, a.line, a.reason), std::tie(b.file, b.line, b.reason)) << folder;  // the file given's lines
    }
  }
}

// publication_date is when FoodData Central last published the food: the
// store never replaces a food with an older publication of it.
TEST_F(FdcCsvTest, APublicationDateBecomesTheFoodsModifiedTime) {
  auto s = Import({Data("foundation")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(FoodOf("fdc:321358").modified, "2019-04-01T00:00:00Z");
  EXPECT_EQ(FoodOf("fdc:1999631").modified, "2022-04-28T00:00:00Z");
}

TEST_F(FdcCsvTest, EnergyComesFrom1008Else2048Else2047ElseKilojoules) {
  auto s = Import({Data("foundation")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_DOUBLE_EQ(*FoodOf("fdc:321358").per_100g.Get("energy"), 229);             // 1008 beside 2047, 2048, kJ
  EXPECT_DOUBLE_EQ(*FoodOf("fdc:1999631").per_100g.Get("energy"), 23.7);           // 2048 beside 2047
  EXPECT_NEAR(*FoodOf("fdc:746782").per_100g.Get("energy"), 255 / 4.184, 1e-9);    // kJ only
  EXPECT_TRUE(HasNote(*s, "1 food from Energy, Atwater specific factors (2048)"));
  EXPECT_TRUE(HasNote(*s, "1 food from Energy in kJ (1062)"));
}

TEST_F(FdcCsvTest, NutrientsMapBySrNumberIntoTheCatalogsUnitsAndEmptyIsUnknown) {
  auto s = Import({Data("foundation")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  const Food spinach = FoodOf("fdc:1999631");
  EXPECT_DOUBLE_EQ(*spinach.per_100g.Get("magnesium"), 93);     // MG → mg
  EXPECT_DOUBLE_EQ(*spinach.per_100g.Get("selenium"), 0.9);     // UG → ug
  EXPECT_DOUBLE_EQ(*spinach.per_100g.Get("vitamin_a_iu"), 5890);  // the IU row; RAE is not added to it
  EXPECT_FALSE(spinach.per_100g.Get("sodium"));                  // "": not reported, never 0
  EXPECT_FALSE(spinach.per_100g.Get("calcium"));                 // "lots": skipped, not guessed
  EXPECT_TRUE(HasNote(*s, "Vitamin A, RAE (320)"));
}

TEST_F(FdcCsvTest, RowsThatCannotBeReadAreSkippedEachWithItsReason) {
  auto s = Import({Data("foundation")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(HasProblem(*s, "foundation/food.csv", 6, "no description"));
  EXPECT_TRUE(HasProblem(*s, "foundation/food_nutrient.csv", 15, "\"lots\" is not a number"));
  EXPECT_TRUE(HasProblem(*s, "foundation/food_nutrient.csv", 19, "no food of the food file"));
  EXPECT_TRUE(HasProblem(*s, "foundation/food_nutrient.csv", 20, "negative"));
  EXPECT_TRUE(HasProblem(*s, "foundation/food_nutrient.csv", 21, "more than the food weighs"));
  EXPECT_TRUE(HasProblem(*s, "foundation/food_portion.csv", 5, "not a positive weight"));
  EXPECT_EQ(s->skipped, 6);
  // The sample food's own rows are not problems: its type is named once, in a note.
  EXPECT_TRUE(HasNote(*s, "sample_food (1)"));
  EXPECT_FALSE(FoodOf("fdc:746782").per_100g.Get("water"));
}

TEST_F(FdcCsvTest, PortionsFollowSeqNumAndNameTheirUnitWithItsModifier) {
  ASSERT_TRUE(Import({Data("foundation")}).ok());
  const Food hummus = FoodOf("fdc:321358");
  ASSERT_EQ(hummus.portions.size(), 2u);
  EXPECT_EQ(hummus.portions[0], (Portion{1, "cup", Grams{246}}));  // seq 1, though the file lists it second
  EXPECT_EQ(hummus.portions[1], (Portion{1, "tablespoon", Grams{15}}));
  EXPECT_EQ(FoodOf("fdc:1999631").portions, (std::vector<Portion>{{1, "cup, chopped", Grams{30}}}));
  EXPECT_TRUE(FoodOf("fdc:746782").portions.empty());  // its one portion weighs 0 g
}

TEST_F(FdcCsvTest, SrLegacyWithCrlfBomDoubledQuotesAndElevenColumnsReads) {
  auto s = Import({Data("sr-legacy/nutrient.csv"), Data("sr-legacy/food_portion.csv"), Data("sr-legacy/food.csv"),
                   Data("sr-legacy/food_nutrient.csv"), Data("sr-legacy/measure_unit.csv")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->skipped, 0);
  const Food waffle = FoodOf("fdc:175045");
  EXPECT_EQ(waffle.description, "Waffle, plain, frozen, ready-to-heat, round (4\" dia)");
  EXPECT_EQ(waffle.source, kFdcSrLegacySource);
  EXPECT_EQ(waffle.portions, (std::vector<Portion>{{1, "waffle, round (4\" dia)", Grams{33}}}));
  const Food almonds = FoodOf("fdc:170567");
  EXPECT_DOUBLE_EQ(*almonds.per_100g.Get("magnesium"), 270);
  EXPECT_EQ(almonds.portions[1], (Portion{1, "oz (23 whole kernels)", Grams{28.35}}));
}

TEST_F(FdcCsvTest, SurveyPortionsTakeTheirAmountFromTheDescription) {
  auto s = Import({Data("survey")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  const Food oatmeal = FoodOf("fdc:2341234");
  EXPECT_EQ(oatmeal.source, kFdcSurveySource);
  EXPECT_EQ(oatmeal.food_group, "Oatmeal");  // a category's text where its id should be
  EXPECT_EQ(oatmeal.portions, (std::vector<Portion>{{1, "cup", Grams{234}},
                                                    {0.5, "cup", Grams{117}},
                                                    {1, "Quantity not specified", Grams{234}}}));
}

TEST_F(FdcCsvTest, BrandedFoodsKeepBrandAndGtinAndLiquidsPer100Ml) {
  auto s = Import({Data("branded")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  const Food yogurt = FoodOf("fdc:2012128");
  EXPECT_EQ(yogurt.source, kFdcBrandedSource);
  EXPECT_EQ(yogurt.brand, "Chobani, LLC");        // brand_owner's trailing spaces dropped
  EXPECT_EQ(yogurt.barcode, "00081829001001");    // 11 digits, leading zeros restored
  EXPECT_EQ(yogurt.food_group, "Yogurt");
  EXPECT_EQ(yogurt.portions, (std::vector<Portion>{{1, "serving (1 container)", Grams{170}}}));  // GRM is grams
  EXPECT_DOUBLE_EQ(*yogurt.per_100g.Get("calcium"), 118);
  // Orange juice is per 100 ml, with no density: kept as per 100 g, its
  // serving in ml exact, and the note says so.
  const Food juice = FoodOf("fdc:2012129");
  EXPECT_DOUBLE_EQ(*juice.per_100g.Get("energy"), 46);
  EXPECT_EQ(juice.portions, (std::vector<Portion>{{1, "serving (1 cup)", Grams{240}}}));
  EXPECT_TRUE(HasNote(*s, "1 branded food is a liquid measured in ml"));
  EXPECT_EQ(s->skipped, 0);
  // A gtin_upc that is no GTIN: the food stays, without a barcode.
  const Food peanut = FoodOf("fdc:2012130");
  EXPECT_EQ(peanut.brand, "NUT MILL");
  EXPECT_EQ(peanut.barcode, "");
  EXPECT_TRUE(HasNote(*s, "\"12ab\""));
  auto found = store_.store().foods->FindFoodsByBarcode("00081829001001");
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0]->id, "fdc:2012128");
}

TEST_F(FdcCsvTest, TheSameDownloadTwiceWritesNothingTheSecondTime) {
  auto first = Import({Data("foundation")});
  ASSERT_TRUE(first.ok());
  auto count = store_.store().foods->CountFoods();
  auto second = Import({Data("foundation")});
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_EQ(second->foods, 0);
  EXPECT_TRUE(HasNote(*second, "imported before, unchanged"));
  EXPECT_EQ(*store_.store().foods->CountFoods(), *count);
}

TEST_F(FdcCsvTest, ADatasetsImportLeavesTheOtherDatasetsFoodsAlone) {
  ASSERT_TRUE(Import({Data("foundation")}).ok());
  ASSERT_TRUE(Import({Data("survey")}).ok());
  EXPECT_TRUE(store_.store().foods->GetFood("fdc:321358").ok());  // the survey import replaced no foundation food
  EXPECT_TRUE(store_.store().foods->GetFood("fdc:2341234").ok());
}

TEST_F(FdcCsvTest, FilesThatAreNotADownloadAreRefusedNamingWhatIsMissing) {
  auto no_food = Import({Data("foundation/nutrient.csv"), Data("foundation/food_nutrient.csv")});
  ASSERT_FALSE(no_food.ok());
  EXPECT_NE(no_food.status().message().find("no FoodData Central food file"), std::string::npos);
  auto no_nutrient = Import({Data("foundation/food.csv"), Data("foundation/food_nutrient.csv")});
  ASSERT_FALSE(no_nutrient.ok());
  EXPECT_NE(no_nutrient.status().message().find("nutrient file"), std::string::npos);
  auto missing = Import({Data("foundation/nope.csv")});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(*store_.store().foods->CountFoods(), 0);
}

}  // namespace
}  // namespace platewise
