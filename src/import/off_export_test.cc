// The Open Food Facts reader on the small files of tests/data/imports/off/,
// one per trap of ../FORMATS §6, and the dataset written into a store as a
// shared-food import writes it.

#include "import/off_export.h"

#include <gtest/gtest.h>

#include <fstream>

#include "import/history_import_test_support.h"
#include "import/shared_food_import.h"

namespace platewise {
namespace {

using testing::Sr24Nutrients;

class OffExportTest : public ::testing::Test {
 protected:
  ImportSummary summary_;
  testing::TempDir dir_;

  static std::string Data(const std::string& name) {
    return std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/off/" + name;
  }
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = dir_.File(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  // The foods the reader hands on, in the order it does, and its checksum.
  FoodDataset Read(const std::vector<std::string>& paths) {
    summary_ = ImportSummary{};
    FoodDataset ds;
    auto checksum = ReadOffExport(paths, Sr24Nutrients(), summary_, Collect(ds.foods));
    EXPECT_TRUE(checksum.ok()) << checksum.status().message();
    if (checksum.ok()) ds.checksum = *checksum;
    return ds;
  }
  static FoodSink Collect(std::vector<Food>& into) {
    return [&into](const Food& f) {
      into.push_back(f);
      return Status::Ok();
    };
  }
  // `platewise import off` of `paths` into `store`.
  ImportSummary ImportInto(testing::ImporterTestStore& store, const std::vector<std::string>& paths) {
    ImportSummary summary;
    const Status written = WriteSharedFoods(
        *store.store().foods,
        [&](ImportSummary& into, const FoodSink& put) { return ReadOffExport(paths, Sr24Nutrients(), into, put); },
        summary);
    EXPECT_TRUE(written.ok()) << written.message();
    return summary;
  }
  static Food FoodOf(const FoodDataset& ds, const std::string& id) {
    for (const Food& f : ds.foods) {
      if (f.id == id) return f;
    }
    ADD_FAILURE() << "no food " << id;
    return Food{};
  }
  bool HasProblem(const std::string& file, std::int64_t line, const std::string& words) const {
    for (const ImportProblem& p : summary_.problems) {
      if (p.file == file && p.line == line && p.reason.find(words) != std::string::npos) return true;
    }
    return false;
  }
  bool HasNote(const std::string& words) const {
    for (const std::string& n : summary_.notes) {
      if (n.find(words) != std::string::npos) return true;
    }
    return false;
  }
};

TEST_F(OffExportTest, TheCsvExportIsReadWithQuotingOffSoQuotesAreText) {
  const FoodDataset ds = Read({Data("inch_marks.tsv")});
  EXPECT_EQ(summary_.files, std::vector<std::string>{"inch_marks.tsv"});
  EXPECT_EQ(summary_.skipped, 0);
  ASSERT_EQ(ds.foods.size(), 2u);
  const Food& bagels = ds.foods[0];
  EXPECT_EQ(bagels.id, "off:0041196910759");
  EXPECT_EQ(bagels.source, kOpenFoodFactsSource);
  EXPECT_EQ(bagels.description, "\"Everything\" bagels");  // a field starting with " is not quoted
  EXPECT_EQ(bagels.brand, "Thomas'");                       // the first of "Thomas', Bimbo"
  EXPECT_EQ(bagels.food_group, "Bagels");
  EXPECT_EQ(bagels.barcode, "00041196910759");
  ASSERT_EQ(bagels.portions.size(), 1u);
  EXPECT_EQ(bagels.portions[0], (Portion{.amount = 1, .unit = "serving (1 bagel (4\" dia) 95 g)", .grams = Grams(95)}));
  EXPECT_DOUBLE_EQ(*bagels.per_100g.Get("energy"), 263);  // energy-kcal_100g beside the kJ
  EXPECT_DOUBLE_EQ(*bagels.per_100g.Get("sodium"), 440);  // 0.44 g
  EXPECT_DOUBLE_EQ(*bagels.per_100g.Get("carbohydrate"), 52.6);
  const Food& pizza = ds.foods[1];
  EXPECT_EQ(pizza.description, "Pizza, 12\" round");
  EXPECT_TRUE(pizza.portions.empty());  // no serving_quantity
  EXPECT_DOUBLE_EQ(*pizza.per_100g.Get("sodium"), 598);
  EXPECT_TRUE(ds.nutrients.empty());
}

TEST_F(OffExportTest, ARowWithAnotherFieldCountThanTheHeaderIsSkippedWithItsLine) {
  const FoodDataset ds = Read({Data("field_count.tsv")});
  ASSERT_EQ(ds.foods.size(), 2u);
  EXPECT_EQ(ds.foods[0].id, "off:3017620422003");
  EXPECT_EQ(ds.foods[1].id, "off:8000500310427");
  EXPECT_EQ(ds.foods[1].brand, "Ferrero");
  EXPECT_DOUBLE_EQ(*ds.foods[1].per_100g.Get("protein"), 8.6);
  EXPECT_EQ(summary_.skipped, 2);
  EXPECT_TRUE(HasProblem("field_count.tsv", 3, "the row has 3 fields and the header 5"));
  EXPECT_TRUE(HasProblem("field_count.tsv", 4, "the row has 6 fields and the header 5"));
}

TEST_F(OffExportTest, CodesKeepTheirLeadingZerosAndOnlyGtinsBecomeBarcodes) {
  const FoodDataset ds = Read({Data("leading_zeros.tsv")});
  ASSERT_EQ(ds.foods.size(), 4u);
  EXPECT_EQ(FoodOf(ds, "off:0025000044984").barcode, "00025000044984");
  EXPECT_DOUBLE_EQ(*FoodOf(ds, "off:0025000044984").per_100g.Get("protein"), 0);  // a reported zero
  EXPECT_EQ(FoodOf(ds, "off:04083637").barcode, "00000004083637");
  EXPECT_EQ(FoodOf(ds, "off:04083637").brand, "Régilait");
  EXPECT_EQ(FoodOf(ds, "off:2912345678904").barcode, "");  // a store's number for weighed goods
  EXPECT_EQ(FoodOf(ds, "off:1234").barcode, "");           // too short for a GTIN
  EXPECT_TRUE(HasNote("2 products are kept without a barcode"));
  EXPECT_TRUE(HasProblem("leading_zeros.tsv", 6, "code \"00abc123\" is not digits"));
}

TEST_F(OffExportTest, The2019ExportHasOnlyKilojoulesInEnergy100g) {
  const FoodDataset ds = Read({Data("export_2019_kj_only.tsv")});
  ASSERT_EQ(ds.foods.size(), 1u);
  const Food& muesli = ds.foods[0];
  EXPECT_EQ(muesli.description, "Muesli croustillant");
  EXPECT_EQ(muesli.brand, "Picard");
  EXPECT_DOUBLE_EQ(*muesli.per_100g.Get("energy"), 1569 / 4.184);  // never 1569 kcal
  EXPECT_DOUBLE_EQ(*muesli.per_100g.Get("fat_saturated"), 4.3);
  EXPECT_NEAR(*muesli.per_100g.Get("sodium"), 39.3700787401575, 1e-9);
  EXPECT_FALSE(muesli.per_100g.Get("magnesium").has_value());  // an empty cell
  EXPECT_EQ(muesli.portions.at(0).grams, Grams(40));
  EXPECT_TRUE(HasNote("-butyric-acid_100g (1 product)"));  // a sub-nutrient column
  EXPECT_TRUE(HasNote("not imported: salt_100g (1 product)"));
}

TEST_F(OffExportTest, MineralsAndVitaminsInGramsBecomeTheCatalogsUnits) {
  const FoodDataset ds = Read({Data("minerals_in_grams.tsv")});
  ASSERT_EQ(ds.foods.size(), 1u);
  const NutrientValues& v = ds.foods[0].per_100g;
  EXPECT_NEAR(*v.Get("magnesium"), 100, 1e-9);   // 0.1 g
  EXPECT_NEAR(*v.Get("sodium"), 400, 1e-9);      // 0.4 g
  EXPECT_NEAR(*v.Get("iron"), 2.1, 1e-9);        // 0.0021 g
  EXPECT_NEAR(*v.Get("selenium"), 12.3, 1e-9);   // 0.0000123 g, in µg
  EXPECT_NEAR(*v.Get("vitamin_c"), 6, 1e-9);     // 0.006 g
  EXPECT_NEAR(*v.Get("vitamin_b12"), 1.5, 1e-9); // 0.0000015 g, in µg
  EXPECT_FALSE(v.Get("vitamin_a_iu").has_value());
  EXPECT_FALSE(v.Get("vitamin_d_iu").has_value());
  EXPECT_TRUE(HasNote("not imported: vitamin-a_100g (1 product): grams of retinol activity equivalents"));
  EXPECT_TRUE(HasNote("not imported: vitamin-d_100g (1 product)"));
  EXPECT_FALSE(HasNote("alcohol"));  // its cell is empty
}

TEST_F(OffExportTest, EmptyCellsAreNotReportedAndAProductWithoutValuesOrNameIsSkipped) {
  const FoodDataset ds = Read({Data("empty_cells.tsv")});
  ASSERT_EQ(ds.foods.size(), 2u);
  const Food beans = FoodOf(ds, "off:3560070472888");
  EXPECT_DOUBLE_EQ(*beans.per_100g.Get("energy"), 105 / 4.184);  // energy-kcal_100g empty: the kJ
  EXPECT_FALSE(beans.per_100g.Get("fat").has_value());
  EXPECT_DOUBLE_EQ(*beans.per_100g.Get("fiber"), 0);
  EXPECT_EQ(beans.brand, "");
  EXPECT_TRUE(beans.portions.empty());
  EXPECT_TRUE(HasProblem("empty_cells.tsv", 3, "product 3560070472895 (Petits pois) has no nutrition values"));
  EXPECT_TRUE(HasProblem("empty_cells.tsv", 4, "product 3560070472901 has no product_name"));
  const Food carrots = FoodOf(ds, "off:3560070472918");
  EXPECT_EQ(carrots.brand, "Carrefour");
  EXPECT_EQ(carrots.portions, (std::vector<Portion>{{.amount = 1, .unit = "serving (100 g)", .grams = Grams(100)}}));
  EXPECT_EQ(summary_.skipped, 2);
}

TEST_F(OffExportTest, AByteOrderMarkAndCrlfLineEndsAreRead) {
  const FoodDataset ds = Read({Data("bom_crlf.tsv")});
  ASSERT_EQ(ds.foods.size(), 1u);
  EXPECT_EQ(ds.foods[0].id, "off:5000159484695");
  EXPECT_NEAR(*ds.foods[0].per_100g.Get("magnesium"), 40, 1e-9);  // the last column, without its CR
  EXPECT_EQ(summary_.skipped, 0);
}

TEST_F(OffExportTest, AValueThatCannotBeIsLeftOutAndTheRestOfTheProductKept) {
  const FoodDataset ds = Read({Data("absurd_values.tsv")});
  ASSERT_EQ(ds.foods.size(), 1u);
  const Food& spread = ds.foods[0];
  EXPECT_DOUBLE_EQ(*spread.per_100g.Get("energy"), 2252 / 4.184);  // kJ written as kcal: the kJ is used
  EXPECT_TRUE(HasProblem("absurd_values.tsv", 2, "energy-kcal_100g 2255 is more than 950 kcal"));
  EXPECT_DOUBLE_EQ(*spread.per_100g.Get("fat"), 30.9);
  EXPECT_FALSE(spread.per_100g.Get("sugars").has_value());
  EXPECT_TRUE(HasProblem("absurd_values.tsv", 2, "sugars_100g 120 is more than 100 g per 100 g; left out"));
  EXPECT_FALSE(spread.per_100g.Get("protein").has_value());
  EXPECT_TRUE(HasProblem("absurd_values.tsv", 2, "proteins_100g -1 is negative"));
  EXPECT_TRUE(spread.portions.empty());
  EXPECT_TRUE(HasProblem("absurd_values.tsv", 2, "serving_quantity \"abc\""));
  EXPECT_TRUE(HasProblem("absurd_values.tsv", 3, "(Only wrong values) has no nutrition values"));
}

TEST_F(OffExportTest, LiquidsAreKeptPer100MlWithANote) {
  const FoodDataset ds = Read({Data("liquids.tsv")});
  ASSERT_EQ(ds.foods.size(), 3u);
  const Food drink = FoodOf(ds, "off:0850032917148");
  EXPECT_DOUBLE_EQ(*drink.per_100g.Get("energy"), 20.8333333333333);
  EXPECT_EQ(drink.portions.at(0), (Portion{.amount = 1, .unit = "serving (8 OZA (240 ml))", .grams = Grams(240)}));
  EXPECT_TRUE(HasNote("2 products are liquids measured in ml"));  // the drink and the milk, not Nutella
}

TEST_F(OffExportTest, TheJsonlDumpTakesNumbersAndNumericStringsAndSkipsBrokenLines) {
  const FoodDataset ds = Read({Data("products.jsonl")});
  ASSERT_EQ(ds.foods.size(), 3u);
  const Food nutella = FoodOf(ds, "off:3017620422003");
  EXPECT_DOUBLE_EQ(*nutella.per_100g.Get("energy"), 539);  // "539"
  EXPECT_DOUBLE_EQ(*nutella.per_100g.Get("fat_saturated"), 10.6);
  EXPECT_NEAR(*nutella.per_100g.Get("magnesium"), 64, 1e-9);  // "0.064" g, not magnesium_value's mg
  EXPECT_NEAR(*nutella.per_100g.Get("sodium"), 42.8, 1e-9);
  EXPECT_EQ(nutella.portions.at(0).grams, Grams(15));  // serving_quantity "15"
  EXPECT_TRUE(HasProblem("products.jsonl", 2, "the line is not valid JSON"));
  EXPECT_TRUE(HasProblem("products.jsonl", 3, "the line is not a JSON object"));
  const Food coke = FoodOf(ds, "off:0049000028911");  // an API response: the product inside
  EXPECT_EQ(coke.brand, "Coca-Cola");
  EXPECT_DOUBLE_EQ(*coke.per_100g.Get("energy"), 0);  // a reported zero
  EXPECT_NEAR(*coke.per_100g.Get("sodium"), 11.3, 1e-9);
  EXPECT_TRUE(HasNote("1 product is a liquid"));
  const Food pasta = FoodOf(ds, "off:8076809513753");
  EXPECT_DOUBLE_EQ(*pasta.per_100g.Get("energy"), 1521 / 4.184);
  EXPECT_FALSE(pasta.per_100g.Get("protein").has_value());
  EXPECT_TRUE(HasProblem("products.jsonl", 6, "proteins_100g \"12,5\" is not a number"));
  EXPECT_FALSE(pasta.per_100g.Get("fiber").has_value());  // null
  EXPECT_FALSE(pasta.per_100g.Get("fat").has_value());    // ""
  EXPECT_TRUE(HasNote("nova-group_100g (1 product)"));
  EXPECT_EQ(summary_.skipped, 3);
}

TEST_F(OffExportTest, ACodeReadTwiceKeepsTheNewerProductOrTheLaterOne) {
  testing::ImporterTestStore store;
  summary_ = ImportInto(store, {Data("field_count.tsv"), Data("duplicates.jsonl")});
  EXPECT_EQ(summary_.files, (std::vector<std::string>{"field_count.tsv", "duplicates.jsonl"}));
  EXPECT_EQ(summary_.foods, 3);
  const SharedFood nutella = *store.store().foods->GetFood("off:3017620422003");
  EXPECT_EQ(nutella->description, "Nutella (2023)");  // newer than 2019, later than the TSV's (no time)
  EXPECT_EQ(nutella->modified, "2023-11-14T22:13:20Z");  // last_modified_t 1700000000
  EXPECT_DOUBLE_EQ(*nutella->per_100g.Get("energy"), 539);
  // No times: the later.
  EXPECT_EQ((*store.store().foods->GetFood("off:5449000000996"))->description, "Coca-Cola Original Taste");
  EXPECT_TRUE(HasNote("off: 3 foods were given again under an id read before")) << ::testing::PrintToString(summary_.notes);
}

// FORMATS.md: "never overwrite with older data". A product of an older dump
// imported after a newer one is not replaced, and what only the newer dump
// has is not removed by the older one.
TEST_F(OffExportTest, AnOlderDumpImportedLaterReplacesNothingNewer) {
  testing::ImporterTestStore store;
  const std::string header = "code\tproduct_name\tlast_modified_t\tenergy-kcal_100g\n";
  const std::string newer = Write("2024.tsv", header + "3017620422003\tNutella (2024)\t1710000000\t539\n" +
                                                  "5449000000996\tCoca-Cola (2024)\t1710000000\t42\n");
  const std::string older = Write("2019.tsv", header + "3017620422003\tNutella (2019)\t1550000000\t546\n");
  EXPECT_EQ(ImportInto(store, {newer}).foods, 2);
  summary_ = ImportInto(store, {older});
  EXPECT_EQ(summary_.foods, 0);
  EXPECT_TRUE(HasNote("off: 1 food was not replaced: the stored data is newer than the file's"));
  EXPECT_EQ((*store.store().foods->GetFood("off:3017620422003"))->description, "Nutella (2024)");
  EXPECT_TRUE(store.store().foods->GetFood("off:5449000000996").ok());
  // A newer dump replaces, and removes what it no longer has.
  const std::string newest = Write("2025.tsv", header + "3017620422003\tNutella (2025)\t1740000000\t530\n");
  EXPECT_EQ(ImportInto(store, {newest}).foods, 1);
  EXPECT_EQ((*store.store().foods->GetFood("off:3017620422003"))->description, "Nutella (2025)");
  EXPECT_EQ(store.store().foods->GetFood("off:5449000000996").status().code(), StatusCode::kNotFound);
}

// Open Food Facts publishes its files gzipped: read as they are, they give
// what the uncompressed file gives.
TEST_F(OffExportTest, AGzippedDumpReadsAsTheUncompressedOne) {
  ImportSummary plain_summary;
  std::vector<Food> plain_foods, gzipped_foods;
  auto plain = ReadOffExport({Data("products.jsonl")}, Sr24Nutrients(), plain_summary, Collect(plain_foods));
  auto gzipped = ReadOffExport({Data("products.jsonl.gz")}, Sr24Nutrients(), summary_, Collect(gzipped_foods));
  ASSERT_TRUE(plain.ok() && gzipped.ok()) << gzipped.status().message();
  EXPECT_FALSE(plain_foods.empty());
  EXPECT_EQ(gzipped_foods, plain_foods);
  EXPECT_EQ(summary_.skipped, plain_summary.skipped);
}

TEST_F(OffExportTest, AFileOfNeitherFormIsRefusedNamingIt) {
  std::vector<Food> foods;
  auto read = [&](const std::string& path) {
    return ReadOffExport({path}, Sr24Nutrients(), summary_, Collect(foods)).status();
  };
  const Status csv = read(Data("not_off.csv"));
  EXPECT_EQ(csv.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(csv.message().find("not_off.csv: not Open Food Facts data"), std::string::npos) << csv.message();
  EXPECT_EQ(read(Data("missing.tsv")).code(), StatusCode::kNotFound);
  EXPECT_NE(read(Write("empty.tsv", "\n\n")).message().find("empty.tsv: the file is empty"), std::string::npos);
  const Status no_name = read(Write("no_name.tsv", "code\tbrands\n123\tAcme\n"));
  EXPECT_NE(no_name.message().find("no \"product_name\" column"), std::string::npos) << no_name.message();
  const Status damaged = read(Data("truncated.jsonl.gz"));  // a .gz cut short
  EXPECT_EQ(damaged.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(damaged.message().find("truncated.jsonl.gz"), std::string::npos) << damaged.message();
  const Status latin1 = read(Write("latin1.tsv", "code\tproduct_name\n3017620422003\tP\xE2t\xE9\n"));
  EXPECT_NE(latin1.message().find("latin1.tsv:2"), std::string::npos) << latin1.message();
}

TEST_F(OffExportTest, TheChecksumIsTheSameForTheSameFilesAndChangesWithAny) {
  const std::string path = Write("p.tsv", "code\tproduct_name\tenergy-kcal_100g\n3017620422003\tNutella\t539\n");
  const std::string first = Read({path}).checksum;
  EXPECT_EQ(first.size(), 64u);
  EXPECT_EQ(Read({path}).checksum, first);
  EXPECT_NE(Read({path, Data("bom_crlf.tsv")}).checksum, first);
  Write("p.tsv", "code\tproduct_name\tenergy-kcal_100g\n3017620422003\tNutella\t540\n");
  EXPECT_NE(Read({path}).checksum, first);
}

TEST_F(OffExportTest, WrittenToTheStoreItsFoodsAreFoundByBarcodeAndTheSameFilesWriteNothing) {
  testing::ImporterTestStore store;
  auto import = [&] { return ImportInto(store, {Data("leading_zeros.tsv")}); };
  EXPECT_EQ(import().foods, 4);
  auto found = store.store().foods->FindFoodsByBarcode("00025000044984");
  ASSERT_TRUE(found.ok()) << found.status().message();
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0]->id, "off:0025000044984");
  EXPECT_EQ((*found)[0]->description, "Simply lemonade");
  const ImportSummary again = import();
  EXPECT_EQ(again.foods, 0);
  bool unchanged = false;
  for (const std::string& n : again.notes) unchanged |= n.find("imported before, unchanged") != std::string::npos;
  EXPECT_TRUE(unchanged);
}

}  // namespace
}  // namespace platewise
