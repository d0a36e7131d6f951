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

// Issue 16: entries read "1 x 1 cup" and "2 x 1 fl oz"; a portion of 3 oz
// logged as 2 read "2 x 3 oz", which is 6 oz, for 2 oz (56.7 g).
TEST(ResolveAmountTest, DescribesAPortionAsItsQuantityAndUnit) {
  Food milk;
  milk.id = "01077";
  milk.portions = {{1, "cup", Grams(244)}, {1, "fl oz", Grams(30.5)}};
  Food cheese;
  cheese.id = "01161";
  cheese.portions = {{3, "oz", Grams(85)}, {1, "cup, diced", Grams(132)}};
  struct Case {
    const char* text;
    const Food& food;
    const char* description;
  };
  const Case kCases[] = {{"1 cup", milk, "1 cup"},
                         {"2 fl oz", milk, "2 fl oz"},
                         {"0.5 cup", cheese, "0.5 cup, diced"},
                         {"1 1/2 cups", milk, "1.5 cup"},
                         {"150 g", milk, "150 g"}};
  for (const Case& c : kCases) {
    auto r = ResolveAmount(c.text, c.food);
    ASSERT_TRUE(r.ok()) << c.text;
    EXPECT_EQ(r->description, c.description) << c.text;
    auto back = ReadAmountDescription(r->description);
    ASSERT_TRUE(back) << c.text;
    auto again = ResolveAmount(FormatNumber(back->amount) + " " + back->unit, c.food);
    ASSERT_TRUE(again.ok()) << c.text;
    EXPECT_DOUBLE_EQ(again->grams.value(), r->grams.value()) << c.text;
  }
}

TEST(AmountDisplayTextTest, ShowsTextsWrittenBeforeInTheNewForm) {
  EXPECT_EQ(AmountDisplayText("1 x 1 cup"), "1 cup");
  EXPECT_EQ(AmountDisplayText("2 x 1 fl oz"), "2 fl oz");
  EXPECT_EQ(AmountDisplayText("0.5 x 1 cup, chopped"), "0.5 cup, chopped");
  EXPECT_EQ(AmountDisplayText("2 x 3 oz"), "2 oz");
  for (const char* same : {"2 cup", "150 g", "1.5 oz", "", "a handful"}) EXPECT_EQ(AmountDisplayText(same), same);
}

TEST(FormatNumberTest, NeverWritesAnExponent) {
  EXPECT_EQ(FormatNumber(100000), "100000");
  EXPECT_EQ(FormatNumber(0.25), "0.25");
  EXPECT_EQ(FormatNumber(1.5), "1.5");
  EXPECT_EQ(FormatGrouped(100000), "100,000");
  EXPECT_EQ(FormatGrouped(2204.62), "2,204.6");
  EXPECT_EQ(FormatGrouped(999), "999");
  EXPECT_EQ(FormatGrouped(-1234), "-1,234");
  EXPECT_EQ(FormatGrouped(0.04), "0");
}

// Issue 16: editing an entry to 100000 g said "amount 1e+05 g is more than ...".
TEST(ValidateEntryGramsTest, SaysTheAmountInGroupedDigits) {
  Status s = ValidateEntryGrams(100000);
  EXPECT_EQ(s.message(), "100,000 g is more than one entry can hold (10,000 g): split it or check for a typo");
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
