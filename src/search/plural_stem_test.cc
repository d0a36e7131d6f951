#include "search/plural_stem.h"

#include <gtest/gtest.h>

namespace platewise::search {
namespace {

TEST(PluralStemTest, SingularAndPluralMeet) {
  const std::pair<const char*, const char*> kPairs[] = {
      {"egg", "eggs"},         {"strawberry", "strawberries"}, {"tomato", "tomatoes"},
      {"peach", "peaches"},    {"almond", "almonds"},          {"dish", "dishes"},
      {"apple", "apples"},     {"cherry", "cherries"},         {"box", "boxes"},
  };
  for (const auto& [one, many] : kPairs) EXPECT_EQ(PluralStem(one), PluralStem(many)) << one << "/" << many;
}

TEST(PluralStemTest, LeavesWordsThatAreNotPlurals) {
  for (const char* w : {"hummus", "asparagus", "swiss", "raw", "pea", "couscous", "anis"}) {
    EXPECT_EQ(PluralStem(w), w) << w;
  }
}

}  // namespace
}  // namespace platewise::search
