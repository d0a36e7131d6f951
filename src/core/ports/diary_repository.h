#ifndef PLATEWISE_CORE_PORTS_DIARY_REPOSITORY_H_
#define PLATEWISE_CORE_PORTS_DIARY_REPOSITORY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/ports/log_repositories.h"
#include "core/status.h"

namespace platewise {

struct FoodLogCount {
  UserId owner = 0;
  std::string food_id;
  std::int64_t entries = 0;
};

// How often and how lately an owner logged a food.
struct FoodUse {
  std::string food_id;
  int times = 0;
  CivilDate last_date;
  // The amount of the latest entry of the food (latest date, then the entry
  // added last), as stored: "150 g", "2 x 1 cup". The picker starts there.
  std::string last_amount_text;
};

// What a diary page shows of one day: its entries, water and exercise.
struct DiaryDayRows {
  std::vector<DiaryEntry> entries;
  std::vector<WaterEntry> water;
  std::vector<ExerciseEntry> exercise;
  // The owner's DataVersions::UserVersion read in the same snapshot as the
  // rows (0 from a backend without DataVersions): a cache tags the day with it.
  std::uint64_t version = 0;
};

// What AddEntryOnce did: stored the entry, or found the one its key stored.
struct AddedEntry {
  DiaryEntry entry;
  bool created = false;
};

// What an update of an entry writes: each field set replaces the stored one;
// the others stay as they are when the update runs (not as the caller last
// read them), so updates of different fields never undo each other.
struct EntryChanges {
  std::optional<CivilDate> date = std::nullopt;
  std::optional<Meal> meal = std::nullopt;
  std::optional<Grams> grams = std::nullopt;  // REQUIRES: > 0
  std::optional<std::string> amount_text = std::nullopt;
};

// A user's diary entries. Every call is scoped to one owner: no call can see
// or change another user's rows (another owner's entry is NotFound). Ids are
// assigned by the store: a new entry's id is greater than every stored
// entry's (a deleted entry's id may come again), so "in the order added" is
// "by id". Writes for an account that does not exist are
// Conflict. Thread-safe.
class DiaryRepository {
 public:
  virtual ~DiaryRepository() = default;
  // Stores the entry and returns it with its new id and version (entry.id and
  // entry.version are ignored). NotFound if the food does not exist or is
  // another user's custom food. REQUIRES: grams > 0.
  virtual Result<DiaryEntry> AddEntry(UserId owner, const DiaryEntry& entry) = 0;
  // Several entries at once, all or none: stores them in one transaction, in
  // the order given (so their ids ascend in that order), and returns them
  // with their ids and versions. NotFound (naming the food) and nothing
  // stored when any food does not exist or is another user's custom food.
  // An empty list stores nothing. REQUIRES: every grams > 0.
  virtual Result<std::vector<DiaryEntry>> AddEntries(UserId owner, const std::vector<DiaryEntry>& entries) = 0;
  // AddEntry made safe to retry (the API's Idempotency-Key): the first call
  // with this owner and `key` stores the entry with the key (created); every
  // later one stores nothing and returns the entry that key stored, as it is
  // now, whatever `entry` says (not created), checked and written in one
  // transaction or statement, so concurrent calls with one key store one
  // entry. Keys are the owner's: another owner's key is another key. A key
  // lives as long as its entry (deleting the entry forgets it), and no other
  // call (copies, edits, exports) carries it. REQUIRES: key is a valid
  // idempotency key (core/diary/idempotency_key.h).
  virtual Result<AddedEntry> AddEntryOnce(UserId owner, const DiaryEntry& entry, const std::string& key) = 0;
  // The owner's entries, water and exercise of one day (each in the order
  // added), read together from one consistent snapshot.
  virtual Result<DiaryDayRows> GetDay(UserId owner, const CivilDate& date) = 0;
  // How many entries each user has of each food, for every user: the one
  // cross-user read, used only to seed the search ranking at start-up. One
  // row per (owner, food) with entries; in no particular order.
  virtual Result<std::vector<FoodLogCount>> CountLogsByFood() = 0;
  // The owner's entries dated from `from` to `to` (both included), by date,
  // then in the order they were added.
  virtual Result<std::vector<DiaryEntry>> ListRange(UserId owner, const CivilDate& from, const CivilDate& to) = 0;
  // The latest (at most `limit`) dates on or before `up_to` on which the owner
  // has at least one diary entry (water or exercise alone do not count),
  // newest first, each once. InvalidArgument unless limit is 1..10000.
  virtual Result<std::vector<CivilDate>> LoggedDates(UserId owner, const CivilDate& up_to, int limit) = 0;
  // NotFound when the owner has no entry with this id.
  virtual Result<DiaryEntry> GetEntry(UserId owner, std::int64_t id) = 0;
  // Writes the fields `changes` sets (none of the others; an entry's food
  // never changes) and moves the entry's version, atomically: one statement
  // or transaction, so concurrent updates of one entry apply one after the
  // other and each sees the other's fields. Returns the stored entry as the
  // update left it. With `expected_version`, the update applies only if the
  // entry's version is still that one, checked in the same statement or
  // transaction: PreconditionFailed otherwise, and nothing changes.
  // NotFound when the owner has no entry with this id (whatever the
  // expected version).
  virtual Result<DiaryEntry> UpdateEntry(UserId owner, std::int64_t id, const EntryChanges& changes,
                                         std::optional<std::int64_t> expected_version) = 0;
  // NotFound when the owner has no entry with this id.
  virtual Status DeleteEntry(UserId owner, std::int64_t id) = 0;
  // Copies the entries of `from` (only those of `meal` when given) to `to`,
  // in one transaction; returns the copies (new ids and versions, date `to`)
  // in the order the originals were added, and they come after the entries
  // `to` had. An empty day copies nothing.
  virtual Result<std::vector<DiaryEntry>> CopyEntries(UserId owner, const CivilDate& from, const CivilDate& to,
                                                      std::optional<Meal> meal) = 0;
  // Foods of the owner's entries, one FoodUse each (times: its entries;
  // last_date: its latest entry's date); at most `limit` (REQUIRES: 1..100).
  // Recent: latest date first; on the same date, the food whose newest entry
  // was added later first.
  virtual Result<std::vector<FoodUse>> RecentFoods(UserId owner, int limit) = 0;
  // Frequent: most entries first, then latest date first, then by food id.
  virtual Result<std::vector<FoodUse>> FrequentFoods(UserId owner, int limit) = 0;
  // Every entry of the owner, by date then id (for export).
  virtual Result<std::vector<DiaryEntry>> ListAll(UserId owner) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_DIARY_REPOSITORY_H_
