#include "search/text_tokens.h"

#include <gtest/gtest.h>

namespace platewise::search {
namespace {

std::string Describe(const std::vector<NameToken>& tokens) {
  std::string out;
  for (const auto& t : tokens) out += (out.empty() ? "" : " ") + t.word + ":" + std::to_string(static_cast<int>(t.place));
  return out;
}

TEST(TokenizeNameTest, MarksTheHeadSegmentAndFoldsText) {
  struct Case {
    const char* name;
    const char* expected;  // word:place (0 head only, 1 head first, 2 head other, 3 second first, 4 other)
  };
  const Case kCases[] = {
      {"Spinach, raw", "spinach:0 raw:3"},
      {"Nuts, almonds", "nuts:4 almonds:0"},  // a category head: the food is the next segment
      {"Oil, almond", "oil:0 almond:3"},
      {"Orange juice, raw", "orange:1 juice:2 raw:3"},
      {"Egg, whole, raw, fresh", "egg:0 whole:3 raw:4 fresh:4"},
      {"Chickpeas (garbanzo beans, bengal gram), raw", "chickpeas:1 garbanzo:2 beans:2 bengal:2 gram:2 raw:3"},
      {"Milk, reduced fat, fluid, 2% milkfat", "milk:0 reduced:3 fat:4 fluid:4 2:4 milkfat:4"},
      {"Beverages, 7-Up", "beverages:4 7:0 up:0 7up:0"},
      {"McDONALD'S, Hamburger", "mcdonalds:0 hamburger:3"},
      {"Crème fraîche", "creme:1 fraiche:2"},
  };
  for (const Case& c : kCases) EXPECT_EQ(Describe(TokenizeName(c.name)), c.expected) << c.name;
}

TEST(TokenizeQueryTest, FoldsCaseAccentsPunctuationAndJoinsHyphens) {
  EXPECT_EQ(TokenizeQuery("Chick BRE"), (std::vector<std::string>{"chick", "bre"}));
  EXPECT_EQ(TokenizeQuery("2% milk"), (std::vector<std::string>{"2", "milk"}));
  EXPECT_EQ(TokenizeQuery("7-up"), (std::vector<std::string>{"7up"}));
  EXPECT_EQ(TokenizeQuery("jalapeño, raw!"), (std::vector<std::string>{"jalapeno", "raw"}));
  EXPECT_TRUE(TokenizeQuery("  %%% ,, ").empty());
}

// The word count of a name (food_ranking.cc) and its head's (food_index.cc)
// read these flags. Found in review: the joined form of a three-part
// hyphenated word ("brown-sugar-cinnamon") was counted as another word.
TEST(TokenizeNameTest, MarksJoinedHyphenFormsAndWordsInParentheses) {
  auto t = TokenizeName("Toaster pastries, brown-sugar-cinnamon (includes frosted, unfrosted), plain");
  std::vector<std::string> joined, in_note, counted;
  for (const auto& tok : t) {
    if (tok.joined) joined.push_back(tok.word);
    if (tok.in_note) in_note.push_back(tok.word);
    if (!tok.joined && !tok.in_note) counted.push_back(tok.word);
  }
  EXPECT_EQ(joined, (std::vector<std::string>{"brownsugarcinnamon"}));
  EXPECT_EQ(in_note, (std::vector<std::string>{"includes", "frosted", "unfrosted"}));
  EXPECT_EQ(counted, (std::vector<std::string>{"toaster", "pastries", "brown", "sugar", "cinnamon", "plain"}));
  // A comma inside parentheses starts no segment: "plain" is in the third.
  EXPECT_EQ(t[2].place, Place::kSecondFirst);  // brown
  EXPECT_EQ(t.back().place, Place::kOther);
}

TEST(IsFillerWordTest, NumbersLettersAndLinkWords) {
  for (const char* w : {"with", "added", "3", "25", "d", "and"}) EXPECT_TRUE(IsFillerWord(w)) << w;
  for (const char* w : {"milk", "raw", "whole", "7up"}) EXPECT_FALSE(IsFillerWord(w)) << w;
}

}  // namespace
}  // namespace platewise::search
