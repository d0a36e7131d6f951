#include "search/query_aliases.h"

#include <gtest/gtest.h>

#include "search/text_tokens.h"

namespace platewise::search {
namespace {

QueryAliases Table(std::string_view tsv) {
  auto t = QueryAliases::Parse(tsv);
  EXPECT_TRUE(t.ok()) << t.status().message();
  return t.ok() ? std::move(*t) : QueryAliases();
}

std::vector<std::string> Words(const QueryVariant& v) { return v.words; }

TEST(QueryAliasesTest, ThePhraseIsReplacedByTheDatabaseWordsAndTheQueryAsTypedStaysFirst) {
  QueryAliases t = Table("# comment\nketchup\tcatsup\tuk-us\noatmeal\toats cooked\tsr-wording\n");
  auto v = t.Expand(TokenizeQuery("Oatmeal with milk"));
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(Words(v[0]), (std::vector<std::string>{"oatmeal", "with", "milk"}));
  EXPECT_TRUE(v[0].aliases.empty());
  EXPECT_EQ(Words(v[1]), (std::vector<std::string>{"oats", "cooked", "with", "milk"}));
  ASSERT_EQ(v[1].aliases.size(), 1u);
  EXPECT_EQ(v[1].aliases[0].typed, "oatmeal");
  EXPECT_EQ(v[1].aliases[0].searched, "oats cooked");
}

TEST(QueryAliasesTest, PluralsMatchAndTheLongestPhraseWins) {
  QueryAliases t = Table("fries\tfrench fried potatoes\tregional\nfrench fries\tpotatoes french fried\tregional\n");
  auto v = t.Expand(TokenizeQuery("french fry"));
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(Words(v[1]), (std::vector<std::string>{"potatoes", "french", "fried"}));
}

TEST(QueryAliasesTest, OnlyWholeWordsMatchExceptTheLastWordBeingTyped) {
  QueryAliases t = Table("ketchup\tcatsup\tuk-us\npop\tcarbonated beverage\tregional\n");
  EXPECT_EQ(t.Expand(TokenizeQuery("popcorn")).size(), 1u);  // "pop" is not a word of it
  auto typing = t.Expand(TokenizeQuery("ketch"));           // on the way to "ketchup"
  ASSERT_EQ(typing.size(), 2u);
  EXPECT_EQ(Words(typing[1]), (std::vector<std::string>{"catsup"}));
  EXPECT_EQ(t.Expand(TokenizeQuery("ket")).size(), 1u);      // too short to mean it yet
  EXPECT_EQ(t.Expand(TokenizeQuery("ketch sauce")).size(), 1u);  // not the last word: must be whole
}

TEST(QueryAliasesTest, APhraseWithTwoMeaningsGivesAVariantForEach) {
  QueryAliases t = Table("chips\tpotato chips\tus\nchips\tfrench fried potatoes\tuk\n");
  auto v = t.Expand(TokenizeQuery("chips"));
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(Words(v[1]), (std::vector<std::string>{"potato", "chips"}));
  EXPECT_EQ(Words(v[2]), (std::vector<std::string>{"french", "fried", "potatoes"}));
}

TEST(QueryAliasesTest, AMalformedLineIsAnErrorThatNamesIt) {
  auto t = QueryAliases::Parse("ketchup\tcatsup\tuk-us\nno tab here\n");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("line 2"), std::string::npos) << t.status().message();
  EXPECT_FALSE(QueryAliases::Parse("ketchup\t  \tuk-us\n").ok());
}

TEST(QueryAliasesTest, TheBuiltInTableIsReadable) {
  auto t = QueryAliases::Parse(QueryAliases::BundledTsv());
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(QueryAliases::Bundled().size(), t->size());
  EXPECT_GT(t->size(), 0u);
}

}  // namespace
}  // namespace platewise::search
