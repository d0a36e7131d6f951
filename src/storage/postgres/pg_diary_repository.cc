#include <algorithm>
#include <optional>

#include "core/diary/entry_changed.h"
#include "storage/postgres/pg_log_rows.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

// The insert checks in the same statement that the food is one the owner
// may log (shared, or the owner's own): no row comes back otherwise.
constexpr char kInsertEntry[] =
    "INSERT INTO diary_entries (owner_id, date, meal, food_id, grams, amount_text) "
    "SELECT $1, $2, $3, f.id, $5, $6 FROM foods f WHERE f.id = $4 AND (f.owner_id IS NULL OR f.owner_id = $1) "
    "RETURNING id, version";
// AddEntryOnce's insert: as kInsertEntry, with the key; no row comes back
// either when the owner already has an entry with the key (a concurrent
// insert of the key waits for the other's commit, then does nothing).
constexpr char kInsertKeyedEntry[] =
    "INSERT INTO diary_entries (owner_id, date, meal, food_id, grams, amount_text, idempotency_key) "
    "SELECT $1, $2, $3, f.id, $5, $6, $7 FROM foods f WHERE f.id = $4 AND (f.owner_id IS NULL OR f.owner_id = $1) "
    "ON CONFLICT (owner_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING "
    "RETURNING id, version";
constexpr char kSelectEntryByKey[] =
    "SELECT id, date, meal, food_id, grams, amount_text, version FROM diary_entries "
    "WHERE owner_id = $1 AND idempotency_key = $2";
// A day in one statement, so in one snapshot: entries (kind 0), water (1),
// exercise (2) and the owner's stamp (3), each kind in the order added.
constexpr char kSelectDay[] =
    "SELECT 0 AS kind, id, meal, food_id, grams, amount_text, NULL::float8, version FROM diary_entries "
    "  WHERE owner_id = $1 AND date = $2 "
    "UNION ALL SELECT 1, id, NULL, NULL, ml, NULL, NULL, NULL FROM water_entries WHERE owner_id = $1 AND date = $2 "
    "UNION ALL SELECT 2, id, activity, description, kcal, NULL, minutes, NULL FROM exercise_entries "
    "  WHERE owner_id = $1 AND date = $2 "
    "UNION ALL SELECT 3, version, NULL, NULL, NULL, NULL, NULL, NULL FROM user_versions WHERE owner_id = $1 "
    "ORDER BY 1, 2";
constexpr char kCountLogsByFood[] = "SELECT owner_id, food_id, count(*) FROM diary_entries GROUP BY owner_id, food_id";
constexpr char kSelectRange[] =
    "SELECT id, date, meal, food_id, grams, amount_text, version FROM diary_entries "
    "WHERE owner_id = $1 AND date >= $2 AND date <= $3 ORDER BY date, id";
constexpr char kSelectLoggedDates[] =
    "SELECT DISTINCT date FROM diary_entries WHERE owner_id = $1 AND date <= $2 ORDER BY date DESC LIMIT $3";
constexpr char kSelectEntry[] =
    "SELECT id, date, meal, food_id, grams, amount_text, version FROM diary_entries WHERE owner_id = $1 AND id = $2";
constexpr char kSelectVersion[] = "SELECT version FROM diary_entries WHERE owner_id = $1 AND id = $2";
// Only the fields given (NULL keeps the stored one), and only while the
// version is the expected one ($7; NULL: any). One statement: a concurrent
// update of the row makes it wait, then it reads that update's row (READ
// COMMITTED re-checks the WHERE and takes the fields kept from the new row).
constexpr char kUpdateEntry[] =
    "UPDATE diary_entries SET date = coalesce($3::date, date), meal = coalesce($4::text, meal), "
    "grams = coalesce($5::float8, grams), amount_text = coalesce($6::text, amount_text), "
    "version = nextval('diary_entry_versions') "
    "WHERE owner_id = $1 AND id = $2 AND ($7::bigint IS NULL OR version = $7) "
    "RETURNING id, date, meal, food_id, grams, amount_text, version";
