#include "search/query_aliases.h"

#include <algorithm>
#include <iostream>

#include "search/plural_stem.h"
#include "search/term_matcher.h"
#include "search/text_tokens.h"

namespace platewise::search {

// Defined in the file CMake generates from data/search/aliases.tsv.
const char* BundledAliasesTsv();

namespace {

// A whole word typed one letter off the phrase's word ("calimari" for
// "calamari"), for words of kMinTypoLength letters or more. One edit, not
// the index's two for long words: an everyday name two letters off is often
// another name ("cheerios" is two from "cheetos").
constexpr std::size_t kMinTypoLength = 5;
bool NearSpelling(const std::string& typed, const std::string& word) {
  if (typed.size() < kMinTypoLength) return false;
  std::size_t longer = std::max(typed.size(), word.size()), shorter = std::min(typed.size(), word.size());
  if (longer - shorter > 1) return false;
  return WithinOneEditOfPrefix(typed, word) && WithinOneEditOfPrefix(word, typed);
}

}  // namespace

Result<QueryAliases> QueryAliases::Parse(std::string_view tsv) {
  QueryAliases table;
  std::size_t line_no = 0;
  std::size_t start = 0;
  while (start < tsv.size()) {
    std::size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      return Status::InvalidArgument("alias table line " + std::to_string(line_no) +
                                     ": expected \"everyday phrase<TAB>database words<TAB>source\"");
    }
    std::string_view rest = line.substr(tab + 1);
    std::string_view replacement = rest.substr(0, rest.find('\t'));
    Alias alias{TokenizeQuery(line.substr(0, tab)), {}, TokenizeQuery(replacement)};
    if (alias.phrase.empty() || alias.replacement.empty()) {
      return Status::InvalidArgument("alias table line " + std::to_string(line_no) +
                                     ": the everyday phrase and the database words each need a word");
    }
    for (const auto& w : alias.phrase) alias.phrase_stems.push_back(PluralStem(w));
    table.aliases_.push_back(std::move(alias));
  }
  // Longest phrase first, so "french fries" wins over "fries"; the file's
  // order is kept among equals (the first meaning of a phrase first).
  std::stable_sort(table.aliases_.begin(), table.aliases_.end(),
                   [](const Alias& a, const Alias& b) { return a.phrase.size() > b.phrase.size(); });
  return table;
}

const char* QueryAliases::BundledTsv() { return BundledAliasesTsv(); }

const QueryAliases& QueryAliases::Bundled() {
  static const QueryAliases table = [] {
    auto parsed = Parse(BundledAliasesTsv());
    if (parsed.ok()) return std::move(*parsed);
    // A defect of the built-in data (a test reads the same table): search
    // still works, without aliases.
    std::cerr << "platewise: the built-in search alias table is unreadable: " << parsed.status().message() << "\n";
    return QueryAliases();
  }();
  return table;
}

std::vector<QueryVariant> QueryAliases::Expand(const std::vector<std::string>& words) const {
  std::vector<QueryVariant> variants{{words, {}}};
  if (aliases_.empty() || words.empty()) return variants;
  std::vector<std::string> stems;
  for (const auto& w : words) stems.push_back(PluralStem(w));

  auto matches_at = [&](const Alias& a, std::size_t at) {
    if (at + a.phrase.size() > words.size()) return false;
    for (std::size_t k = 0; k < a.phrase.size(); ++k) {
      std::size_t i = at + k;
      if (stems[i] == a.phrase_stems[k] || words[i] == a.phrase[k] || NearSpelling(words[i], a.phrase[k])) continue;
      bool last_typed = i + 1 == words.size() && k + 1 == a.phrase.size();
      if (last_typed && words[i].size() >= kMinPrefixForAlias && a.phrase[k].starts_with(words[i])) continue;
      return false;
    }
    return true;
  };

  // Spans of the query that an everyday phrase covers, with every meaning of
  // that phrase: longest phrases first, no overlaps.
  struct Span {
    std::size_t from, to;
    std::vector<const Alias*> meanings;
  };
  std::vector<Span> spans;
  std::vector<bool> covered(words.size(), false);
  for (const Alias& a : aliases_) {
    for (std::size_t at = 0; at + a.phrase.size() <= words.size(); ++at) {
      if (!matches_at(a, at)) continue;
      std::size_t to = at + a.phrase.size();
      auto same = std::find_if(spans.begin(), spans.end(), [&](const Span& s) { return s.from == at && s.to == to; });
      if (same != spans.end()) {
        same->meanings.push_back(&a);
        continue;
      }
      if (std::any_of(covered.begin() + static_cast<long>(at), covered.begin() + static_cast<long>(to),
                      [](bool c) { return c; })) {
        continue;
      }
      std::fill(covered.begin() + static_cast<long>(at), covered.begin() + static_cast<long>(to), true);
      spans.push_back({at, to, {&a}});
    }
  }
  if (spans.empty()) return variants;
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });

  // One variant per meaning index: the first meaning of every span, then the
  // second meaning of the spans that have one (others keep their first).
  std::size_t most_meanings = 0;
  for (const Span& s : spans) most_meanings = std::max(most_meanings, s.meanings.size());
  for (std::size_t m = 0; m < most_meanings && variants.size() < kMaxVariants; ++m) {
    QueryVariant v;
    std::size_t next = 0;
    for (const Span& s : spans) {
      for (std::size_t i = next; i < s.from; ++i) v.words.push_back(words[i]);
      const Alias& a = *s.meanings[std::min(m, s.meanings.size() - 1)];
      v.words.insert(v.words.end(), a.replacement.begin(), a.replacement.end());
      v.aliases.push_back({JoinWords(words, s.from, s.to), JoinWords(a.replacement, 0, a.replacement.size())});
      next = s.to;
    }
    for (std::size_t i = next; i < words.size(); ++i) v.words.push_back(words[i]);
    variants.push_back(std::move(v));
  }
  return variants;
}

}  // namespace platewise::search
