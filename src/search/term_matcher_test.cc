#include "search/term_matcher.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace platewise::search {
namespace {

TEST(PrefixEditDistanceTest, CountsEditsToTheClosestPrefix) {
  struct Case {
    const char* word;
    const char* term;
    int distance;
  };
  const Case kCases[] = {
      {"chick", "chicken", 0},   {"brocoli", "broccoli", 1}, {"brocolli", "broccoli", 2},
      {"borccoli", "broccoli", 1},  // a transposition is one edit
      {"avacado", "avocados", 1}, {"cauliflour", "cauliflower", 2}, {"egg", "egg", 0},
      {"eggs", "egg", 1},         {"xyz", "egg", 3},
  };
  for (const Case& c : kCases) EXPECT_EQ(PrefixEditDistance(c.word, c.term), c.distance) << c.word << " " << c.term;
}

// The quick check says what the table says, for every pair of words of up
// to 5 letters over a 3-letter alphabet (all the ways edits can meet).
TEST(WithinOneEditOfPrefixTest, AgreesWithPrefixEditDistanceOnEveryShortPair) {
  std::vector<std::string> words = {""};
  for (std::size_t from = 0; words.back().size() < 5;) {
    std::size_t to = words.size();
    for (std::size_t i = from; i < to; ++i)
      for (char c : {'a', 'b', 'c'}) words.push_back(words[i] + c);
    from = to;
  }
  int agreed = 0;
  for (const std::string& w : words) {
    for (const std::string& t : words) {
      ASSERT_EQ(WithinOneEditOfPrefix(w, t), PrefixEditDistance(w, t) <= 1) << w << " " << t;
      ++agreed;
    }
  }
  EXPECT_EQ(agreed, 364 * 364);
}

TEST(MatchTermsTest, FindsPrefixesAndTyposWithinTheAllowance) {
  std::vector<std::string> terms = {"broccoli", "brown", "chicken", "chickpeas", "cheddar", "egg",
                                    "eggplant", "eggs",  "bread",   "breast",    "chia",    "chives"};
  std::vector<std::uint32_t> order(terms.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return terms[a] < terms[b]; });
  auto names = [&](const char* word) {
    std::vector<std::string> out;
    for (const TermHit& h : MatchTerms(word, terms, order)) {
      out.push_back(terms[h.term] + "/" + std::to_string(h.distance));
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(names("chick"), (std::vector<std::string>{"chicken/0", "chickpeas/0"}));
  EXPECT_EQ(names("egg"), (std::vector<std::string>{"egg/0", "eggplant/0", "eggs/0"}));  // 3 letters: no typos
  EXPECT_EQ(names("brocoli"), (std::vector<std::string>{"broccoli/1"}));
  EXPECT_EQ(names("chedar"), (std::vector<std::string>{"cheddar/1"}));
  EXPECT_EQ(names("bre"), (std::vector<std::string>{"bread/0", "breast/0"}));
  EXPECT_TRUE(names("zzzz").empty());
  EXPECT_EQ(MaxEditsFor("egg"), 0);
  EXPECT_EQ(MaxEditsFor("eggs"), 1);
  EXPECT_EQ(MaxEditsFor("broccoli"), 2);
}

}  // namespace
}  // namespace platewise::search