constexpr char kDeleteEntry[] = "DELETE FROM diary_entries WHERE owner_id = $1 AND id = $2";
// Copies in the order of the originals: ids are drawn in the order selected.
constexpr char kCopyEntries[] =
    "INSERT INTO diary_entries (owner_id, date, meal, food_id, grams, amount_text) "
    "SELECT owner_id, $3, meal, food_id, grams, amount_text FROM diary_entries "
    "WHERE owner_id = $1 AND date = $2 AND ($4::text IS NULL OR meal = $4) ORDER BY id "
    "RETURNING id, date, meal, food_id, grams, amount_text, version";
constexpr char kSelectAll[] =
    "SELECT id, date, meal, food_id, grams, amount_text, version FROM diary_entries WHERE owner_id = $1 "
    "ORDER BY date, id";
// The last column: the amount of the food's latest entry (FoodUse).
#define PW_LAST_AMOUNT \
  "(SELECT e.amount_text FROM diary_entries e WHERE e.owner_id = $1 AND e.food_id = d.food_id " \
  "ORDER BY e.date DESC, e.id DESC LIMIT 1)"
constexpr char kRecentFoods[] =
    "SELECT d.food_id, count(*), max(d.date), " PW_LAST_AMOUNT " FROM diary_entries d WHERE d.owner_id = $1 "
    "GROUP BY d.food_id ORDER BY max(d.date) DESC, max(d.id) DESC LIMIT $2";
constexpr char kFrequentFoods[] =
    "SELECT d.food_id, count(*), max(d.date), " PW_LAST_AMOUNT " FROM diary_entries d WHERE d.owner_id = $1 "
    "GROUP BY d.food_id ORDER BY count(*) DESC, max(d.date) DESC, d.food_id LIMIT $2";
#undef PW_LAST_AMOUNT

Status NoEntry(std::int64_t id) { return Status::NotFound("no diary entry with id " + std::to_string(id)); }

Result<std::vector<FoodUse>> ReadFoodUses(const Rows& rows) {
  std::vector<FoodUse> out;
  for (int r = 0; r < rows.size(); ++r) {
    auto date = DateAt(rows, r, 2);
    if (!date.ok()) return date.status();
    out.push_back({rows.Text(r, 0), static_cast<int>(rows.Int(r, 1)), *date, rows.Text(r, 3)});
  }
  return out;
}

Result<std::vector<DiaryEntry>> QueryEntries(Pool& pool, const char* sql, const Params& params) {
  return pool.Run([&](Connection& c) -> Result<std::vector<DiaryEntry>> {
    auto rows = c.Query(sql, params);
    if (!rows.ok()) return rows.status();
    return ReadEntries(*rows);
  });
}

}  // namespace

Result<DiaryEntry> PgDiaryRepository::AddEntry(UserId owner, const DiaryEntry& entry) {
  return pool_->Run([&](Connection& c) -> Result<DiaryEntry> {
    auto rows = c.Query(kInsertEntry, Params(owner, entry.date.ToString(), MealName(entry.meal), entry.food_id,
                                             entry.grams.value(), entry.amount_text));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no food with id \"" + entry.food_id + "\"");
    DiaryEntry stored = entry;
    stored.id = rows->Int(0, 0);
    stored.version = rows->Int(0, 1);
    return stored;
  });
}

// One transaction: an insert that finds no food rolls back those before it.
Result<std::vector<DiaryEntry>> PgDiaryRepository::AddEntries(UserId owner, const std::vector<DiaryEntry>& entries) {
  if (entries.empty()) return std::vector<DiaryEntry>();
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Result<std::vector<DiaryEntry>> {
    std::vector<DiaryEntry> out;
    for (const DiaryEntry& entry : entries) {
      auto rows = c.Query(kInsertEntry, Params(owner, entry.date.ToString(), MealName(entry.meal), entry.food_id,
                                               entry.grams.value(), entry.amount_text));
      if (!rows.ok()) return rows.status();
      if (rows->empty()) return Status::NotFound("no food with id \"" + entry.food_id + "\"");
      DiaryEntry stored = entry;
      stored.id = rows->Int(0, 0);
      stored.version = rows->Int(0, 1);
      out.push_back(std::move(stored));
    }
    return out;
  });
}

