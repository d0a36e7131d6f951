#include "json/barcode_matches_json.h"

#include <gtest/gtest.h>

#include <memory>

namespace platewise {
namespace {

using nlohmann::json;

TEST(BarcodeMatchesJsonTest, EachFoodIsItsSummaryWithBrandBarcodeAndSource) {
  Food yogurt;
  yogurt.id = "fdc:100";
  yogurt.description = "Greek yogurt, plain";
  yogurt.source = "fdc-branded";
  yogurt.brand = "Acme Dairy";
  yogurt.barcode = "00036000291452";
  yogurt.per_100g.Set("energy", 59);
  yogurt.portions = {Portion{1, "container", Grams(170)}};
  json j = BarcodeMatchesJson(BarcodeMatches{"00036000291452", {std::make_shared<const Food>(yogurt)}});
  EXPECT_EQ(j["barcode"], "00036000291452");
  ASSERT_EQ(j["foods"].size(), 1u);
  const json& food = j["foods"][0];
  EXPECT_EQ(food["id"], "fdc:100");
  EXPECT_EQ(food["name"], "Greek yogurt, plain");
  EXPECT_EQ(food["kcal_per_100g"], 59.0);
  EXPECT_EQ(food["default_portion"]["grams"], 170.0);
  EXPECT_EQ(food["brand"], "Acme Dairy");
  EXPECT_EQ(food["barcode"], "00036000291452");
  EXPECT_EQ(food["source"], "fdc-branded");
}

TEST(BarcodeMatchesJsonTest, NoMatchIsAnEmptyListWithTheCodeLookedUp) {
  json j = BarcodeMatchesJson(BarcodeMatches{"04006381333931", {}});
  EXPECT_EQ(j, (json{{"barcode", "04006381333931"}, {"foods", json::array()}}));
}

}  // namespace
}  // namespace platewise
