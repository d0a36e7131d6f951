#include "search/food_index.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <bit>
#include <mutex>
#include <shared_mutex>

#include "search/food_ranking.h"
#include "search/plural_stem.h"
#include "search/term_matcher.h"
#include "search/text_tokens.h"

namespace platewise::search {
namespace {

constexpr std::size_t kMaxQueryWords = 8;

// Per-thread scratch for one query, sized to the index.
struct Scratch {
  std::vector<std::uint32_t> stamp;  // per slot: == generation once seen
  // Per term: 1 + its row in `rows`, 0 when no query word matches it. A row
  // holds each query word's kind score for the term (< 0: no match); only
  // the matched terms have one, and they are cleared after the query.
  std::vector<std::uint32_t> term_row;
  std::vector<std::array<float, kMaxQueryWords>> rows;
  std::vector<std::uint32_t> matched;  // the terms that have a row
  std::vector<std::uint32_t> words;    // a candidate's words
  std::uint32_t generation = 0;

  float Kind(std::uint32_t term, std::size_t word) const {
    std::uint32_t r = term_row[term];
    return r == 0 ? -1.0f : rows[r - 1][word];
  }
  float& KindSlot(std::uint32_t term, std::size_t word) {
    if (term_row[term] == 0) {
      rows.emplace_back();
      rows.back().fill(-1.0f);
      matched.push_back(term);
      term_row[term] = static_cast<std::uint32_t>(rows.size());
    }
    return rows[term_row[term] - 1][word];
  }
};

// Clears the rows of a query when it ends, however it ends.
struct RowsCleared {
  Scratch& scratch;
  ~RowsCleared() {
    for (std::uint32_t t : scratch.matched) scratch.term_row[t] = 0;
    scratch.matched.clear();
    scratch.rows.clear();
  }
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

void PutVarint(std::vector<std::uint8_t>& out, std::uint32_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<std::uint8_t>(v));
}

struct WordMatch {
  std::vector<std::uint32_t> terms;
  float best_kind = -1;  // the best kind score among them
  std::size_t postings = 0;
};

struct Ranked {
  float score;
  std::uint32_t slot;
  float words_score;  // the query words' part of score
  bool as_typed;      // SearchHit::as_typed
};

// A cursor into one matched term's postings, for the merge in bound order.
struct Cursor {
  float bound;  // kind score + PostingBound of the posting at `at`
  std::uint32_t term;
  std::uint32_t at;
  bool operator<(const Cursor& o) const { return bound < o.bound; }
};

}  // namespace

float FoodIndex::PostingBound(std::uint32_t posting) const {
  return slots_[posting >> 3].static_score + PlaceBonus(static_cast<Place>(posting & 7));
}

bool FoodIndex::PostingBefore(std::uint32_t a, std::uint32_t b) const {
  float ba = PostingBound(a), bb = PostingBound(b);
  if (ba != bb) return ba > bb;
  return a < b;
}

namespace {

float StaticScoreOf(const IndexedFood& food) {
  return StaticScore(TraitsOf(food.name, food.food_group, food.branded, food.portions));
}

}  // namespace

void FoodIndex::AddAll(const std::vector<IndexedFood>& foods) {
  if (plain_) {
    std::vector<IndexedFood> plain;
    bool any_product = false;
    for (const IndexedFood& f : foods) {
      if (f.branded) any_product = true;
      else plain.push_back(f);
    }
    // A product replacing a plain food of the same id leaves the mirror
    // (not looked for when the mirror is empty: the start-up's one AddAll).
    bool mirror_empty;
    {
      std::shared_lock mirror_lock(plain_->mutex_);
      mirror_empty = plain_->live_ == 0;
    }
    if (any_product && !mirror_empty) {
      for (const IndexedFood& f : foods)
        if (f.branded) plain_->Remove(f.id);
    }
    plain_->AddAll(plain);
  }
  // The foods get their slots in descending order of static score (input
  // order among equals): a term's postings, kept in descending order of
  // static score plus place, then read the slots' records front to back in a
  // few runs, not all over memory, and AddAll puts them in order by merging
  // runs instead of sorting. Which slot a food has changes no result: ties
  // are broken by name and id.
  std::vector<float> statics(foods.size());
  for (std::size_t i = 0; i < foods.size(); ++i) statics[i] = StaticScoreOf(foods[i]);
  std::vector<std::uint32_t> order(foods.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return statics[a] > statics[b]; });

