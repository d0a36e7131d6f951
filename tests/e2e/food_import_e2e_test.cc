// End-to-end: `platewise import fdc|off`, the real binary on a real SQLite
// file with the bundled foods, reading the small FoodData Central downloads
// of tests/data/imports/fdc/ and Open Food Facts files of
// tests/data/imports/off/; the foods it writes are found by name, brand and
// barcode and can be logged.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;

class FoodImportCliTest : public ::testing::Test {
 protected:
  testing::CommandResult Run(std::vector<std::string> args) {
    args.insert(args.end(), {"--db", testing::SeededDatabase(PLATEWISE_BINARY, dir_, "platewise.db")});
    return testing::RunCommand(PLATEWISE_BINARY, args);
  }
  static std::string Data(const std::string& name) {
    return std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/fdc/" + name;
  }
  testing::TempDir dir_;
};

TEST_F(FoodImportCliTest, AFoodDataCentralDownloadIsFoundByNameAndBarcodeAndLogs) {
  auto first = Run({"import", "fdc", Data("foundation"), Data("branded"), "--json"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  json s = json::parse(first.out);
  EXPECT_EQ(s["format"], "fdc");
  EXPECT_EQ(s["foods"], 6);    // 3 Foundation, 3 Branded
  EXPECT_EQ(s["skipped"], 6);  // 6 Foundation rows
  EXPECT_EQ(s["entries"], 0);

  auto search = Run({"foods", "search", "hummus", "--json"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  bool found = false;
  const json foods = json::parse(search.out)["foods"];
  for (const json& f : foods) found = found || f["id"] == "fdc:321358";
  EXPECT_TRUE(found) << search.out;

  auto barcode = Run({"foods", "barcode", "0 81829 00100 1", "--json"});
  ASSERT_EQ(barcode.exit_code, 0) << barcode.err;
  EXPECT_NE(barcode.out.find("fdc:2012128"), std::string::npos) << barcode.out;

  auto log = Run({"log", "add", "--date", "2026-11-30", "--meal", "lunch", "fdc:321358", "1 cup"});
  ASSERT_EQ(log.exit_code, 0) << log.err;
  auto day = Run({"log", "day", "2026-11-30", "--json"});
  ASSERT_EQ(day.exit_code, 0) << day.err;
  EXPECT_NEAR(json::parse(day.out)["totals"]["energy_kcal"].get<double>(), 229 * 2.46, 1e-6);

  // The same download again writes nothing, and the logged food stays.
  auto again = Run({"import", "fdc", Data("foundation"), Data("branded"), "--json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(json::parse(again.out)["foods"], 0);
  auto day_after = Run({"log", "day", "2026-11-30", "--json"});
  EXPECT_NEAR(json::parse(day_after.out)["totals"]["energy_kcal"].get<double>(), 229 * 2.46, 1e-6);
}

TEST_F(FoodImportCliTest, ADownloadsZipIsReadAsItsFolder) {
  auto r = Run({"import", "fdc", std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/zip/fdc-foundation.zip", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json s = json::parse(r.out);
  EXPECT_EQ(s["foods"], 3);
  EXPECT_EQ(s["skipped"], 6);
  auto show = Run({"foods", "show", "fdc:1999631", "--json"});
  EXPECT_EQ(show.exit_code, 0) << show.err;
}

TEST_F(FoodImportCliTest, OpenFoodFactsProductsAreFoundByBrandAndBarcode) {
  const std::string dump = std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/off/products.jsonl";
  auto r = Run({"import", "off", dump, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json s = json::parse(r.out);
  EXPECT_EQ(s["format"], "off");
  EXPECT_EQ(s["foods"], 3);
  EXPECT_EQ(s["skipped"], 3);  // a line that is not JSON, one that is no object, a value "12,5"
  auto by_brand = Run({"foods", "search", "ferrero", "--json"});
  ASSERT_EQ(by_brand.exit_code, 0) << by_brand.err;
  const json foods = json::parse(by_brand.out)["foods"];
  ASSERT_FALSE(foods.empty()) << by_brand.out;
  EXPECT_EQ(foods[0]["id"], "off:3017620422003");
  auto barcode = Run({"foods", "barcode", "3017620422003", "--json"});
  ASSERT_EQ(barcode.exit_code, 0) << barcode.err;
  const json found = json::parse(barcode.out)["foods"];
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]["brand"], "Ferrero");
  auto again = Run({"import", "off", dump, "--json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(json::parse(again.out)["foods"], 0);
}

TEST_F(FoodImportCliTest, FilesThatAreNoDownloadAreRefusedAndNothingIsWritten) {
  auto r = Run({"import", "fdc", Data("foundation/food_nutrient.csv"), "--json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("nothing was imported"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no FoodData Central food file"), std::string::npos) << r.err;
  auto none = Run({"import", "fdc"});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("give the download's folder or files"), std::string::npos) << none.err;
}

}  // namespace
}  // namespace platewise
