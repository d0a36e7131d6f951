#ifndef PLATEWISE_SEARCH_FOOD_RANKING_H_
#define PLATEWISE_SEARCH_FOOD_RANKING_H_

// The score of a food for a query (docs/search.md explains it):
//
//   score = sum over query words of [KindScore(match) + PlaceBonus(place in name)]
//         + StaticScore(food)            kind of food and its length
//         + EveryoneLogsBoost(logs by all users) + UserBoost(logs by this user)
//
// Every constant of the ranking is here, so tuning happens in one file.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search/food_form.h"
#include "search/text_tokens.h"

namespace platewise::search {

enum class MatchKind : std::uint8_t { kExact, kPrefix, kTypo1, kTypo2 };

// How well a query word matches a term, before the place bonus. `typed` and
// `term_length` are the word's and the term's lengths (a prefix that is most
// of the term scores almost as an exact match).
float KindScore(MatchKind kind, std::size_t typed, std::size_t term_length);

struct FoodTraits {
  int word_count = 0;     // words that are not fillers (IsFillerWord)
  int portions = 0;       // household measures the data has for it: many means a common food
  bool raw = false;       // a "raw" or "plain" qualifier: the plain form of a food
  bool baby = false;      // baby food or infant formula
  bool branded = false;   // a brand product (flagged by its source, or an ALL-CAPS brand word)
  bool prepared = false;  // fast food, restaurant food, a mixed dish
  FoodForm form;          // as eaten, an ingredient form, organ meat, a diet variant
};

// Traits read from the name and food group; `branded` also from the source.
FoodTraits TraitsOf(std::string_view name, std::string_view food_group, bool branded_by_source, int portions);

float StaticScore(const FoodTraits& traits);
// How much a food rises for everyone, and for the user who logged it. For a
// short query (ShortQuery: a letter or two typed) the person's own foods
// come first: they rise far more.
float EveryoneLogsBoost(std::uint32_t logs_by_everyone);
float UserBoost(std::uint32_t logs_by_user, bool short_query);
// A query of at most this many letters and digits in all is short.
bool ShortQuery(const std::vector<std::string>& words);
// The bonus for where a matched word stands in the name.
float PlaceBonus(Place place);
// The bonus when the query's words match every word of the name's head
// ("sweet potato" -> "Sweet potato, cooked", not "Sweet potato leaves, raw").
// At least one of the head's words must be matched as typed (exactly, as a
// plural or a prefix), not by a near spelling: "coke" is not all of
// "Chokecherries", but "pineaple juice" is all of "Pineapple juice".
float WholeHeadBonus();
// What a query word earns when the only name words it matches already serve
// other query words of the query ("olive oli": "oli" finds only "olives").
float SharedWordScore(float kind_score);
bool IsMatchAsTyped(float kind_score);

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_FOOD_RANKING_H_
