// DiaryRepository in memory: a user's diary entries, scoped to their owner.

#include <algorithm>
#include <map>
#include <tuple>

#include "core/diary/entry_changed.h"
#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

Status NoEntry(std::int64_t id) { return Status::NotFound("no diary entry with id " + std::to_string(id)); }

// Rows of `table` owned by `owner` that `keep` accepts, by id.
template <typename Row, typename Keep>
std::vector<Row> OwnedRows(const std::map<std::int64_t, Owned<Row>>& table, UserId owner, Keep keep) {
  std::vector<Row> out;
  for (const auto& [id, r] : table) {
    if (r.owner == owner && keep(r.row)) out.push_back(r.row);
  }
  return out;
}

void SortByDateThenId(std::vector<DiaryEntry>& entries) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const DiaryEntry& x, const DiaryEntry& y) { return std::tie(x.date, x.id) < std::tie(y.date, y.id); });
}

struct FoodUseRow {
  FoodUse use;
  std::int64_t last_id = 0;  // the newest entry of the food
  std::int64_t latest_id = 0;  // the entry whose amount is last_amount_text: latest date, then id
};

class MemoryDiaryRepository final : public DiaryRepository {
 public:
  explicit MemoryDiaryRepository(State state) : s_(std::move(state)) {}

  Result<DiaryEntry> AddEntry(UserId owner, const DiaryEntry& entry) override {
    std::lock_guard lock(s_->mutex);
    return InsertLocked(owner, entry);
  }

  // Every food checked before the first row is written: all or none.
  Result<std::vector<DiaryEntry>> AddEntries(UserId owner, const std::vector<DiaryEntry>& entries) override {
    std::lock_guard lock(s_->mutex);
    for (const DiaryEntry& e : entries) {
      if (!s_->VisibleFood(owner, e.food_id)) return NoFoodWithId(e.food_id);
    }
    if (!entries.empty()) PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    std::vector<DiaryEntry> out;
    for (const DiaryEntry& e : entries) {
      auto stored = InsertLocked(owner, e);
      if (!stored.ok()) return stored.status();  // not reached: checked above
      out.push_back(*std::move(stored));
    }
    return out;
  }

  Result<AddedEntry> AddEntryOnce(UserId owner, const DiaryEntry& entry, const std::string& key) override {
    std::lock_guard lock(s_->mutex);
    auto used = s_->entry_keys.find({owner, key});
    if (used != s_->entry_keys.end()) {
      auto it = s_->entries.find(used->second);
      if (it != s_->entries.end() && it->second.owner == owner) return AddedEntry{it->second.row, false};
    }
    auto stored = InsertLocked(owner, entry);
    if (!stored.ok()) return stored.status();
    s_->entry_keys[{owner, key}] = stored->id;
    return AddedEntry{*std::move(stored), true};
  }

  Result<DiaryDayRows> GetDay(UserId owner, const CivilDate& date) override {
    std::lock_guard lock(s_->mutex);
    DiaryDayRows day;
    day.entries = OwnedRows(s_->entries, owner, [&](const DiaryEntry& e) { return e.date == date; });
    day.water = OwnedRows(s_->water, owner, [&](const WaterEntry& e) { return e.date == date; });
    day.exercise = OwnedRows(s_->exercise, owner, [&](const ExerciseEntry& e) { return e.date == date; });
    day.version = s_->UserStamp(owner);
    return day;
  }

  Result<std::vector<FoodLogCount>> CountLogsByFood() override {
    std::lock_guard lock(s_->mutex);
    std::map<std::pair<UserId, std::string>, std::int64_t> counts;
    for (const auto& [id, e] : s_->entries) counts[{e.owner, e.row.food_id}]++;
    std::vector<FoodLogCount> out;
    for (const auto& [key, n] : counts) out.push_back({key.first, key.second, n});
    return out;
  }

  Result<std::vector<DiaryEntry>> ListRange(UserId owner, const CivilDate& from, const CivilDate& to) override {
    std::lock_guard lock(s_->mutex);
    auto out = OwnedRows(s_->entries, owner, [&](const DiaryEntry& e) { return e.date >= from && e.date <= to; });
    SortByDateThenId(out);
    return out;
  }

  Result<std::vector<CivilDate>> LoggedDates(UserId owner, const CivilDate& up_to, int limit) override {
    if (limit < 1 || limit > 10000) return Status::InvalidArgument("limit must be between 1 and 10000");
    std::lock_guard lock(s_->mutex);
    std::set<CivilDate> dates;
    for (const auto& [id, e] : s_->entries) {
      if (e.owner == owner && e.row.date <= up_to) dates.insert(e.row.date);
    }
    std::vector<CivilDate> out(dates.rbegin(), dates.rend());
    if (out.size() > static_cast<std::size_t>(limit)) out.resize(static_cast<std::size_t>(limit));
    return out;
  }

  Result<DiaryEntry> GetEntry(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->entries.find(id);
    if (it == s_->entries.end() || it->second.owner != owner) return NoEntry(id);
    return it->second.row;
  }

