#ifndef PLATEWISE_SEARCH_FOOD_FINDER_H_
#define PLATEWISE_SEARCH_FOOD_FINDER_H_

// A query as a person types it, answered from the index (docs/search.md):
//
// 1. The query and its alias variants (search/query_aliases.h) are searched,
//    and their results merged. A variant's word scores are scaled by
//    sqrt(words typed / words searched): the database's three words for
//    "ghee" ("butter oil anhydrous") are worth more than one word typed (they
//    say exactly what was meant) but not three.
//    Two words typed apart that names write as one ("low fat": "lowfat")
//    are searched joined as well.
// 2. Never empty for a real food: when no food matches every word, one word
//    is dropped, and again while more than one is left: a word that no name
//    has as typed (only a near spelling of it) first; else the word whose
//    absence finds the best-scoring food ("green tea": without "green" the
//    best is brewed tea, without "tea" a green tomato; "tea" stays). Then,
//    for the words left, the typo allowance widens by one edit. What was
//    relaxed is reported, so the person is told ("No exact match for greek
//    yogurt; showing yogurt").
// 3. Plain foods before brand products for a bare query: when foods that are
//    not packaged products (IndexedFood::branded) match every word searched
//    as typed, they come first, then everything else by score. A query that
//    names a brand ("cheerios", "kind bar") has no such plain match, so its
//    products rank by score as any food does. Where no packaged product is
//    found (SR24 alone) nothing changes.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search/food_index.h"
#include "search/query_aliases.h"

namespace platewise::search {

struct FoundFoods {
  std::vector<SearchHit> hits;
  std::vector<std::string> relaxed;  // query words dropped because no food had them all
  bool spelling_widened = false;     // found only with one more typo allowed
  std::vector<AliasUse> aliases;     // everyday phrases whose database words gave a result
  std::string searched;              // the words searched in the end (after relaxing), space-separated
};

FoundFoods FindFoods(const FoodIndex& index, const QueryAliases& aliases, std::string_view query, int limit,
                     std::int64_t user);

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_FOOD_FINDER_H_
