#include "core/food/amount.h"

#include <gtest/gtest.h>

#include <cmath>

namespace platewise {
namespace {

Food Spinach() {
  Food f;
  f.id = "11457";
  f.description = "Spinach, raw";
  f.portions = {{1, "cup", Grams(30)}, {1, "bunch", Grams(340)}, {10, "leaf", Grams(100)}};
  return f;
}

Food Egg() {
  Food f;
  f.id = "01123";
  f.description = "Egg, whole, raw, fresh";
  f.portions = {{1, "cup (4.86 large eggs)", Grams(243)}, {1, "large", Grams(50)}, {1, "medium", Grams(44)}};
  return f;
}

TEST(ReadAmountDescriptionTest, ReadsBackWhatResolveAmountWrites) {
  auto grams = ReadAmountDescription("150 g");
  ASSERT_TRUE(grams);
  EXPECT_EQ(grams->amount, 150);
  EXPECT_EQ(grams->unit, "g");
  auto portion = ReadAmountDescription("0.5 x 1 cup, chopped");
  ASSERT_TRUE(portion);
  EXPECT_EQ(portion->amount, 0.5);
  EXPECT_EQ(portion->unit, "cup, chopped");
  auto mass = ReadAmountDescription("1.5 oz");
  ASSERT_TRUE(mass);
  EXPECT_EQ(mass->unit, "oz");
  for (const char* bad : {"", "g", "150", "150 ", "-1 g", "2 x cup", "nan g"}) {
    EXPECT_FALSE(ReadAmountDescription(bad)) << bad;
  }
}

TEST(ResolveAmountTest, ResolvesMassesAndPortions) {
  struct Case {
    const char* text;
    Food food;
    double grams;
  };
  const Case kCases[] = {
      {"150g", Spinach(), 150},
      {"150 g", Spinach(), 150},
      {"0.5kg", Spinach(), 500},
      {"1 oz", Spinach(), 28.349523125},
      {"2 oz", Spinach(), 56.69904625},
      {"0.25 lb", Spinach(), 113.3980925},
      {"1 cup", Spinach(), 30},
      {"2 cups", Spinach(), 60},
      {"1/2 cup", Spinach(), 15},
      {"1 1/2 cup", Spinach(), 45},
      {"1.5 CUP", Spinach(), 45},
      {"3 leaf", Spinach(), 30},   // the portion is 10 leaves
      {"2 large", Egg(), 100},
      {"1 medium", Egg(), 44},
      {"1 cup", Egg(), 243},       // "cup (4.86 large eggs)" by its first word
  };
  for (const auto& c : kCases) {
    auto r = ResolveAmount(c.text, c.food);
    ASSERT_TRUE(r.ok()) << c.text << ": " << r.status().message();
    EXPECT_NEAR(r->grams.value(), c.grams, 1e-9) << c.text;
  }
}

TEST(ResolveAmountTest, RejectsBadAmountsWithUsefulMessages) {
  for (const char* text : {"", "150", "g", "abc", "-5g", "0g", "0 cup", "1/0 cup", "20kg", "1..5 g", "nan g"}) {
    auto r = ResolveAmount(text, Spinach());
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << text;
  }
  auto unknown = ResolveAmount("2 slices", Spinach());
  ASSERT_FALSE(unknown.ok());
  // Names the missing portion and lists the food's real ones.
  EXPECT_NE(unknown.status().message().find("\"slices\""), std::string::npos);
  EXPECT_NE(unknown.status().message().find("1 bunch"), std::string::npos);
}

TEST(ValidateEntryGramsTest, RejectsNonFiniteZeroNegativeAndAbsurd) {
  EXPECT_TRUE(ValidateEntryGrams(0.1).ok());
  EXPECT_TRUE(ValidateEntryGrams(10000).ok());
  for (double g : {0.0, -1.0, 10000.5, std::nan(""), static_cast<double>(INFINITY)}) EXPECT_FALSE(ValidateEntryGrams(g).ok()) << g;
}

}  // namespace
}  // namespace platewise