  // Checks and writes under the one lock, so atomically. Returns the stored
  // row: the food stays the one the entry was added with.
  Result<DiaryEntry> UpdateEntry(UserId owner, std::int64_t id, const EntryChanges& changes,
                                 std::optional<std::int64_t> expected_version) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->entries.find(id);
    if (it == s_->entries.end() || it->second.owner != owner) return NoEntry(id);
    DiaryEntry& row = it->second.row;
    if (expected_version && row.version != *expected_version) return EntryChanged(id, row.version);
    if (changes.date) row.date = *changes.date;
    if (changes.meal) row.meal = *changes.meal;
    if (changes.grams) row.grams = *changes.grams;
    if (changes.amount_text) row.amount_text = *changes.amount_text;
    row.version = ++s_->last_entry_version;
    s_->MoveUserStamp(owner);
    return row;
  }

  Status DeleteEntry(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->entries.find(id);
    if (it == s_->entries.end() || it->second.owner != owner) return NoEntry(id);
    s_->entries.erase(it);
    s_->MoveUserStamp(owner);
    return Status::Ok();
  }

  Result<std::vector<DiaryEntry>> CopyEntries(UserId owner, const CivilDate& from, const CivilDate& to,
                                              std::optional<Meal> meal) override {
    std::lock_guard lock(s_->mutex);
    auto sources = OwnedRows(s_->entries, owner,
                             [&](const DiaryEntry& e) { return e.date == from && (!meal || e.meal == *meal); });
    std::vector<DiaryEntry> copies;
    for (DiaryEntry e : sources) {
      e.id = s_->next_entry++;
      e.version = ++s_->last_entry_version;
      e.date = to;
      s_->entries[e.id] = {owner, e};
      copies.push_back(std::move(e));
    }
    if (!copies.empty()) s_->MoveUserStamp(owner);
    return copies;
  }

  Result<std::vector<FoodUse>> RecentFoods(UserId owner, int limit) override {
    std::lock_guard lock(s_->mutex);
    auto rows = Uses(owner);
    std::sort(rows.begin(), rows.end(), [](const FoodUseRow& x, const FoodUseRow& y) {
      if (x.use.last_date != y.use.last_date) return x.use.last_date > y.use.last_date;
      return x.last_id > y.last_id;
    });
    return Take(rows, limit);
  }

  Result<std::vector<FoodUse>> FrequentFoods(UserId owner, int limit) override {
    std::lock_guard lock(s_->mutex);
    auto rows = Uses(owner);
    std::sort(rows.begin(), rows.end(), [](const FoodUseRow& x, const FoodUseRow& y) {
      if (x.use.times != y.use.times) return x.use.times > y.use.times;
      if (x.use.last_date != y.use.last_date) return x.use.last_date > y.use.last_date;
      return x.use.food_id < y.use.food_id;
    });
    return Take(rows, limit);
  }

  Result<std::vector<DiaryEntry>> ListAll(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    auto out = OwnedRows(s_->entries, owner, [](const DiaryEntry&) { return true; });
    SortByDateThenId(out);
    return out;
  }

 private:
  // AddEntry's write. REQUIRES: s_->mutex held.
  Result<DiaryEntry> InsertLocked(UserId owner, const DiaryEntry& entry) {
    if (!s_->VisibleFood(owner, entry.food_id)) return NoFoodWithId(entry.food_id);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    DiaryEntry stored = entry;
    stored.id = s_->next_entry++;
    stored.version = ++s_->last_entry_version;
    s_->entries[stored.id] = {owner, stored};
    s_->MoveUserStamp(owner);
    return stored;
  }

  // Each food of the owner's entries: how often, the latest date, the newest entry.
  std::vector<FoodUseRow> Uses(UserId owner) const {
    std::map<std::string, FoodUseRow> by_food;
    for (const auto& [id, e] : s_->entries) {
      if (e.owner != owner) continue;
      FoodUseRow& r = by_food[e.row.food_id];
      r.use.food_id = e.row.food_id;
      if (r.use.times == 0 || e.row.date > r.use.last_date || (e.row.date == r.use.last_date && id > r.latest_id)) {
        r.use.last_date = e.row.date;
        r.use.last_amount_text = e.row.amount_text;
        r.latest_id = id;
      }
      r.use.times++;
      r.last_id = std::max(r.last_id, id);
    }
    std::vector<FoodUseRow> out;
    for (auto& [food, r] : by_food) out.push_back(std::move(r));
    return out;
  }

  static std::vector<FoodUse> Take(const std::vector<FoodUseRow>& rows, int limit) {
    std::vector<FoodUse> out;
    for (const FoodUseRow& r : rows) {
      if (static_cast<int>(out.size()) >= limit) break;
      out.push_back(r.use);
    }
    return out;
  }

  State s_;
};

}  // namespace

std::unique_ptr<DiaryRepository> MakeDiaryRepository(State state) {
  return std::make_unique<MemoryDiaryRepository>(std::move(state));
}

}  // namespace platewise::memory