  std::unique_lock lock(mutex_);
  std::vector<std::size_t> sorted(postings_.size());  // per term: postings there before this call
  for (std::size_t t = 0; t < postings_.size(); ++t) sorted[t] = postings_[t].size();
  std::size_t text = 0;
  for (const auto& f : foods) text += std::min<std::size_t>(f.name.size(), 65535) + std::min<std::size_t>(f.id.size(), 255);
  text_.reserve(text_.size() + text);
  slots_.reserve(slots_.size() + foods.size());
  signatures_.reserve(signatures_.size() + foods.size());
  slot_by_id_.Reserve(slot_by_id_.size() + foods.size());
  std::vector<std::uint32_t> slot_of(foods.size());
  for (std::uint32_t i : order) slot_of[i] = AppendLocked(foods[i], statics[i], false);
  // In input order: of foods with the same id, the last one stays.
  for (std::size_t i = 0; i < foods.size(); ++i) ClaimIdLocked(foods[i], slot_of[i]);
  SortTermsLocked();
  std::vector<std::uint32_t> a, b;
  for (std::uint32_t t = 0; t < postings_.size(); ++t) {
    OrderPostingsLocked(t, t < sorted.size() ? sorted[t] : 0, a, b);
    postings_[t].shrink_to_fit();
  }
  words_.shrink_to_fit();
  slots_.shrink_to_fit();
  signatures_.shrink_to_fit();
  text_.shrink_to_fit();
}

void FoodIndex::OrderPostingsLocked(std::uint32_t term, std::size_t sorted, std::vector<std::uint32_t>& a,
                                    std::vector<std::uint32_t>& b) {
  std::vector<std::uint32_t>& list = postings_[term];
  if (list.size() == sorted) return;
  auto before = [this](std::uint32_t x, std::uint32_t y) { return PostingBefore(x, y); };
  // The new postings, of each place apart, are in PostingBefore order
  // already: a later slot has no higher static score, and at an equal bound
  // the lower posting goes first. Split them by place and merge the runs.
  std::array<std::size_t, 9> start{};
  for (std::size_t i = sorted; i < list.size(); ++i) ++start[(list[i] & 7) + 1];
  for (std::size_t p = 1; p < start.size(); ++p) start[p] += start[p - 1];
  a.resize(list.size() - sorted);
  std::array<std::size_t, 8> at{};
  for (std::size_t p = 0; p < 8; ++p) at[p] = start[p];
  for (std::size_t i = sorted; i < list.size(); ++i) a[at[list[i] & 7]++] = list[i];
  b.resize(a.size());
  std::size_t merged = start[1];  // a[0, merged) is in order
  for (std::size_t p = 1; p < 8; ++p) {
    if (start[p + 1] == start[p]) continue;
    std::merge(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(merged), a.begin() + static_cast<std::ptrdiff_t>(start[p]),
               a.begin() + static_cast<std::ptrdiff_t>(start[p + 1]), b.begin(), before);
    merged = start[p + 1];
    std::copy(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(merged), a.begin());
  }
  std::copy(a.begin(), a.end(), list.begin() + static_cast<std::ptrdiff_t>(sorted));
  if (sorted > 0) std::inplace_merge(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(sorted), list.end(), before);
}

void FoodIndex::Upsert(const IndexedFood& food) {
  if (plain_) {
    if (food.branded) plain_->Remove(food.id);
    else plain_->Upsert(food);
  }
  const float static_score = StaticScoreOf(food);
  std::unique_lock lock(mutex_);
  std::size_t terms_before = terms_.size();
  ClaimIdLocked(food, AppendLocked(food, static_score, true));
  if (terms_.size() != terms_before) SortTermsLocked();
}

