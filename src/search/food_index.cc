#include "search/food_index.h"

#include <algorithm>
#include <mutex>

#include "search/food_ranking.h"
#include "search/plural_stem.h"
#include "search/term_matcher.h"

namespace platewise::search {
namespace {

constexpr std::size_t kMaxQueryWords = 8;

// Per-thread scratch for one query, sized to the index.
struct Scratch {
  std::vector<std::uint32_t> stamp;  // per slot: == generation when a candidate
  std::vector<float> best;           // per slot: best score of the pivot word
  std::vector<float> term_score;     // per (word, term): best kind score, or < 0
  std::uint32_t generation = 0;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// The kind score of each term for one query word, without the place bonus.
struct WordMatch {
  std::vector<std::pair<std::uint32_t, MatchKind>> terms;
  std::size_t postings = 0;
};

struct Ranked {
  float score;
  std::uint32_t slot;
};

}  // namespace

void FoodIndex::AddAll(const std::vector<IndexedFood>& foods) {
  std::unique_lock lock(mutex_);
  for (const auto& f : foods) AddLocked(f);
  SortTermsLocked();
}

void FoodIndex::Upsert(const IndexedFood& food) {
  std::unique_lock lock(mutex_);
  std::size_t terms_before = terms_.size();
  AddLocked(food);
  if (terms_.size() != terms_before) SortTermsLocked();
}

void FoodIndex::Remove(const std::string& id) {
  std::unique_lock lock(mutex_);
  RemoveLocked(id);
}

void FoodIndex::RecordLog(std::int64_t user, const std::string& food_id, std::uint32_t count) {
  std::unique_lock lock(mutex_);
  auto it = slot_by_id_.find(food_id);
  if (it == slot_by_id_.end()) return;
  Slot& s = slots_[it->second];
  float before = EveryoneLogsBoost(s.logs);
  s.logs += count;
  s.static_score += EveryoneLogsBoost(s.logs) - before;
  user_logs_[user][it->second] += count;
}

void FoodIndex::RemoveLocked(const std::string& id) {
  auto it = slot_by_id_.find(id);
  if (it == slot_by_id_.end()) return;
  slots_[it->second].flags &= static_cast<std::uint8_t>(~kAlive);
  private_owner_.erase(it->second);
  slot_by_id_.erase(it);
  --live_;
}

std::uint32_t FoodIndex::TermIdLocked(const std::string& word) {
  auto [it, inserted] = term_ids_.emplace(word, static_cast<std::uint32_t>(terms_.size()));
  if (inserted) {
    terms_.push_back(word);
    postings_.emplace_back();
    terms_by_stem_[PluralStem(word)].push_back(it->second);
  }
  return it->second;
}

void FoodIndex::SortTermsLocked() {
  term_order_.resize(terms_.size());
  for (std::uint32_t i = 0; i < term_order_.size(); ++i) term_order_[i] = i;
  std::sort(term_order_.begin(), term_order_.end(),
            [&](std::uint32_t a, std::uint32_t b) { return terms_[a] < terms_[b]; });
}

void FoodIndex::AddLocked(const IndexedFood& food) {
  RemoveLocked(food.id);
  auto slot = static_cast<std::uint32_t>(slots_.size());
  Slot s{};
  s.text_offset = static_cast<std::uint32_t>(text_.size());
  s.name_length = static_cast<std::uint16_t>(std::min<std::size_t>(food.name.size(), 65535));
  s.id_length = static_cast<std::uint8_t>(std::min<std::size_t>(food.id.size(), 255));
  text_.append(food.name, 0, s.name_length);
  text_.append(food.id, 0, s.id_length);
  s.flags = kAlive | (food.owner != kSharedFood ? kPrivate : 0);
  s.words_offset = static_cast<std::uint32_t>(words_.size());
  std::vector<std::uint32_t> seen;
  for (const NameToken& t : TokenizeName(food.name)) {
    std::uint32_t term = TermIdLocked(t.word);
    auto place = static_cast<std::uint8_t>(t.place);
    words_.push_back(Pack(term, place));
    // One posting per (term, food): the best place the term has in the name.
    if (std::find(seen.begin(), seen.end(), term) == seen.end()) {
      seen.push_back(term);
      postings_[term].push_back(Pack(slot, place));
    } else {
      std::uint32_t& last = postings_[term].back();
      if (place < (last & 7)) last = Pack(slot, place);
    }
  }
  s.words_count = static_cast<std::uint32_t>(words_.size()) - s.words_offset;
  s.static_score = StaticScore(TraitsOf(food.name, food.food_group, food.branded, food.portions));
  slots_.push_back(s);
  if (food.owner != kSharedFood) private_owner_[slot] = food.owner;
  slot_by_id_[food.id] = slot;
  ++live_;
}

std::vector<SearchHit> FoodIndex::Search(std::string_view query, int limit, std::int64_t user) const {
  std::vector<std::string> words = TokenizeQuery(query);
  if (words.size() > kMaxQueryWords) words.resize(kMaxQueryWords);
  if (words.empty() || limit <= 0) return {};

  std::shared_lock lock(mutex_);
  const std::size_t n_terms = terms_.size();
  std::vector<WordMatch> matches(words.size());
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::string& word = words[w];
    std::string stem = PluralStem(word);
    // Typos are a fallback: a word that is a prefix of some term (or the
    // plural of one) means those terms, not its near misses.
    std::vector<TermHit> hits = MatchTerms(word, terms_, term_order_);
    bool has_prefix = false;
    for (const TermHit& hit : hits) has_prefix |= hit.distance == 0 || PluralStem(terms_[hit.term]) == stem;
    for (const TermHit& hit : hits) {
      const std::string& term = terms_[hit.term];
      MatchKind kind = hit.distance == 0 ? (term == word ? MatchKind::kExact : MatchKind::kPrefix)
                       : hit.distance == 1 ? MatchKind::kTypo1
                                           : MatchKind::kTypo2;
      if (kind != MatchKind::kExact && PluralStem(term) == stem) kind = MatchKind::kExact;
      if (has_prefix && (kind == MatchKind::kTypo1 || kind == MatchKind::kTypo2)) continue;
      matches[w].terms.push_back({hit.term, kind});
    }
    if (auto it = terms_by_stem_.find(stem); it != terms_by_stem_.end()) {
      for (std::uint32_t t : it->second) matches[w].terms.push_back({t, MatchKind::kExact});
    }
    for (const auto& [t, kind] : matches[w].terms) matches[w].postings += postings_[t].size();
    if (matches[w].terms.empty()) return {};
  }

