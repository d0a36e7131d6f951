#include "import/usda_sr24.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

const std::string kMiniDir = std::string(PLATEWISE_TEST_DATA_DIR) + "/sr24-mini";
const std::string kBundledDir = std::string(PLATEWISE_BUNDLED_DATA_DIR) + "/usda-sr24";

const Food& FindFood(const FoodDataset& ds, const std::string& id) {
  for (const Food& f : ds.foods)
    if (f.id == id) return f;
  throw std::runtime_error("no food " + id);
}

TEST(ReadUsdaSr24Test, ReadsFoodsNutrientsPortionsAndFactors) {
  auto ds = ReadUsdaSr24(kMiniDir);
  ASSERT_TRUE(ds.ok()) << ds.status().message();
  EXPECT_EQ(ds->nutrients.size(), 71u);
  ASSERT_EQ(ds->foods.size(), 4u);
  const Food& spinach = FindFood(*ds, "11457");
  EXPECT_EQ(spinach.description, "Spinach, raw");
  EXPECT_EQ(spinach.food_group, "Vegetables and Vegetable Products");
  EXPECT_EQ(*spinach.per_100g.Get("magnesium"), 79.0);
  EXPECT_EQ(*spinach.per_100g.Get("energy"), 23.0);
  EXPECT_DOUBLE_EQ(*spinach.protein_factor, 2.44);
  EXPECT_FALSE(spinach.portions.empty());
  const Food& egg = FindFood(*ds, "01123");  // leading zero kept
  EXPECT_EQ(*egg.per_100g.Get("energy"), 143.0);
  // Cheez Whiz has no magnesium row: not analysed, not zero.
  EXPECT_FALSE(FindFood(*ds, "01188").per_100g.Get("magnesium").has_value());
}

TEST(ReadUsdaSr24Test, BundledDataHasEveryFood) {
  auto ds = ReadUsdaSr24(kBundledDir);
  ASSERT_TRUE(ds.ok()) << ds.status().message();
  EXPECT_EQ(ds->foods.size(), 8858u);
  size_t values = 0, portions = 0;
  for (const Food& f : ds->foods) values += f.per_100g.all().size(), portions += f.portions.size();
  EXPECT_EQ(values, 428390u);
  EXPECT_EQ(portions, 15274u);
  EXPECT_EQ(*FindFood(*ds, "12061").per_100g.Get("magnesium"), 268.0);
  // The large egg is 50 g.
  bool large_egg = false;
  for (const Portion& p : FindFood(*ds, "01123").portions) large_egg |= p.unit == "large" && p.grams.value() == 50;
  EXPECT_TRUE(large_egg);
}

// The catalog alone (what the importers' tests read instead of all of SR24)
// is the catalog of the whole read, in the same order.
TEST(ReadUsdaSr24Test, TheNutrientCatalogAloneIsTheWholeReadsCatalog) {
  auto whole = ReadUsdaSr24(kBundledDir);
  auto catalog = ReadUsdaSr24Nutrients(kBundledDir);
  ASSERT_TRUE(whole.ok()) << whole.status().message();
  ASSERT_TRUE(catalog.ok()) << catalog.status().message();
  ASSERT_EQ(catalog->size(), whole->nutrients.size());
  for (size_t i = 0; i < catalog->size(); ++i) {
    EXPECT_EQ((*catalog)[i].key, whole->nutrients[i].key);
    EXPECT_EQ((*catalog)[i].unit, whole->nutrients[i].unit);
    EXPECT_EQ((*catalog)[i].usda_number, whole->nutrients[i].usda_number);
  }
}

// Copies the mini dataset, replacing one file's content.
void WriteVariant(const testing::TempDir& dir, const std::string& file, const std::string& content) {
  for (const auto& entry : std::filesystem::directory_iterator(kMiniDir)) {
    std::filesystem::copy_file(entry.path(), dir.path() / entry.path().filename());
  }
  std::ofstream(dir.path() / file, std::ios::trunc) << content;
}

TEST(ReadUsdaSr24Test, RejectsBadFilesNamingFileAndLine) {
  struct Case {
    const char* file;
    const char* content;
    const char* message_part;
  };
  const Case kCases[] = {
      {"foods.csv", "ndb_no,description\n", "header does not match"},
      {"foods.csv",
       "ndb_no,description,food_group,protein_factor,fat_factor,carbohydrate_factor\n1145,X,,,,\n",
       "foods.csv:2"},
      {"food_nutrients.csv", "ndb_no,nutrient,amount_per_100g\n11457,magnesium,-3\n", "food_nutrients.csv:2"},
      {"food_nutrients.csv", "ndb_no,nutrient,amount_per_100g\n11457,unobtainium,3\n", "unknown nutrient"},
      {"portions.csv", "ndb_no,amount,unit,grams\n99999,1,cup,30\n", "unknown food 99999"},
      {"portions.csv", "ndb_no,amount,unit,grams\n11457,1,cup\n", "portions.csv:2"},
      // Found by fuzz_sr24: a nutrient number too large for an int was cast
      // to one (undefined behaviour); fractions were truncated.
      {"nutrients.csv", "key,name,unit,usda_nutrient_number\nenergy,Energy,kcal,4e15\n",
       "usda_nutrient_number \"4e15\" is not a whole number"},
      {"nutrients.csv", "key,name,unit,usda_nutrient_number\nenergy,Energy,kcal,208.5\n", "nutrients.csv:2"},
  };
  for (const Case& c : kCases) {
    testing::TempDir dir;
    WriteVariant(dir, c.file, c.content);
    auto ds = ReadUsdaSr24(dir.path().string());
    ASSERT_FALSE(ds.ok()) << c.content;
    EXPECT_NE(ds.status().message().find(c.message_part), std::string::npos) << ds.status().message();
    if (std::string(c.file) == "nutrients.csv") {
      auto catalog = ReadUsdaSr24Nutrients(dir.path().string());
      ASSERT_FALSE(catalog.ok()) << c.content;
      EXPECT_NE(catalog.status().message().find(c.message_part), std::string::npos) << catalog.status().message();
    }
  }
}

TEST(ImportUsdaSr24Test, ImportIsIdempotentAndAutomaticOnEmptyStore) {
  testing::TempDir dir;
  auto store = OpenSqliteStore(dir.File("p.db"));
  ASSERT_TRUE(store.ok());
  FoodRepository& foods = *(*store)->foods;

  ASSERT_TRUE(EnsureFoodsImported(kMiniDir, foods).ok());
  EXPECT_EQ(*foods.CountFoods(), 4);
  auto before = foods.GetFood("11457");

  auto again = ImportUsdaSr24(kMiniDir, foods);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->changed);
  EXPECT_EQ(*foods.CountFoods(), 4);
  EXPECT_EQ(**foods.GetFood("11457"), **before);
}

}  // namespace
}  // namespace platewise