void FoodIndex::Remove(const std::string& id) {
  if (plain_) plain_->Remove(id);
  std::unique_lock lock(mutex_);
  RemoveLocked(id);
}

void FoodIndex::RemoveOwner(std::int64_t owner) {
  if (plain_) plain_->RemoveOwner(owner);
  std::unique_lock lock(mutex_);
  std::vector<std::string> ids;
  for (const auto& [slot, who] : private_owner_)
    if (who == owner) ids.emplace_back(IdOf(slots_[slot]));
  for (const auto& id : ids) RemoveLocked(id);
  user_logs_.erase(owner);
}

std::vector<std::string> FoodIndex::PrivateIds() const {
  std::shared_lock lock(mutex_);
  std::vector<std::string> ids;
  ids.reserve(private_owner_.size());
  for (const auto& [slot, owner] : private_owner_) ids.emplace_back(IdOf(slots_[slot]));
  return ids;
}

void FoodIndex::RecordLog(std::int64_t user, const std::string& food_id, std::uint32_t count) {
  if (plain_) plain_->RecordLog(user, food_id, count);
  std::unique_lock lock(mutex_);
  std::uint32_t slot = slot_by_id_.Find(food_id);
  if (slot == SlotTable::kNone) return;
  if (logs_.size() < slots_.size()) logs_.resize(slots_.size(), 0);
  logs_[slot] += count;
  max_logs_ = std::max(max_logs_, logs_[slot]);
  user_logs_[user][slot] += count;
}

void FoodIndex::RemoveLocked(const std::string& id) {
  std::uint32_t slot = slot_by_id_.Find(id);
  if (slot == SlotTable::kNone) return;
  // The slot stays in the postings, flagged dead, and is skipped by searches.
  slots_[slot].flags &= static_cast<std::uint8_t>(~kAlive);
  private_owner_.erase(slot);
  slot_by_id_.Erase(id);
  --live_;
}

std::uint32_t FoodIndex::TermIdLocked(const std::string& word) {
  auto [it, inserted] = term_ids_.emplace(word, static_cast<std::uint32_t>(terms_.size()));
  if (inserted) {
    terms_.push_back(word);
    postings_.emplace_back();
    auto [stem, new_stem] = stem_ids_.emplace(PluralStem(word), static_cast<std::uint32_t>(terms_of_stem_.size()));
    if (new_stem) terms_of_stem_.emplace_back();
    terms_of_stem_[stem->second].push_back(it->second);
    term_stem_.push_back(stem->second);
  }
  return it->second;
}

void FoodIndex::SortTermsLocked() {
  term_order_.resize(terms_.size());
  for (std::uint32_t i = 0; i < term_order_.size(); ++i) term_order_[i] = i;
  std::sort(term_order_.begin(), term_order_.end(),
            [&](std::uint32_t a, std::uint32_t b) { return terms_[a] < terms_[b]; });
}