  Scratch& scratch = ThreadScratch();
  if (scratch.stamp.size() < slots_.size()) {
    scratch.stamp.resize(slots_.size(), 0);
    scratch.best.resize(slots_.size(), 0);
  }
  scratch.term_score.assign(words.size() * n_terms, -1.0f);
  for (std::size_t w = 0; w < words.size(); ++w) {
    for (const auto& [t, kind] : matches[w].terms) {
      // Place is added per occurrence; keep the best kind for the term.
      float s = KindScore(kind, words[w].size(), terms_[t].size());
      float& cell = scratch.term_score[w * n_terms + t];
      cell = std::max(cell, s);
    }
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
  auto place_bonus = [&bonus](std::uint32_t packed) { return bonus[packed & 7]; };
  auto visible = [&](std::uint32_t slot) {
    const Slot& s = slots_[slot];
    if (!(s.flags & kAlive)) return false;
    if (!(s.flags & kPrivate)) return true;
    auto it = private_owner_.find(slot);
    return it != private_owner_.end() && it->second == user;
  };

  std::vector<std::uint32_t> candidates;
  for (const auto& [t, kind] : matches[pivot].terms) {
    float kind_score = scratch.term_score[pivot * n_terms + t];
    for (std::uint32_t posting : postings_[t]) {
      std::uint32_t slot = posting >> 3;
      float s = kind_score + place_bonus(posting);
      if (scratch.stamp[slot] == gen) {
        scratch.best[slot] = std::max(scratch.best[slot], s);
      } else if (visible(slot)) {
        scratch.stamp[slot] = gen;
        scratch.best[slot] = s;
        candidates.push_back(slot);
      }
    }
  }

  // Score every candidate that matches the other words too; keep the best.
  const std::size_t keep = static_cast<std::size_t>(limit);
  auto worse = [&](const Ranked& a, const Ranked& b) {  // heap top = worst kept
    if (a.score != b.score) return a.score > b.score;
    const Slot& sa = slots_[a.slot];
    const Slot& sb = slots_[b.slot];
    if (sa.name_length != sb.name_length) return sa.name_length < sb.name_length;
    return IdOf(sa) < IdOf(sb);
  };
  std::vector<Ranked> heap;
  std::vector<std::pair<std::uint32_t, float>> scored_for_user;
  auto user_logs = user_logs_.find(user);
  const bool has_user_logs = user_logs != user_logs_.end();
  for (std::uint32_t slot : candidates) {
    const Slot& s = slots_[slot];
    float score = s.static_score + scratch.best[slot];
    bool all = true;
    for (std::size_t w = 0; w < words.size() && all; ++w) {
      if (w == pivot) continue;
      float best = -1;
      const float* row = &scratch.term_score[w * n_terms];
      for (std::uint32_t i = 0; i < s.words_count; ++i) {
        std::uint32_t packed = words_[s.words_offset + i];
        float k = row[packed >> 3];
        if (k >= 0) best = std::max(best, k + place_bonus(packed));
      }
      if (best < 0) all = false;
      else score += best;
    }
    if (!all) continue;
    if (has_user_logs) {
      auto it = user_logs->second.find(slot);
      if (it != user_logs->second.end()) score += UserBoost(it->second);
    }
    Ranked r{score, slot};
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
    hits.push_back({std::string(IdOf(s)), std::string(NameOf(s)), r.score});
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
  std::size_t b = ids + slots_.capacity() * sizeof(Slot) + words_.capacity() * sizeof(std::uint32_t) +
                  term_order_.capacity() * sizeof(std::uint32_t);
  for (std::size_t t = 0; t < terms_.size(); ++t) {
    b += sizeof(std::string) + terms_[t].capacity() + sizeof(std::vector<std::uint32_t>) +
         postings_[t].capacity() * sizeof(std::uint32_t);
  }
  // Hash maps: node (key + value + next pointer) plus one bucket pointer each.
  b += slot_by_id_.size() * (sizeof(std::string) + 8 + 16) + slot_by_id_.bucket_count() * sizeof(void*);
  b += term_ids_.size() * (sizeof(std::string) + 8 + 16) + term_ids_.bucket_count() * sizeof(void*);
  b += terms_by_stem_.size() * (sizeof(std::string) + sizeof(std::vector<std::uint32_t>) + 16 + 8) +
       terms_by_stem_.bucket_count() * sizeof(void*);
  b += private_owner_.size() * 32;
  for (const auto& [u, m] : user_logs_) b += 64 + m.size() * 24 + m.bucket_count() * sizeof(void*);
  st.index_bytes = b;
  return st;
}

}  // namespace platewise::search
