#ifndef PLATEWISE_SEARCH_TEXT_TOKENS_H_
#define PLATEWISE_SEARCH_TEXT_TOKENS_H_

// Turning food names and queries into the words the index matches.
//
// Both sides are folded the same way: ASCII lower case, Latin-1 accented
// letters to their base letter (é -> e), and every other character a word
// break ("2%" -> "2"). A hyphenated word in a name is indexed as its parts and
// joined ("7-Up" -> "7", "up", "7up"); in a query it is joined only, so "7-up"
// and "7up" both find it.
//
// Names are written "head, qualifier, qualifier" (SR style). Each name word
// gets a Place: the head segment is the first comma-separated segment, or the
// second when the first is a category word ("Nuts, almonds": "almonds" is the
// head). Commas inside parentheses do not split segments.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace platewise::search {

enum class Place : std::uint8_t {
  kHeadOnly = 0,     // the whole head segment is this one word ("Oranges, raw")
  kHeadFirst = 1,    // first word of a longer head segment ("Orange juice, raw")
  kHeadOther = 2,    // another word of the head segment
  kSecondFirst = 3,  // first word of the segment after the head
  kOther = 4,        // anywhere else
};

struct NameToken {
  std::string word;
  Place place;
  bool joined = false;   // the joined form of a hyphenated word ("7up" of "7-Up"): not another word
  bool in_note = false;  // inside parentheses: SR's note on the name ("(includes onion, poppy)")
};

std::vector<NameToken> TokenizeName(std::string_view name);
std::vector<std::string> TokenizeQuery(std::string_view query);

// words[from, to) joined by single spaces (the query words as one text).
std::string JoinWords(const std::vector<std::string>& words, std::size_t from, std::size_t to);

// Words that say little about which food it is ("with", "added", "and", a
// lone letter or number): they do not count as extra words in the ranking.
bool IsFillerWord(std::string_view word);

// True for head words that name a category rather than the food ("Nuts",
// "Seeds", "Spices", "Beverages", "Fish", ...). Input is one folded word.
bool IsCategoryHead(std::string_view segment);

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_TEXT_TOKENS_H_