std::uint32_t FoodIndex::AppendLocked(const IndexedFood& food, float static_score, bool keep_postings_ordered) {
  auto slot = static_cast<std::uint32_t>(slots_.size());
  Slot s{};
  s.text_offset = static_cast<std::uint32_t>(text_.size());
  s.name_length = static_cast<std::uint16_t>(std::min<std::size_t>(food.name.size(), 65535));
  s.id_length = static_cast<std::uint8_t>(std::min<std::size_t>(food.id.size(), 255));
  text_.append(food.name, 0, s.name_length);
  text_.append(food.id, 0, s.id_length);
  s.flags = kAlive | (food.owner != kSharedFood ? kPrivate : 0) | (food.branded ? kBrandProduct : 0);
  std::vector<NameToken> tokens = TokenizeName(food.name);
  {
    // The head's words, each once: the joined form of a hyphenated word
    // ("7-up": 7, up, 7up) is not another word.
    int head = 0;
    for (const NameToken& t : tokens)
      if (t.place <= Place::kHeadOther && !t.joined) ++head;
    s.flags |= static_cast<std::uint8_t>(std::min(head, 31) << kHeadWordsShift);
  }
  s.words_offset = static_cast<std::uint32_t>(words_.size());
  s.static_score = static_score;
  slots_.push_back(s);

  // One posting per (term, food), with the best place the term has in the name.
  std::vector<std::pair<std::uint32_t, std::uint8_t>> best_place;
  for (const NameToken& t : tokens) {
    std::uint32_t term = TermIdLocked(t.word);
    auto place = static_cast<std::uint8_t>(t.place);
    PutVarint(words_, Pack(term, place));
    auto it = std::find_if(best_place.begin(), best_place.end(), [&](const auto& p) { return p.first == term; });
    if (it == best_place.end()) best_place.push_back({term, place});
    else it->second = std::min(it->second, place);
  }
  std::uint64_t signature = 0;
  for (const auto& [term, place] : best_place) signature |= TermBit(term);
  signatures_.push_back(signature);
  for (const auto& [term, place] : best_place) {
    std::vector<std::uint32_t>& list = postings_[term];
    std::uint32_t posting = Pack(slot, place);
    if (keep_postings_ordered) {
      auto at = std::lower_bound(list.begin(), list.end(), posting,
                                 [this](std::uint32_t a, std::uint32_t b) { return PostingBefore(a, b); });
      list.insert(at, posting);
    } else {
      list.push_back(posting);
    }
  }
  return slot;
}

void FoodIndex::ClaimIdLocked(const IndexedFood& food, std::uint32_t slot) {
  RemoveLocked(food.id);
  if (food.owner != kSharedFood) private_owner_[slot] = food.owner;
  slot_by_id_.Put(food.id, slot);
  ++live_;
}

void FoodIndex::WordsOf(std::uint32_t slot, std::vector<std::uint32_t>& out) const {
  out.clear();
  const std::size_t end = slot + 1 < slots_.size() ? slots_[slot + 1].words_offset : words_.size();
  std::uint32_t v = 0;
  int shift = 0;
  for (std::size_t i = slots_[slot].words_offset; i < end; ++i) {
    v |= static_cast<std::uint32_t>(words_[i] & 0x7F) << shift;
    if (words_[i] & 0x80) {
      shift += 7;
    } else {
      out.push_back(v);
      v = 0;
      shift = 0;
    }
  }
}

std::vector<SearchHit> FoodIndex::Search(std::string_view query, int limit, std::int64_t user) const {
  return SearchWords(TokenizeQuery(query), limit, user);
}

bool FoodIndex::HasTerm(const std::string& word) const {
  std::shared_lock lock(mutex_);
  return term_ids_.contains(word);
}

std::size_t FoodIndex::WordMatches(const std::string& word) const {
  std::shared_lock lock(mutex_);
  auto stem_it = stem_ids_.find(PluralStem(word));
  std::vector<TermHit> hits = MatchPrefixes(word, terms_, term_order_);
  std::vector<std::uint32_t> terms;
  for (const TermHit& h : hits) terms.push_back(h.term);
  if (stem_it != stem_ids_.end())
    for (std::uint32_t t : terms_of_stem_[stem_it->second]) terms.push_back(t);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  std::size_t n = 0;
  for (std::uint32_t t : terms) n += postings_[t].size();
  return n;
}

