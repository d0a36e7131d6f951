#ifndef PLATEWISE_SEARCH_FOOD_INDEX_H_
#define PLATEWISE_SEARCH_FOOD_INDEX_H_

// The in-memory food search index (docs/search.md).
//
// Holds, per food, its id and name, a static score and its words; per
// distinct word (term), the foods that contain it (postings) with the word's
// place in the name. A query word is matched against the term dictionary
// (exact, plural, prefix, typo: search/term_matcher.h); the rarest query word
// gives the candidates, the others are checked on each candidate's own words,
// and the best `limit` foods by score are returned.
//
// Thread safety: any number of Search calls run concurrently; Upsert, Remove
// and RecordLog take an exclusive lock and may run while others search, and
// wait only for the searches under way (search/writer_first_mutex.h).
//
// Foods are shared (owner kSharedFood) or private to one user (custom foods):
// a search for user U sees shared foods and U's own.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "search/slot_table.h"
#include "search/writer_first_mutex.h"

namespace platewise::search {

inline constexpr std::int64_t kSharedFood = 0;

struct IndexedFood {
  std::string id;
  std::string name;
  std::string food_group;
  bool branded = false;            // the source says it is a brand product
  int portions = 0;                // household measures known for it
  std::int64_t owner = kSharedFood;
};

struct SearchHit {
  std::string id;
  std::string name;
  float score = 0;
  // The part of `score` that the query's words earned (kind and place of
  // each match); the rest is the food's own (static score, log boosts).
  float words_score = 0;
  bool brand_product = false;  // IndexedFood::branded: a packaged product of a food database
  bool as_typed = false;       // every query word matched as typed (exactly, a plural or a prefix), none by a typo
};

// Which foods a search looks at: all, or only those that are not packaged
// brand products (IndexedFood::branded), for the rule that plain foods come
// first for a bare query (search/food_finder.h).
enum class SearchProducts { kAll, kPlainOnly };

struct IndexStats {
  std::size_t foods = 0;        // live foods
  std::size_t terms = 0;
  std::size_t name_bytes = 0;   // the names themselves
  std::size_t index_bytes = 0;  // everything else the index holds
};

class FoodIndex {
 public:
  FoodIndex() : plain_(new FoodIndex(Mirror{})) {}
  FoodIndex(const FoodIndex&) = delete;
  FoodIndex& operator=(const FoodIndex&) = delete;

  // Adds many foods at once (faster than one Upsert each). A food whose id is
  // present already replaces the old one.
  void AddAll(const std::vector<IndexedFood>& foods);
  // Adds a food or replaces the food with the same id.
  void Upsert(const IndexedFood& food);
  // Removes a food; unknown ids are ignored.
  void Remove(const std::string& id);
  // Removes every private food of `owner` (the account is gone).
  void RemoveOwner(std::int64_t owner);
  // Counts `count` logs of a food by a user: the food rises for that user,
  // and lightly for everyone. Unknown ids are ignored.
  void RecordLog(std::int64_t user, const std::string& food_id, std::uint32_t count = 1);

  // The best `limit` foods for `query` as `user` sees them, best first; empty
  // when the query has no word or nothing matches every word.
  std::vector<SearchHit> Search(std::string_view query, int limit, std::int64_t user) const;
  // The same for words already tokenized (TokenizeQuery). `extra_edits`
  // widens the typo allowance of words that match no term as typed.
  std::vector<SearchHit> SearchWords(std::vector<std::string> words, int limit, std::int64_t user,
                                     int extra_edits = 0, SearchProducts products = SearchProducts::kAll) const;
  // True when some name has exactly this (folded) word.
  bool HasTerm(const std::string& word) const;
  // How many postings (foods, counted once per matched term) one query word
  // matches as typed: as a prefix or a plural, typos not counted; 0 when it
  // matches nothing but by a typo.
  std::size_t WordMatches(const std::string& word) const;

  IndexStats Stats() const;
  // The ids of every private food held (custom foods and recipes).
  std::vector<std::string> PrivateIds() const;

 private:
  // 16 bytes a food; its words are in words_ from words_offset up to the
  // next slot's words_offset (or the end), its logs in logs_.
  struct Slot {
    std::uint32_t text_offset;   // name, then id, in text_
    std::uint32_t words_offset;  // this food's words in words_ (bytes)
    float static_score;          // StaticScore of its traits (logs are added when scoring)
    std::uint16_t name_length;
    std::uint8_t id_length;
    std::uint8_t flags;          // kAlive, kPrivate, kBrandProduct; the head's word count above them (HeadWords)
  };
  static constexpr std::uint8_t kAlive = 1;
  static constexpr std::uint8_t kPrivate = 2;
  static constexpr std::uint8_t kBrandProduct = 4;  // IndexedFood::branded
  static constexpr int kHeadWordsShift = 3;         // flags >> 3: words of the head segment, at most 31
  static int HeadWords(const Slot& s) { return s.flags >> kHeadWordsShift; }
  // A posting or a food word: 29 bits of food slot / term id, 3 bits of Place.
  static std::uint32_t Pack(std::uint32_t n, std::uint8_t place) { return (n << 3) | place; }