// The key is looked up first (a retry finds its entry even if the food is
// gone since), then inserted; an insert that did nothing is a food the owner
// may not log, or a concurrent call with the key that won, found by the
// second look-up.
Result<AddedEntry> PgDiaryRepository::AddEntryOnce(UserId owner, const DiaryEntry& entry, const std::string& key) {
  auto before = QueryEntries(*pool_, kSelectEntryByKey, Params(owner, key));
  if (!before.ok()) return before.status();
  if (!before->empty()) return AddedEntry{before->front(), false};
  auto added = pool_->Run([&](Connection& c) -> Result<std::optional<DiaryEntry>> {
    auto rows = c.Query(kInsertKeyedEntry, Params(owner, entry.date.ToString(), MealName(entry.meal), entry.food_id,
                                                  entry.grams.value(), entry.amount_text, key));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return std::optional<DiaryEntry>();
    DiaryEntry stored = entry;
    stored.id = rows->Int(0, 0);
    stored.version = rows->Int(0, 1);
    return std::optional<DiaryEntry>(std::move(stored));
  });
  if (!added.ok()) return added.status();
  if (*added) return AddedEntry{**std::move(added), true};
  auto after = QueryEntries(*pool_, kSelectEntryByKey, Params(owner, key));
  if (!after.ok()) return after.status();
  if (!after->empty()) return AddedEntry{after->front(), false};
  return Status::NotFound("no food with id \"" + entry.food_id + "\"");
}

Result<DiaryDayRows> PgDiaryRepository::GetDay(UserId owner, const CivilDate& date) {
  return pool_->Run([&](Connection& c) -> Result<DiaryDayRows> {
    auto rows = c.Query(kSelectDay, Params(owner, date.ToString()));
    if (!rows.ok()) return rows.status();
    DiaryDayRows day;
    for (int r = 0; r < rows->size(); ++r) {
      switch (rows->Int(r, 0)) {
        case 0: {
          auto meal = ParseMeal(rows->Text(r, 2));
          if (!meal.ok()) return Status::Internal("stored diary entry has a bad meal: " + meal.status().message());
          day.entries.push_back({rows->Int(r, 1), date, *meal, rows->Text(r, 3), Grams(rows->Double(r, 4)),
                                 rows->Text(r, 5), rows->Int(r, 7)});
          break;
        }
        case 1:
          day.water.push_back({rows->Int(r, 1), date, rows->Double(r, 4)});
          break;
        case 2:
          day.exercise.push_back({rows->Int(r, 1), date, rows->Text(r, 2), rows->Text(r, 3), rows->OptionalDouble(r, 6),
                                  Kcal(rows->Double(r, 4))});
          break;
        default:
          day.version = static_cast<std::uint64_t>(rows->Int(r, 1));
      }
    }
    return day;
  });
}

Result<std::vector<FoodLogCount>> PgDiaryRepository::CountLogsByFood() {
  return pool_->Run([&](Connection& c) -> Result<std::vector<FoodLogCount>> {
    auto rows = c.Query(kCountLogsByFood);
    if (!rows.ok()) return rows.status();
    std::vector<FoodLogCount> out;
    for (int r = 0; r < rows->size(); ++r) out.push_back({rows->Int(r, 0), rows->Text(r, 1), rows->Int(r, 2)});
    return out;
  });
}

Result<std::vector<DiaryEntry>> PgDiaryRepository::ListRange(UserId owner, const CivilDate& from, const CivilDate& to) {
  return QueryEntries(*pool_, kSelectRange, Params(owner, from.ToString(), to.ToString()));
}

