#include "core/nutrient/dri_amounts.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

NutrientValues Values(std::initializer_list<std::pair<const char*, double>> kv) {
  NutrientValues v;
  for (const auto& [k, x] : kv) v.Set(k, x);
  return v;
}

TEST(DriAmountsTest, DerivesRaeVitaminDAndFolate) {
  // Spinach, raw (SR24 11457): retinol 0, beta-carotene 5626, alpha 0, cryptoxanthin 0.
  NutrientValues spinach = WithDriAmounts(Values({{"retinol", 0},
                                                  {"carotene_beta", 5626},
                                                  {"carotene_alpha", 0},
                                                  {"cryptoxanthin_beta", 0},
                                                  {"vitamin_d_iu", 0},
                                                  {"folate_total", 194},
                                                  {"magnesium", 79}}));
  EXPECT_NEAR(*spinach.Get("vitamin_a_rae"), 5626.0 / 12, 1e-9);
  EXPECT_EQ(*spinach.Get("vitamin_d"), 0);
  EXPECT_EQ(*spinach.Get("folate"), 194);
  EXPECT_EQ(*spinach.Get("magnesium"), 79);  // source keys kept

  NutrientValues mixed = WithDriAmounts(Values({{"retinol", 100},
                                                {"carotene_beta", 120},
                                                {"carotene_alpha", 48},
                                                {"cryptoxanthin_beta", 24},
                                                {"vitamin_d_iu", 400}}));
  EXPECT_NEAR(*mixed.Get("vitamin_a_rae"), 100 + 10 + 2 + 1, 1e-9);
  EXPECT_NEAR(*mixed.Get("vitamin_d"), 10, 1e-12);
}

TEST(DriAmountsTest, AMissingCarotenoidLeavesRaeUnknownNotZero) {
  NutrientValues v = WithDriAmounts(Values({{"retinol", 0}, {"carotene_beta", 50}, {"carotene_alpha", 0}}));
  EXPECT_FALSE(v.Get("vitamin_a_rae").has_value());
  EXPECT_FALSE(v.Get("vitamin_d").has_value());
  EXPECT_FALSE(v.Get("folate").has_value());
}

TEST(DriAmountsTest, KnowsWhichDriNutrientsFoodDataCanSupply) {
  for (const char* k : {"magnesium", "vitamin_a_rae", "vitamin_d", "folate", "fiber", "potassium"}) {
    EXPECT_TRUE(HasFoodData(k)) << k;
  }
  for (const char* k : {"iodine", "chromium", "biotin", "molybdenum", "total_water", "vitamin_d_iu"}) {
    EXPECT_FALSE(HasFoodData(k)) << k;
  }
}

}  // namespace
}  // namespace platewise
