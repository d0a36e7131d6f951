#include "search/food_finder.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "search/text_tokens.h"

namespace platewise::search {
namespace {

constexpr int kMaxPerVariant = 200;

// Best score first; ties as the index breaks them: the shorter name, then the id.
bool Better(const SearchHit& a, const SearchHit& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.name.size() != b.name.size()) return a.name.size() < b.name.size();
  return a.id < b.id;
}

// Adds an alias that gave a result, once.
void AddAliasUse(std::vector<AliasUse>& uses, const AliasUse& a) {
  bool seen = std::any_of(uses.begin(), uses.end(),
                          [&](const AliasUse& u) { return u.typed == a.typed && u.searched == a.searched; });
  if (!seen) uses.push_back(a);
}

// Every variant of `words` searched, merged: a food found by several keeps
// its best score, its variant's word scores scaled (food_finder.h).
FoundFoods SearchVariants(const FoodIndex& index, const QueryAliases& aliases, const std::vector<std::string>& words,
                          int limit, std::int64_t user, int extra_edits,
                          SearchProducts products = SearchProducts::kAll) {
  struct Best {
    SearchHit hit;
    std::size_t variant;
  };
  std::vector<QueryVariant> variants = aliases.Expand(words);
  // Two words typed apart that names write as one ("low fat" -> "lowfat",
  // "pop corn" -> "popcorn"): the joined word is searched too.
  for (std::size_t i = 0; i + 1 < words.size() && variants.size() < QueryAliases::kMaxVariants; ++i) {
    std::string joined = words[i] + words[i + 1];
    if (!index.HasTerm(joined)) continue;
    QueryVariant v;
    v.words.assign(words.begin(), words.begin() + static_cast<long>(i));
    v.words.push_back(std::move(joined));
    v.words.insert(v.words.end(), words.begin() + static_cast<long>(i) + 2, words.end());
    variants.push_back(std::move(v));
  }
  std::unordered_map<std::string, Best> best;
  const int per_variant = variants.size() == 1 ? limit : std::min(kMaxPerVariant, 2 * limit);
  for (std::size_t v = 0; v < variants.size(); ++v) {
    const float scale = std::sqrt(static_cast<float>(words.size()) / static_cast<float>(variants[v].words.size()));
    for (SearchHit& hit : index.SearchWords(variants[v].words, per_variant, user, extra_edits, products)) {
      hit.score += hit.words_score * (scale - 1);
      hit.words_score *= scale;
      auto [it, inserted] = best.try_emplace(hit.id, Best{hit, v});
      if (!inserted && hit.score > it->second.hit.score) it->second = {hit, v};
    }
  }
  std::vector<Best> ranked;
  ranked.reserve(best.size());
  for (auto& [id, b] : best) ranked.push_back(std::move(b));
  std::sort(ranked.begin(), ranked.end(), [](const Best& a, const Best& b) { return Better(a.hit, b.hit); });
  if (ranked.size() > static_cast<std::size_t>(limit)) ranked.resize(static_cast<std::size_t>(limit));

  FoundFoods found;
  std::vector<bool> used(variants.size(), false);
  for (Best& b : ranked) {
    used[b.variant] = true;
    found.hits.push_back(std::move(b.hit));
  }
  for (std::size_t v = 1; v < variants.size(); ++v) {
    if (!used[v]) continue;
    for (const AliasUse& a : variants[v].aliases) AddAliasUse(found.aliases, a);
  }
  found.searched = JoinWords(words, 0, words.size());
  return found;
}

bool PlainAsTyped(const SearchHit& h) { return !h.brand_product && h.as_typed; }

// Step 3 of food_finder.h: when plain foods match every word as typed, they
// come before every brand product, whatever the brand products' own scores
// (a product named "Shredded Wheat Flour ..." places the words better than
// "Cereals ready-to-eat, wheat, shredded", and there are thousands of such
// products). The plain foods are searched on their own, so that they are
// found even when brand products fill the whole first `limit`.
void PutPlainMatchesFirst(const FoodIndex& index, const QueryAliases& aliases, const std::vector<std::string>& words,
                          int limit, std::int64_t user, int extra_edits, FoundFoods& found) {
  auto brand = [](const SearchHit& h) { return h.brand_product; };
  if (std::none_of(found.hits.begin(), found.hits.end(), brand)) return;
  FoundFoods plain = SearchVariants(index, aliases, words, limit, user, extra_edits, SearchProducts::kPlainOnly);
  if (std::none_of(plain.hits.begin(), plain.hits.end(), PlainAsTyped)) return;
  std::vector<SearchHit> hits = std::move(found.hits);
  for (SearchHit& h : plain.hits) {
    if (std::none_of(hits.begin(), hits.end(), [&](const SearchHit& k) { return k.id == h.id; })) {
      hits.push_back(std::move(h));
    }
  }
  std::sort(hits.begin(), hits.end(), Better);
  std::stable_partition(hits.begin(), hits.end(), PlainAsTyped);
  if (hits.size() > static_cast<std::size_t>(limit)) hits.resize(static_cast<std::size_t>(limit));
  found.hits = std::move(hits);
  for (const AliasUse& a : plain.aliases) AddAliasUse(found.aliases, a);
}

}  // namespace

FoundFoods FindFoods(const FoodIndex& index, const QueryAliases& aliases, std::string_view query, int limit,
                     std::int64_t user) {
  std::vector<std::string> words = TokenizeQuery(query);
  if (words.empty() || limit <= 0) return {};
  FoundFoods found = SearchVariants(index, aliases, words, limit, user, 0);
  std::vector<std::string> relaxed;
  while (found.hits.empty() && words.size() > 1) {
    // A word no name has as typed goes first ("greek" of "greek yogurt": only
    // a near spelling, "green", matches). Otherwise each word is tried out
    // and the one whose absence finds the best-scoring food goes: the words
    // kept then describe the food best ("green tea" keeps "tea").
    std::size_t drop = words.size();
    for (std::size_t w = words.size(); w-- > 0;) {
      if (index.WordMatches(words[w]) == 0) {
        drop = w;
        break;
      }
    }
    FoundFoods best;
    if (drop == words.size()) {
      for (std::size_t w = 0; w < words.size(); ++w) {
        std::vector<std::string> fewer = words;
        fewer.erase(fewer.begin() + static_cast<long>(w));
        FoundFoods trial = SearchVariants(index, aliases, fewer, limit, user, 0);
        if (!trial.hits.empty() && (best.hits.empty() || trial.hits[0].score > best.hits[0].score)) {
          best = std::move(trial);
          drop = w;
        }
      }
      if (drop == words.size()) drop = words.size() - 1;  // no single drop finds anything: the last word goes
    }
    relaxed.push_back(words[drop]);
    words.erase(words.begin() + static_cast<long>(drop));
    found = best.hits.empty() ? SearchVariants(index, aliases, words, limit, user, 0) : std::move(best);
  }
  int extra_edits = 0;
  if (found.hits.empty()) {
    found = SearchVariants(index, aliases, words, limit, user, 1);
    found.spelling_widened = !found.hits.empty();
    extra_edits = 1;
  }
  PutPlainMatchesFirst(index, aliases, words, limit, user, extra_edits, found);
  found.relaxed = std::move(relaxed);
  return found;
}

}  // namespace platewise::search
