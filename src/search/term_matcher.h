#ifndef PLATEWISE_SEARCH_TERM_MATCHER_H_
#define PLATEWISE_SEARCH_TERM_MATCHER_H_

// Finds the dictionary terms a typed query word may mean: terms it is a
// prefix of ("chick" -> "chicken"), and terms it is a typo of, counting the
// edit distance between the word and the closest prefix of the term, with a
// transposition as one edit ("brocoli" -> "broccoli": 1). Words of 4+ letters
// may have 1 edit, 8+ letters 2.
//
// The walk shares work between terms with a common prefix (the terms are
// sorted, so it is a walk over an implicit trie) and skips every term under
// a prefix that is already too far from the word.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace platewise::search {

int MaxEditsFor(std::string_view word);

struct TermHit {
  std::uint32_t term;  // index into the `terms` passed to MatchTerms
  int distance;        // 0: the word is a prefix of the term
};

// REQUIRES: `order` lists indices of `terms` sorted by term text.
// `extra_edits` widens MaxEditsFor(word), for a search that found nothing.
std::vector<TermHit> MatchTerms(std::string_view word, const std::vector<std::string>& terms,
                                const std::vector<std::uint32_t>& order, int extra_edits = 0);

// Only the terms `word` is a prefix of (distance 0), found by bisection: the
// fast path, enough whenever the word is not a typo.
std::vector<TermHit> MatchPrefixes(std::string_view word, const std::vector<std::string>& terms,
                                   const std::vector<std::uint32_t>& order);

// Distance between `word` and the closest prefix of `term` (optimal string
// alignment); for tests and single checks.
int PrefixEditDistance(std::string_view word, std::string_view term);

// PrefixEditDistance(word, term) <= 1, without the table: the alias table
// asks it for every phrase word on every query.
bool WithinOneEditOfPrefix(std::string_view word, std::string_view term);

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_TERM_MATCHER_H_
