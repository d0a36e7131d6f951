#ifndef PLATEWISE_SEARCH_QUERY_ALIASES_H_
#define PLATEWISE_SEARCH_QUERY_ALIASES_H_

// Everyday names for foods, mapped to the words the food database uses for
// them ("ketchup" -> "catsup", "oatmeal" -> "oats cooked", "courgette" ->
// "zucchini"). Applied to the query, never to the names: a query that
// contains an everyday phrase as whole words is also searched with the
// phrase replaced (search/food_finder.h merges the two).
//
// The table is data (data/search/aliases.tsv, with its sources in
// data/search/README.md), built into the program: lines of
//   everyday phrase <TAB> database words <TAB> source tag
// with '#' comments. Both sides are folded as queries are (TokenizeQuery),
// and a phrase matches query words with the plural folded ("fries" = "fry")
// or one letter off for words of 5+ letters ("calimari").
// The last query word may still be being typed: it matches the phrase's last
// word when it is a prefix of it of at least kMinPrefixForAlias letters.

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace platewise::search {

inline constexpr std::size_t kMinPrefixForAlias = 4;

struct AliasUse {
  std::string typed;     // the query's words that matched the phrase
  std::string searched;  // the database words searched instead
};

struct QueryVariant {
  std::vector<std::string> words;
  std::vector<AliasUse> aliases;  // empty for the query as typed
};

class QueryAliases {
 public:
  QueryAliases() = default;
  // InvalidArgument naming the line when a line is not "phrase<TAB>words[<TAB>source]"
  // or a side has no word.
  static Result<QueryAliases> Parse(std::string_view tsv);
  // The table built in from data/search/aliases.tsv, and its text.
  static const QueryAliases& Bundled();
  static const char* BundledTsv();

  // The query as typed first, then at most kMaxVariants - 1 variants with the
  // everyday phrases replaced (non-overlapping, longest phrase first; one
  // variant per meaning of a phrase that has two).
  std::vector<QueryVariant> Expand(const std::vector<std::string>& words) const;

  std::size_t size() const { return aliases_.size(); }

  static constexpr std::size_t kMaxVariants = 4;

 private:
  struct Alias {
    std::vector<std::string> phrase;  // folded words
    std::vector<std::string> phrase_stems;
    std::vector<std::string> replacement;
  };
  std::vector<Alias> aliases_;  // longest phrase first
};

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_QUERY_ALIASES_H_
