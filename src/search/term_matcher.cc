#include "search/term_matcher.h"

#include <algorithm>

namespace platewise::search {
namespace {

constexpr int kInfinity = 1 << 20;

// Rows of the edit-distance table, one per term character (row 0 = empty
// term prefix). row[j][i] = distance(word[0..i), term[0..j)). best[j] is the
// smallest row[k][m] for k <= j: the distance to the closest term prefix so far.
class Table {
 public:
  explicit Table(std::string_view word) : word_(word), m_(static_cast<int>(word.size())) {
    rows_.emplace_back(m_ + 1);
    for (int i = 0; i <= m_; ++i) rows_[0][i] = i;
    best_.push_back(m_);
    row_min_.push_back(0);
  }

  // Makes row `j` (1-based) for term character t[j-1]; rows below j are kept.
  // REQUIRES: rows 0..j-1 are computed for the same term prefix.
  void Fill(std::string_view term, int j) {
    if (static_cast<int>(rows_.size()) <= j) rows_.resize(j + 1, std::vector<int>(m_ + 1));
    if (static_cast<int>(best_.size()) <= j) best_.resize(j + 1), row_min_.resize(j + 1);
    std::vector<int>& cur = rows_[j];
    const std::vector<int>& up = rows_[j - 1];
    char tc = term[j - 1];
    cur[0] = j;
    int lowest = cur[0];
    for (int i = 1; i <= m_; ++i) {
      int cost = word_[i - 1] == tc ? 0 : 1;
      int v = std::min({up[i] + 1, cur[i - 1] + 1, up[i - 1] + cost});
      if (i > 1 && j > 1 && word_[i - 1] == term[j - 2] && word_[i - 2] == tc) {
        v = std::min(v, rows_[j - 2][i - 2] + 1);
      }
      cur[i] = v;
      lowest = std::min(lowest, v);
    }
    best_[j] = std::min(best_[j - 1], cur[m_]);
    row_min_[j] = lowest;
  }

  int best(int j) const { return best_[j]; }
  int row_min(int j) const { return row_min_[j]; }

 private:
  std::string_view word_;
  int m_;
  std::vector<std::vector<int>> rows_;
  std::vector<int> best_;
  std::vector<int> row_min_;
};

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
                                const std::vector<std::uint32_t>& order) {
  std::vector<TermHit> hits;
  if (word.empty()) return hits;
  const int max_edits = MaxEditsFor(word);
  Table table(word);
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
    std::string_view prefix = term.substr(0, j);
    while (k < order.size() && std::string_view(terms[order[k]]).substr(0, j) == prefix) {
      if (distance <= max_edits) hits.push_back({order[k], distance});
      ++k;
    }
  }
  return hits;
}

int PrefixEditDistance(std::string_view word, std::string_view term) {
  Table table(word);
  int j = 0;
  while (j < static_cast<int>(term.size())) table.Fill(term, ++j);
  return table.best(j);
}

}  // namespace platewise::search
