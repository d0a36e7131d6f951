#include "search/term_matcher.h"

#include <algorithm>

namespace platewise::search {
namespace {

// Rows of the edit-distance table, one per term character (row 0 = empty
// term prefix): row[j][i] = distance(word[0..i), term[0..j)), capped at
// `cap` = max_edits + 1 (anything larger is as bad). Only the band
// |i - j| <= max_edits can hold a value under the cap, so only it is computed.
// best[j] is the smallest row[k][m] for k <= j: the distance to the closest
// term prefix so far.
class Table {
 public:
  Table(std::string_view word, int max_edits)
      : word_(word), m_(static_cast<int>(word.size())), max_(max_edits), cap_(max_edits + 1) {
    Row(0);
    for (int i = 0; i <= m_; ++i) At(0, i) = std::min(i, cap_);
    best_[0] = std::min(m_, cap_);
    row_min_[0] = 0;
  }

  // Makes row `j` (1-based) for term character term[j-1]; rows below j are kept.
  // REQUIRES: rows 0..j-1 are computed for the same term prefix.
  void Fill(std::string_view term, int j) {
    Row(j);
    const char tc = term[j - 1];
    const int lo = std::max(1, j - max_), hi = std::min(m_, j + max_);
    int* cur = &At(j, 0);
    const int* up = &At(j - 1, 0);
    cur[0] = std::min(j, cap_);
    if (lo - 1 >= 1) cur[lo - 1] = cap_;
    if (hi + 1 <= m_) cur[hi + 1] = cap_;
    int lowest = cur[0];
    for (int i = lo; i <= hi; ++i) {
      int v = up[i - 1] + (word_[i - 1] == tc ? 0 : 1);
      v = std::min(v, up[i] + 1);
      v = std::min(v, cur[i - 1] + 1);
      if (i > 1 && j > 1 && word_[i - 1] == term[j - 2] && word_[i - 2] == tc) v = std::min(v, At(j - 2, i - 2) + 1);
      v = std::min(v, cap_);
      cur[i] = v;
      lowest = std::min(lowest, v);
    }
    best_[j] = std::min(best_[j - 1], hi == m_ ? cur[m_] : cap_);
    row_min_[j] = lowest;
  }

  int best(int j) const { return best_[j]; }
  int row_min(int j) const { return row_min_[j]; }

 private:
  int& At(int j, int i) { return cells_[static_cast<size_t>(j) * static_cast<size_t>(m_ + 1) + static_cast<size_t>(i)]; }
  void Row(int j) {
    size_t need = static_cast<size_t>(j + 1);
    if (best_.size() < need) {
      best_.resize(need);
      row_min_.resize(need);
      cells_.resize(need * static_cast<size_t>(m_ + 1), cap_);
    }
  }

  std::string_view word_;
  int m_, max_, cap_;
  std::vector<int> cells_;
  std::vector<int> best_;
  std::vector<int> row_min_;
};

// Optimal string alignment distance of `a` and `b` is at most 1: equal, or
// one substitution, insertion, deletion or swap of neighbours.
bool OsaAtMostOne(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (a.size() != b.size()) return a.substr(i + 1) == b.substr(i);  // one letter more in `a`
  if (i == a.size()) return true;
  if (a.substr(i + 1) == b.substr(i + 1)) return true;  // one substitution
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size()), i = 0;
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

}  // namespace

int MaxEditsFor(std::string_view word) {
  if (word.size() >= 8) return 2;
  if (word.size() >= 4) return 1;
  return 0;
}

std::vector<TermHit> MatchTerms(std::string_view word, const std::vector<std::string>& terms,
                                const std::vector<std::uint32_t>& order, int extra_edits) {
  std::vector<TermHit> hits;
  if (word.empty()) return hits;
  const int max_edits = MaxEditsFor(word) + extra_edits;
  Table table(word, max_edits);
  std::string_view prev;  // the term whose rows the table holds
  int valid_rows = 0;     // rows 1..valid_rows are for prev[0..valid_rows)
  size_t k = 0;
  while (k < order.size()) {
    std::string_view term = terms[order[k]];
    int j = static_cast<int>(std::min<size_t>(CommonPrefix(prev, term), valid_rows));
    bool pruned = false;
    while (j < static_cast<int>(term.size())) {
      if (table.row_min(j) > max_edits) {  // every longer prefix is further away
        pruned = true;
        break;
      }
      ++j;
      table.Fill(term, j);
    }
    prev = term;
    valid_rows = j;
    if (!pruned && table.row_min(j) > max_edits) pruned = true;
    int distance = table.best(j);
    if (!pruned) {
      if (distance <= max_edits) hits.push_back({order[k], distance});
      ++k;
      continue;
    }
    // Every term that starts with term[0..j) ends the same way: `distance`.
    // They follow `term` in sorted order; find where they end by bisection.
    std::string_view prefix = term.substr(0, j);
    auto end = std::partition_point(order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                                    [&](std::uint32_t t) { return std::string_view(terms[t]).substr(0, j) == prefix; });
    size_t stop = static_cast<size_t>(end - order.begin());
    if (distance <= max_edits) {
      for (; k < stop; ++k) hits.push_back({order[k], distance});
    }
    k = stop;
  }
  return hits;
}

std::vector<TermHit> MatchPrefixes(std::string_view word, const std::vector<std::string>& terms,
                                   const std::vector<std::uint32_t>& order) {
  auto first = std::lower_bound(order.begin(), order.end(), word,
                                [&](std::uint32_t t, std::string_view w) { return std::string_view(terms[t]) < w; });
  std::vector<TermHit> hits;
  for (auto it = first; it != order.end() && std::string_view(terms[*it]).starts_with(word); ++it) {
    hits.push_back({*it, 0});
  }
  return hits;
}

int PrefixEditDistance(std::string_view word, std::string_view term) {
  Table table(word, static_cast<int>(word.size() + term.size()));
  int j = 0;
  while (j < static_cast<int>(term.size())) table.Fill(term, ++j);
  return table.best(j);
}

bool WithinOneEditOfPrefix(std::string_view word, std::string_view term) {
  // Only prefixes of the word's length, one shorter or one longer can be one edit away.
  for (std::size_t len = word.size() == 0 ? 0 : word.size() - 1; len <= word.size() + 1 && len <= term.size(); ++len) {
    if (OsaAtMostOne(word, term.substr(0, len))) return true;
  }
  return false;
}

}  // namespace platewise::search
