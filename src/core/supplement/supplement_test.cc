#include "core/supplement/supplement.h"

#include <gtest/gtest.h>

#include <cmath>

namespace platewise {
namespace {

TEST(SupplementTest, ParsesNutrientAmounts) {
  auto v = ParseNutrientAmounts("magnesium=200, vitamin_d=25,zinc=0");
  ASSERT_TRUE(v.ok()) << v.status().message();
  EXPECT_EQ(*v->Get("magnesium"), 200);
  EXPECT_EQ(*v->Get("vitamin_d"), 25);
  EXPECT_EQ(*v->Get("zinc"), 0);
  for (const char* bad :
       {"", "magnesium", "magnesium=", "=200", "magnesium=-5", "magnesium=lots", "magnesium=200,", "magnesium=nan"}) {
    auto r = ParseNutrientAmounts(bad);
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

TEST(SupplementTest, ValidatesProductsAndDoses) {
  Supplement s{0, "Magnesium citrate", "tablet", {}};
  EXPECT_FALSE(ValidateSupplement(s).ok());  // no nutrient
  s.per_unit.Set("magnesium", 200);
  EXPECT_TRUE(ValidateSupplement(s).ok());
  s.unit = std::string(1, ' ');
  EXPECT_FALSE(ValidateSupplement(s).ok());
  for (double ok : {0.5, 1.0, 100.0}) EXPECT_TRUE(ValidateDoseUnits(ok).ok()) << ok;
  for (double bad : {0.0, -1.0, 100.5, std::nan("")}) EXPECT_FALSE(ValidateDoseUnits(bad).ok()) << bad;
}

TEST(SupplementTest, IntakeIsMarkedAsSupplementAndScaledByUnits) {
  Supplement s{7, "Magnesium citrate", "tablet", {}};
  s.per_unit.Set("magnesium", 200);
  IntakeItem item = SupplementIntake({1, {2026, 11, 29}, 7, 1.5}, s);
  EXPECT_TRUE(item.supplement);
  EXPECT_EQ(item.source_id, "s7");
  EXPECT_EQ(*item.amounts.Get("magnesium"), 300);
  EXPECT_FALSE(item.amounts.Get("calcium").has_value());
}

}  // namespace
}  // namespace platewise