Result<std::vector<CivilDate>> PgDiaryRepository::LoggedDates(UserId owner, const CivilDate& up_to, int limit) {
  if (limit < 1 || limit > 10000) return Status::InvalidArgument("limit must be between 1 and 10000");
  return pool_->Run([&](Connection& c) -> Result<std::vector<CivilDate>> {
    auto rows = c.Query(kSelectLoggedDates, Params(owner, up_to.ToString(), limit));
    if (!rows.ok()) return rows.status();
    std::vector<CivilDate> out;
    for (int r = 0; r < rows->size(); ++r) {
      auto date = DateAt(*rows, r, 0);
      if (!date.ok()) return date.status();
      out.push_back(*date);
    }
    return out;
  });
}

Result<DiaryEntry> PgDiaryRepository::GetEntry(UserId owner, std::int64_t id) {
  auto rows = QueryEntries(*pool_, kSelectEntry, Params(owner, id));
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NoEntry(id);
  return rows->front();
}

Result<DiaryEntry> PgDiaryRepository::UpdateEntry(UserId owner, std::int64_t id, const EntryChanges& changes,
                                                  std::optional<std::int64_t> expected_version) {
  std::optional<std::string> date, meal;
  if (changes.date) date = changes.date->ToString();
  if (changes.meal) meal = MealName(*changes.meal);
  std::optional<double> grams;
  if (changes.grams) grams = changes.grams->value();
  // The stored row comes back, not the caller's: an update never changes the food.
  return pool_->Run([&](Connection& c) -> Result<DiaryEntry> {
    auto rows = c.Query(kUpdateEntry, Params(owner, id, date, meal, grams, changes.amount_text, expected_version));
    if (!rows.ok()) return rows.status();
    auto updated = ReadEntries(*rows);
    if (!updated.ok()) return updated.status();
    if (!updated->empty()) return updated->front();
    // No row changed: the entry is not the owner's, or its version moved on.
    auto current = c.Query(kSelectVersion, Params(owner, id));
    if (!current.ok()) return current.status();
    if (current->empty()) return NoEntry(id);
    return EntryChanged(id, current->Int(0, 0));
  });
}

Status PgDiaryRepository::DeleteEntry(UserId owner, std::int64_t id) {
  return pool_->Run([&](Connection& c) -> Status {
    auto rows = c.Query(kDeleteEntry, Params(owner, id));
    if (!rows.ok()) return rows.status();
    return rows->affected() == 0 ? NoEntry(id) : Status::Ok();
  });
}

Result<std::vector<DiaryEntry>> PgDiaryRepository::CopyEntries(UserId owner, const CivilDate& from, const CivilDate& to,
                                                               std::optional<Meal> meal) {
  std::optional<std::string> meal_name;
  if (meal) meal_name = MealName(*meal);
  auto copies = QueryEntries(*pool_, kCopyEntries, Params(owner, from.ToString(), to.ToString(), meal_name));
  if (!copies.ok()) return copies;
  // RETURNING gives no order of its own; ids were drawn in the originals' order.
  std::sort(copies->begin(), copies->end(), [](const DiaryEntry& a, const DiaryEntry& b) { return a.id < b.id; });
  return copies;
}

Result<std::vector<FoodUse>> PgDiaryRepository::RecentFoods(UserId owner, int limit) {
  return pool_->Run([&](Connection& c) -> Result<std::vector<FoodUse>> {
    auto rows = c.Query(kRecentFoods, Params(owner, limit));
    if (!rows.ok()) return rows.status();
    return ReadFoodUses(*rows);
  });
}

Result<std::vector<FoodUse>> PgDiaryRepository::FrequentFoods(UserId owner, int limit) {
  return pool_->Run([&](Connection& c) -> Result<std::vector<FoodUse>> {
    auto rows = c.Query(kFrequentFoods, Params(owner, limit));
    if (!rows.ok()) return rows.status();
    return ReadFoodUses(*rows);
  });
}

Result<std::vector<DiaryEntry>> PgDiaryRepository::ListAll(UserId owner) {
  return QueryEntries(*pool_, kSelectAll, Params(owner));
}

}  // namespace platewise::postgres