  // Appends the slot, words and signature of `food`, whose StaticScore is
  // `static_score`; its postings go to the end of each term's list (AddAll
  // orders them after) or, with `keep_postings_ordered`, in order.
  std::uint32_t AppendLocked(const IndexedFood& food, float static_score, bool keep_postings_ordered);
  // Makes `slot` the one food of `food.id` (a food with the same id is removed).
  void ClaimIdLocked(const IndexedFood& food, std::uint32_t slot);
  void RemoveLocked(const std::string& id);
  std::uint32_t TermIdLocked(const std::string& word);
  void SortTermsLocked();
  // Puts the postings of `term` from position `sorted` on (slots AddAll just
  // added, in ascending slot order and so descending static score) in
  // PostingBefore order, merged with those before it. `a` and `b`: scratch.
  void OrderPostingsLocked(std::uint32_t term, std::size_t sorted, std::vector<std::uint32_t>& a,
                           std::vector<std::uint32_t>& b);
  // The static part of a posting's score bound: postings are kept in
  // descending order of it, so a search can stop early.
  float PostingBound(std::uint32_t posting) const;
  bool PostingBefore(std::uint32_t a, std::uint32_t b) const;
  static std::uint64_t TermBit(std::uint32_t term) { return 1ull << ((term * 0x9E3779B1u) >> 26); }
  std::string_view NameOf(const Slot& s) const { return {text_.data() + s.text_offset, s.name_length}; }
  std::string_view IdOf(const Slot& s) const {
    return {text_.data() + s.text_offset + s.name_length, s.id_length};
  }
  // The food's words, Pack(term, place) in name order, replacing `out`'s.
  void WordsOf(std::uint32_t slot, std::vector<std::uint32_t>& out) const;
  std::uint32_t LogsOf(std::uint32_t slot) const { return slot < logs_.size() ? logs_[slot] : 0; }

  mutable WriterFirstSharedMutex mutex_;  // a writer waits for the searches under way, not for later ones

  // The foods that are not packaged products, indexed again on their own:
  // SearchProducts::kPlainOnly searches them here, as fast as over SR24
  // alone, instead of passing over millions of products' postings (a filter
  // on the full index made every search with a product among its results a
  // third slower at 3 million products). Kept in step by every change above;
  // its own plain_ is null.
  struct Mirror {};
  explicit FoodIndex(Mirror) {}
  std::unique_ptr<FoodIndex> plain_;
  // All below guarded by mutex_.
  std::string text_;
  std::vector<Slot> slots_;
  // Per food: its words as Pack(term, place), each a varint (7 bits a byte,
  // low first): the common words have small term ids and take a byte or two.
  std::vector<std::uint8_t> words_;
  // Per food: one bit (TermBit) for each of its terms. A candidate whose
  // signature has no bit of a query word's terms cannot match that word, and
  // is dropped without reading its record or words.
  std::vector<std::uint64_t> signatures_;
  std::vector<std::uint32_t> logs_;                   // per slot: logs by everyone; empty until the first log
  std::vector<std::string> terms_;
  std::vector<std::uint32_t> term_stem_;              // per term: its stem's id
  std::vector<std::uint32_t> term_order_;             // terms_ indices sorted by text
  std::vector<std::vector<std::uint32_t>> postings_;  // per term: Pack(slot, place), PostingBefore order
  std::unordered_map<std::string, std::uint32_t> term_ids_;
  std::unordered_map<std::string, std::uint32_t> stem_ids_;
  std::vector<std::vector<std::uint32_t>> terms_of_stem_;
  SlotTable slot_by_id_{[this](std::uint32_t slot) { return IdOf(slots_[slot]); }};
  std::unordered_map<std::uint32_t, std::int64_t> private_owner_;  // slot -> owner
  std::unordered_map<std::int64_t, std::unordered_map<std::uint32_t, std::uint32_t>> user_logs_;
  std::uint32_t max_logs_ = 0;  // most logs of any food, ever: bounds the everyone boost
  std::size_t live_ = 0;
};

}  // namespace platewise::search

#endif  // PLATEWISE_SEARCH_FOOD_INDEX_H_