std::vector<SearchHit> FoodIndex::SearchWords(std::vector<std::string> words, int limit, std::int64_t user,
                                              int extra_edits, SearchProducts products) const {
  if (products == SearchProducts::kPlainOnly && plain_) return plain_->SearchWords(std::move(words), limit, user, extra_edits);
  if (words.size() > kMaxQueryWords) words.resize(kMaxQueryWords);
  const bool short_query = ShortQuery(words);
  if (words.empty() || limit <= 0) return {};

  std::shared_lock lock(mutex_);
  const std::size_t n_terms = terms_.size();
  // No name has a word: nothing can match. (Going on would take a row of an
  // empty score table, undefined behaviour: found by fuzz_http_request.)
  if (n_terms == 0) return {};
  Scratch& scratch = ThreadScratch();
  if (scratch.stamp.size() < slots_.size()) scratch.stamp.resize(slots_.size(), 0);
  if (scratch.term_row.size() < n_terms) scratch.term_row.resize(n_terms, 0);
  RowsCleared rows_cleared{scratch};

  std::vector<WordMatch> matches(words.size());
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::string& word = words[w];
    auto stem_it = stem_ids_.find(PluralStem(word));
    const std::uint32_t stem = stem_it == stem_ids_.end() ? SlotTable::kNone : stem_it->second;
    auto add = [&](std::uint32_t term, MatchKind kind) {
      float k = KindScore(kind, word.size(), terms_[term].size());
      float& kind_score = scratch.KindSlot(term, w);
      if (kind_score < 0) matches[w].terms.push_back(term);
      kind_score = std::max(kind_score, k);
      matches[w].best_kind = std::max(matches[w].best_kind, k);
    };
    // Typos are a fallback: a word that is a prefix of some term (or the
    // plural of one) means those terms, not its near misses; only a word that
    // is neither pays for the typo walk.
    std::vector<TermHit> hits = MatchPrefixes(word, terms_, term_order_);
    if (hits.empty() && stem == SlotTable::kNone) hits = MatchTerms(word, terms_, term_order_, extra_edits);
    for (const TermHit& hit : hits) {
      bool same_stem = term_stem_[hit.term] == stem;
      MatchKind kind = same_stem || terms_[hit.term] == word ? MatchKind::kExact
                       : hit.distance == 0                   ? MatchKind::kPrefix
                       : hit.distance == 1                   ? MatchKind::kTypo1
                                                             : MatchKind::kTypo2;
      add(hit.term, kind);
    }
    if (stem != SlotTable::kNone) {
      for (std::uint32_t t : terms_of_stem_[stem]) add(t, MatchKind::kExact);
    }
    if (matches[w].terms.empty()) return {};
    for (std::uint32_t t : matches[w].terms) matches[w].postings += postings_[t].size();
  }

  if (++scratch.generation == 0) {
    std::fill(scratch.stamp.begin(), scratch.stamp.end(), 0);
    scratch.generation = 1;
  }
  const std::uint32_t gen = scratch.generation;

  // The pivot: the word with the fewest postings gives the candidates.
  std::size_t pivot = 0;
  for (std::size_t w = 1; w < words.size(); ++w)
    if (matches[w].postings < matches[pivot].postings) pivot = w;

  float bonus[8] = {};
  for (int p = 0; p <= static_cast<int>(Place::kOther); ++p) bonus[p] = PlaceBonus(static_cast<Place>(p));
  const float best_place = bonus[static_cast<int>(Place::kHeadOnly)];

  auto user_it = user_logs_.find(user);
  const auto* user_logs = user_it == user_logs_.end() ? nullptr : &user_it->second;
  // The most any candidate can add beyond its pivot posting's bound.
  float headroom = EveryoneLogsBoost(max_logs_) + WholeHeadBonus();
  for (std::size_t w = 0; w < words.size(); ++w)
    if (w != pivot) headroom += matches[w].best_kind + best_place;
  if (user_logs) {
    std::uint32_t most = 0;
    for (const auto& [slot, n] : *user_logs) most = std::max(most, n);
    headroom += UserBoost(most, short_query);
  }

  // The signature bits each other word needs (one of them).
  std::vector<std::uint64_t> needed;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (w == pivot) continue;
    std::uint64_t mask = 0;
    for (std::uint32_t t : matches[w].terms) mask |= TermBit(t);
    needed.push_back(mask);
  }

  auto visible = [&](const Slot& s, std::uint32_t slot) {
    if (!(s.flags & kAlive)) return false;
    if (!(s.flags & kPrivate)) return true;
    auto it = private_owner_.find(slot);
    return it != private_owner_.end() && it->second == user;
  };
  auto worse = [&](const Ranked& a, const Ranked& b) {  // heap top = the worst kept
    if (a.score != b.score) return a.score > b.score;
    const Slot& sa = slots_[a.slot];
    const Slot& sb = slots_[b.slot];
    if (sa.name_length != sb.name_length) return sa.name_length < sb.name_length;
    return IdOf(sa) < IdOf(sb);
  };

  // Merge the pivot's postings in descending bound order; stop once no
  // unseen posting can beat the worst kept result.
  std::vector<Cursor> cursors;
  for (std::uint32_t t : matches[pivot].terms) {
    if (!postings_[t].empty()) cursors.push_back({scratch.Kind(t, pivot) + PostingBound(postings_[t][0]), t, 0});
  }
  std::make_heap(cursors.begin(), cursors.end());
  const std::size_t keep = static_cast<std::size_t>(limit);
  std::vector<Ranked> heap;
  std::vector<std::uint32_t> row_of;
  while (!cursors.empty()) {
    std::pop_heap(cursors.begin(), cursors.end());
    Cursor c = cursors.back();
    cursors.pop_back();
    if (heap.size() == keep && heap.front().score > c.bound + headroom) break;
    const std::vector<std::uint32_t>& list = postings_[c.term];
    std::uint32_t posting = list[c.at];
    if (c.at + 1 < list.size()) {
      std::uint32_t next = list[c.at + 1];
      cursors.push_back({scratch.Kind(c.term, pivot) + PostingBound(next), c.term, c.at + 1});
      std::push_heap(cursors.begin(), cursors.end());
    }
    std::uint32_t slot = posting >> 3;
    // The first posting of a food in bound order carries its best pivot score.
    if (scratch.stamp[slot] == gen) continue;
    scratch.stamp[slot] = gen;
    const std::uint64_t signature = signatures_[slot];
    bool maybe = true;
    for (std::uint64_t mask : needed) maybe = maybe && (signature & mask) != 0;
    if (!maybe) continue;
    const Slot& s = slots_[slot];
    if (!visible(s, slot)) continue;
    float score = c.bound;
    bool all = true;
    // The food's words, each with its row of kind scores (0: none).
    std::vector<std::uint32_t>& name_words = scratch.words;
    WordsOf(slot, name_words);
    const auto n_words = static_cast<std::uint32_t>(name_words.size());
    row_of.resize(n_words);
    for (std::uint32_t i = 0; i < n_words; ++i) row_of[i] = scratch.term_row[name_words[i] >> 3];
    // The head words (by position in the name) that a query word's best
    // match is: all of them earns the whole-head bonus.
    std::uint64_t head_matched = 0;
    bool head_matched_as_typed = false;
    // A word of the name serves one query word: "potato" and "potatoes" of
    // one query do not both count the name's "Potatoes". The pivot claims
    // its word first; a query word left with only claimed words counts as
    // SharedWordScore of its kind, without the place bonus.
    std::uint64_t claimed = 0;
    bool as_typed = true;
    for (std::size_t step = 0; step < words.size() && all; ++step) {
      const std::size_t w = step == 0 ? pivot : (step <= pivot ? step - 1 : step);
      float best = -1, best_kind = -1, best_claimed = -1;
      std::uint32_t best_at = 0;
      for (std::uint32_t i = 0; i < n_words; ++i) {
        if (row_of[i] == 0) continue;
        const float k = scratch.rows[row_of[i] - 1][w];
        if (k < 0) continue;
        const std::uint32_t packed = name_words[i];
        if (i < 64 && (claimed >> i & 1)) {
          best_claimed = std::max(best_claimed, k);
        } else if (k + bonus[packed & 7] > best) {
          best = k + bonus[packed & 7];
          best_kind = k;
          best_at = i;
        }
      }
      if (best < 0 && best_claimed < 0) {
        all = false;
        continue;
      }
      if (best < 0) {  // only words another query word has
        if (w != pivot) score += SharedWordScore(best_claimed);
        as_typed = as_typed && IsMatchAsTyped(best_claimed);
        continue;
      }
      as_typed = as_typed && IsMatchAsTyped(best_kind);
      if (w != pivot) score += best;  // the pivot's is in c.bound
      if (best_at < 64) {
        claimed |= 1ull << best_at;
        if (static_cast<Place>(name_words[best_at] & 7) <= Place::kHeadOther) {
          head_matched |= 1ull << best_at;
          head_matched_as_typed = head_matched_as_typed || IsMatchAsTyped(best_kind);
        }
      }
    }
    if (!all) continue;
    if (HeadWords(s) > 0 && head_matched_as_typed && std::popcount(head_matched) >= HeadWords(s)) {
      score += WholeHeadBonus();
    }
    const float words_score = score - s.static_score;
    if (const std::uint32_t logs = LogsOf(slot); logs > 0) score += EveryoneLogsBoost(logs);
    if (user_logs) {
      auto it = user_logs->find(slot);
      if (it != user_logs->end()) score += UserBoost(it->second, short_query);
    }
    Ranked r{score, slot, words_score, as_typed};
    if (heap.size() < keep) {
      heap.push_back(r);
      std::push_heap(heap.begin(), heap.end(), worse);
    } else if (worse(r, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), worse);
      heap.back() = r;
      std::push_heap(heap.begin(), heap.end(), worse);
    }
  }
  std::sort_heap(heap.begin(), heap.end(), worse);
  std::vector<SearchHit> hits;
  hits.reserve(heap.size());
  for (const Ranked& r : heap) {
    const Slot& s = slots_[r.slot];
    hits.push_back({std::string(IdOf(s)), std::string(NameOf(s)), r.score, r.words_score,
                    (s.flags & kBrandProduct) != 0, r.as_typed});
  }
  return hits;
}

