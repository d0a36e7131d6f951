// The rules of Open Food Facts products (import/off_products.h), as tables
// of products and what they become.

#include "import/off_products.h"

#include <gtest/gtest.h>

#include <cmath>

namespace platewise {
namespace {

const std::vector<Nutrient>& Catalog() {
  static const std::vector<Nutrient> catalog = {
      {.key = "energy", .name = "Energy", .unit = "kcal", .usda_number = 208},
      {.key = "protein", .name = "Protein", .unit = "g", .usda_number = 203},
      {.key = "magnesium", .name = "Magnesium, Mg", .unit = "mg", .usda_number = 304},
      {.key = "vitamin_d_iu", .name = "Vitamin D, IU", .unit = "IU", .usda_number = 324},
  };
  return catalog;
}

OffProduct Product(std::vector<std::pair<std::string, std::string>> per_100g) {
  OffProduct p;
  p.code = "3017620422003";
  p.product_name = "Test";
  for (auto& [name, text] : per_100g) p.per_100g.emplace_back(name, OffNumberOfText(text));
  return p;
}

// The one food `p` becomes (an empty Food when it is skipped), with the summary.
std::pair<Food, ImportSummary> Become(const OffProduct& p) {
  ImportSummary summary;
  std::vector<Food> foods;
  OffProducts products(Catalog(), summary, [&](const Food& f) {
    foods.push_back(f);
    return Status::Ok();
  });
  EXPECT_TRUE(products.Add(p, OffWhere{"t.tsv", 2}).ok());
  products.Finish();
  return {foods.empty() ? Food{} : foods[0], summary};
}

TEST(OffNumberTest, NumbersAreWrittenPlainlyAndAnythingElseIsBad) {
  struct Case {
    const char* text;
    std::optional<double> value;
    bool bad;
  };
  const Case cases[] = {
      {"0.1", 0.1, false},   {" 1e-05 ", 1e-05, false}, {"539", 539, false}, {"-2", -2, false},
      {"", std::nullopt, false}, {"  ", std::nullopt, false}, {"0,1", std::nullopt, true},
      {"nan", std::nullopt, true}, {"inf", std::nullopt, true}, {"12 g", std::nullopt, true},
      {"+1", std::nullopt, true},
  };
  for (const Case& c : cases) {
    const OffNumber n = OffNumberOfText(c.text);
    EXPECT_EQ(n.value, c.value) << '"' << c.text << '"';
    EXPECT_EQ(n.bad, c.bad) << '"' << c.text << '"';
  }
  EXPECT_EQ(OffNumberOf(0.064, "0.064").value, 0.064);
  EXPECT_TRUE(OffNumberOf(HUGE_VAL, "1e400").bad);
}

TEST(OffProductsTest, EnergyIsKcalElseKilojoulesElseEnergy100gAsKilojoules) {
  struct Case {
    std::vector<std::pair<std::string, std::string>> per_100g;
    double kcal;
  };
  const Case cases[] = {
      {{{"energy-kcal", "539"}, {"energy-kj", "2252"}, {"energy", "2252"}}, 539},
      {{{"energy-kj", "2252"}, {"energy", "9999"}}, 2252 / 4.184},
      {{{"energy", "1569"}}, 1569 / 4.184},
      {{{"energy-kcal", ""}, {"energy", "418.4"}}, 100},
      {{{"energy-kcal", "2255"}, {"energy-kj", "2252"}}, 2252 / 4.184},  // kJ written as kcal
      {{{"energy-kcal", "0"}}, 0},
  };
  for (const Case& c : cases) {
    auto [food, summary] = Become(Product(c.per_100g));
    ASSERT_TRUE(food.per_100g.Get("energy").has_value()) << c.per_100g[0].first;
    EXPECT_DOUBLE_EQ(*food.per_100g.Get("energy"), c.kcal) << c.per_100g[0].first << " " << c.per_100g[0].second;
  }
}

TEST(OffProductsTest, OnlyCatalogKeysAreSetAndOthersAreNamedInANote) {
  auto [food, summary] = Become(Product({{"proteins", "6.3"}, {"magnesium", "0.064"}, {"fat", "30.9"},
                                         {"vitamin-d", "0.000001"}}));
  EXPECT_EQ(food.per_100g.all().size(), 2u);  // fat and vitamin D are not in this catalog's units
  EXPECT_DOUBLE_EQ(*food.per_100g.Get("protein"), 6.3);
  EXPECT_NEAR(*food.per_100g.Get("magnesium"), 64, 1e-9);
  ASSERT_EQ(summary.notes.size(), 2u);
  EXPECT_EQ(summary.notes[0], "not imported: vitamin-d_100g (1 product): grams, and Platewise keeps vitamin D in IU");
  EXPECT_EQ(summary.notes[1], "not imported, for want of a nutrient in Platewise's catalog: fat_100g (1 product)");
}

TEST(OffProductsTest, ACodeOrNameThatIsNoneSkipsTheProduct) {
  struct Case {
    const char* code;
    const char* name;
    const char* reason;
  };
  const Case cases[] = {
      {"", "Test", "the product has no code"},
      {" 301-762 ", "Test", "code \"301-762\" is not digits"},
      {"3017620422003", "  ", "product 3017620422003 has no product_name"},
  };
  for (const Case& c : cases) {
    OffProduct p = Product({{"proteins", "1"}});
    p.code = c.code;
    p.product_name = c.name;
    auto [food, summary] = Become(p);
    EXPECT_EQ(food.id, "") << c.reason;
    ASSERT_EQ(summary.problems.size(), 1u) << c.reason;
    EXPECT_EQ(summary.problems[0].reason, c.reason);
    EXPECT_EQ(summary.problems[0].line, 2);
  }
}

TEST(OffProductsTest, AServingInMillilitresOrAPackageOfThemMakesALiquid) {
  struct Case {
    const char* quantity;
    const char* serving_size;
    const char* serving_unit;
    bool liquid;
  };
  const Case cases[] = {
      {"", "8 OZA (240 ml)", "", true},     {"6 x 33 cl", "", "", true},      {"1,5 l", "", "", true},
      {"1.5L", "", "", true},               {"", "12 fl. oz", "", true},      {"1 l", "250 ml (255 g)", "", false},
      {"400 g", "15 g", "", false},         {"1 lb", "", "", false},          {"500 ml", "1 bottle", "", true},
      {"", "1 cup (30g)", "", false},       {"", "", "", false},              {"", "30 g", "ml", true},
      {"1 l", "", "g", false},
  };
  for (const Case& c : cases) {
    OffProduct p = Product({{"proteins", "1"}});
    p.quantity = c.quantity;
    p.serving_size = c.serving_size;
    p.serving_quantity_unit = c.serving_unit;
    auto [food, summary] = Become(p);
    const bool noted = !summary.notes.empty() && summary.notes[0].find("1 product is a liquid") == 0;
    EXPECT_EQ(noted, c.liquid) << c.quantity << " | " << c.serving_size << " | " << c.serving_unit;
  }
}

TEST(OffProductsTest, AServingQuantityIsAPortionWhenPositiveAndAtMost5Kg) {
  struct Case {
    const char* serving_quantity;
    bool portion;
    bool problem;
  };
  const Case cases[] = {{"30", true, false}, {"0", false, false},   {"", false, false},
                        {"-5", false, true}, {"6000", false, true}, {"1 cup", false, true}};
  for (const Case& c : cases) {
    OffProduct p = Product({{"proteins", "1"}});
    p.serving_quantity = OffNumberOfText(c.serving_quantity);
    auto [food, summary] = Become(p);
    EXPECT_EQ(!food.portions.empty(), c.portion) << c.serving_quantity;
    EXPECT_EQ(!summary.problems.empty(), c.problem) << c.serving_quantity;
  }
  OffProduct p = Product({{"proteins", "1"}});
  p.serving_quantity = OffNumberOfText("30");
  EXPECT_EQ(Become(p).first.portions.at(0), (Portion{.amount = 1, .unit = "serving", .grams = Grams(30)}));
}

TEST(OffProductsTest, TheBrandIsTheFirstOfBrandsAndTheGroupLosesItsLanguagePrefix) {
  OffProduct p = Product({{"proteins", "1"}});
  p.brands = " Tulú , Tulú Drinks";
  p.main_category = "fr:Laits entiers concentrés";
  auto [food, summary] = Become(p);
  EXPECT_EQ(food.brand, "Tulú");
  EXPECT_EQ(food.food_group, "Laits entiers concentrés");
  EXPECT_EQ(food.barcode, "03017620422003");
}

}  // namespace
}  // namespace platewise