IndexStats FoodIndex::Stats() const {
  std::shared_lock lock(mutex_);
  IndexStats st;
  st.foods = live_;
  st.terms = terms_.size();
  std::size_t ids = 0;
  for (const Slot& s : slots_) {
    st.name_bytes += s.name_length;
    ids += s.id_length;
  }
  // Hash map nodes: key, value, next pointer, cached hash; plus a bucket pointer each.
  auto map_bytes = [](std::size_t entries, std::size_t buckets, std::size_t entry) {
    return entries * (entry + 16) + buckets * sizeof(void*);
  };
  std::size_t b = ids + slots_.capacity() * sizeof(Slot) + words_.capacity() +
                  term_order_.capacity() * sizeof(std::uint32_t) + term_stem_.capacity() * sizeof(std::uint32_t) +
                  signatures_.capacity() * sizeof(std::uint64_t) + logs_.capacity() * sizeof(std::uint32_t) +
                  slot_by_id_.MemoryBytes();
  for (std::size_t t = 0; t < terms_.size(); ++t) {
    b += sizeof(std::string) + terms_[t].capacity() + sizeof(std::vector<std::uint32_t>) +
         postings_[t].capacity() * sizeof(std::uint32_t);
  }
  for (const auto& v : terms_of_stem_) b += sizeof(v) + v.capacity() * sizeof(std::uint32_t);
  b += map_bytes(term_ids_.size(), term_ids_.bucket_count(), sizeof(std::string) + 4);
  b += map_bytes(stem_ids_.size(), stem_ids_.bucket_count(), sizeof(std::string) + 4);
  b += map_bytes(private_owner_.size(), private_owner_.bucket_count(), 16);
  for (const auto& [u, m] : user_logs_) b += 64 + map_bytes(m.size(), m.bucket_count(), 8);
  if (plain_) {  // the plain foods' mirror: its names count here, as copies
    IndexStats mirror = plain_->Stats();
    b += mirror.index_bytes + mirror.name_bytes;
  }
  st.index_bytes = b;
  return st;
}

}  // namespace platewise::search
