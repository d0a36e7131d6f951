// HistoryImports on PostgreSQL: one file in one READ COMMITTED transaction,
// written piece by piece as the feed reads it.
// Two imports of one owner's scope at once are ordered by the lock on the
// owner's users row taken first, so the second sees the first's rows.

#include <utility>

#include "storage/postgres/pg_food_rows.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kLockUser[] = "SELECT 1 FROM users WHERE id = $1 FOR UPDATE";
constexpr char kFileWritten[] = "SELECT 1 FROM imported_files WHERE owner_id = $1 AND scope = $2 AND file_hash = $3";
constexpr char kRecordFile[] = "INSERT INTO imported_files (owner_id, scope, file_hash) VALUES ($1, $2, $3)";
// $1 owner, $2 scope, $3 and $4 the first and last date.
constexpr char kRemoveEntries[] =
    "DELETE FROM diary_entries WHERE owner_id = $1 AND import_scope = $2 AND date >= $3::date AND date <= $4::date";
constexpr char kRemoveWeights[] =
    "DELETE FROM weight_log WHERE owner_id = $1 AND import_scope = $2 AND date >= $3::date AND date <= $4::date";
constexpr char kRemoveExercise[] =
    "DELETE FROM exercise_entries WHERE owner_id = $1 AND import_scope = $2 AND date >= $3::date AND date <= $4::date";
// The scope's imported foods that nothing uses any more ($2: scope + "\n").
constexpr char kRemoveUnusedFoods[] =
    "DELETE FROM foods f WHERE f.owner_id = $1 AND f.import_key IS NOT NULL AND left(f.import_key, length($2)) = $2 "
    "AND NOT EXISTS (SELECT 1 FROM diary_entries e WHERE e.owner_id = $1 AND e.food_id = f.id) "
    "AND NOT EXISTS (SELECT 1 FROM recipe_ingredients r WHERE r.food_id = f.id)";
constexpr char kFoodByKey[] = "SELECT id FROM foods WHERE owner_id = $1 AND import_key = $2";
constexpr char kNextCustomId[] = "SELECT 'c' || nextval('custom_food_numbers')";
constexpr char kSetFoodKey[] = "UPDATE foods SET import_key = $2 WHERE id = $1";
constexpr char kInsertEntry[] =
    "INSERT INTO diary_entries (owner_id, date, meal, food_id, grams, amount_text, import_scope) "
    "VALUES ($1, $2::date, $3, $4, $5, $6, $7)";
constexpr char kWeightOnDate[] = "SELECT 1 FROM weight_log WHERE owner_id = $1 AND date = $2::date";
constexpr char kInsertWeight[] =
    "INSERT INTO weight_log (owner_id, date, weight_kg, import_scope) VALUES ($1, $2::date, $3, $4)";
constexpr char kInsertExercise[] =
    "INSERT INTO exercise_entries (owner_id, date, activity, description, minutes, kcal, import_scope) "
    "VALUES ($1, $2::date, $3, $4, $5, $6, $7)";

// Provenance (ImportProvenance), $1 the owner.
constexpr char kScopedEntries[] =
    "SELECT id, import_scope FROM diary_entries WHERE owner_id = $1 AND import_scope IS NOT NULL ORDER BY id";
constexpr char kScopedWeights[] =
    "SELECT id, import_scope FROM weight_log WHERE owner_id = $1 AND import_scope IS NOT NULL ORDER BY id";
constexpr char kScopedExercise[] =
    "SELECT id, import_scope FROM exercise_entries WHERE owner_id = $1 AND import_scope IS NOT NULL ORDER BY id";
constexpr char kKeyedFoods[] =
    "SELECT id, import_key FROM foods WHERE owner_id = $1 AND import_key IS NOT NULL ORDER BY id";
constexpr char kFiles[] =
    "SELECT scope, file_hash FROM imported_files WHERE owner_id = $1 ORDER BY scope COLLATE \"C\", file_hash COLLATE \"C\"";
// $1 owner, $2 id, $3 scope or key.
constexpr char kMarkEntry[] = "UPDATE diary_entries SET import_scope = $3 WHERE owner_id = $1 AND id = $2";
constexpr char kMarkWeight[] = "UPDATE weight_log SET import_scope = $3 WHERE owner_id = $1 AND id = $2";
constexpr char kMarkExercise[] = "UPDATE exercise_entries SET import_scope = $3 WHERE owner_id = $1 AND id = $2";
constexpr char kMarkFood[] = "UPDATE foods SET import_key = $3 WHERE owner_id = $1 AND id = $2";
constexpr char kRecordFileOnce[] =
    "INSERT INTO imported_files (owner_id, scope, file_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";

// Sets the scope (or key) of one of the owner's rows; NotFound, naming
// `what` and the id, when the row is not the owner's.
template <typename Id>
Status Mark(Connection& c, const char* sql, UserId owner, const Id& id, const std::string& value, const char* what) {
  auto upd = c.Query(sql, Params(owner, id, value));
  if (!upd.ok()) return upd.status();
  if (upd->affected() == 0) return NoSuchRow(what, id);
  return Status::Ok();
}

// Locks the owner's account row (ordering this owner's imports); Conflict
// when the account does not exist.
Status LockAccount(Connection& c, UserId owner) {
  auto user = c.Query(kLockUser, Params(owner));
  if (!user.ok()) return user.status();
  if (user->empty()) return Status::Conflict("no account with id " + std::to_string(owner));
  return Status::Ok();
}

Result<Food> StoreFood(Connection& c, UserId owner, const std::string& key, const Food& food, bool& created) {
  auto found = c.Query(kFoodByKey, Params(owner, key));
  if (!found.ok()) return found.status();
  if (!found->empty()) {
    created = false;
    return ReadFood(c, found->Text(0, 0), owner);
  }
  auto id = c.Query(kNextCustomId);
  if (!id.ok()) return id.status();
  Food stored = food;
  stored.id = id->Text(0, 0);
  PW_RETURN_IF_ERROR(InsertOwnedFood(c, stored, owner));
  PW_RETURN_IF_ERROR(c.Query(kSetFoodKey, Params(stored.id, key)).status());
  created = true;
  return stored;
}

// Writes one piece's foods and rows into the open transaction; the piece's
// foods as stored.
Result<std::vector<Food>> WritePiece(Connection& c, UserId owner, const std::string& scope, const HistoryBatch& piece,
                                     HistoryWrite& out) {
  PW_RETURN_IF_ERROR(CheckPieceFoods(piece));
  std::vector<Food> foods;
  for (const ImportedFood& f : piece.foods) {
    bool created = false;
    auto food = StoreFood(c, owner, scope + "\n" + f.key, f.food, created);
    if (!food.ok()) return food.status();
    foods.push_back(std::move(*food));
    out.foods_created += created ? 1 : 0;
  }
  for (const ImportedEntry& e : piece.entries) {
    PW_RETURN_IF_ERROR(c.Query(kInsertEntry, Params(owner, e.date.ToString(), std::string(MealName(e.meal)),
                                                    foods[e.food].id, e.grams.value(), e.amount_text, scope))
                           .status());
    ++out.entries;
  }
  for (const WeightEntry& w : piece.weights) {
    auto taken = c.Query(kWeightOnDate, Params(owner, w.date.ToString()));
    if (!taken.ok()) return taken.status();
    if (!taken->empty()) {
      out.weights_kept.push_back(w.date);
      continue;
    }
    PW_RETURN_IF_ERROR(
        c.Query(kInsertWeight, Params(owner, w.date.ToString(), w.weight.value(), scope)).status());
    ++out.weights;
  }
  for (const ExerciseEntry& x : piece.exercises) {
    PW_RETURN_IF_ERROR(c.Query(kInsertExercise, Params(owner, x.date.ToString(), x.activity, x.description,
                                                       x.minutes, x.kcal.value(), scope))
                           .status());
    ++out.exercises;
  }
  return foods;
}

Result<HistoryWrite> Write(Connection& c, UserId owner, const HistoryFileInfo& info, const HistoryFeed& feed) {
  PW_RETURN_IF_ERROR(LockAccount(c, owner));
  HistoryWrite out;
  auto written = c.Query(kFileWritten, Params(owner, info.scope, info.file_hash));
  if (!written.ok()) return written.status();
  if (!written->empty()) {
    out.unchanged = true;
    return out;
  }
  if (info.has_rows) {
    const std::string first = info.first.ToString(), last = info.last.ToString();
    for (const char* sql : {kRemoveEntries, kRemoveWeights, kRemoveExercise}) {
      PW_RETURN_IF_ERROR(c.Query(sql, Params(owner, info.scope, first, last)).status());
    }
  }
  PW_RETURN_IF_ERROR(feed([&](const HistoryBatch& piece) { return WritePiece(c, owner, info.scope, piece, out); }));
  // After the file's entries are in: a food they use again stays, id and all.
  if (info.has_rows) PW_RETURN_IF_ERROR(c.Query(kRemoveUnusedFoods, Params(owner, info.scope + "\n")).status());
  PW_RETURN_IF_ERROR(c.Query(kRecordFile, Params(owner, info.scope, info.file_hash)).status());
  return out;
}

}  // namespace

Result<ImportProvenance> PgHistoryImports::ListProvenance(UserId owner) {
  return pool_->Transact(Isolation::kRepeatableReadOnly, [&](Connection& c) -> Result<ImportProvenance> {
    ImportProvenance out;
    for (auto [sql, into] : {std::pair{kScopedEntries, &out.entries}, std::pair{kScopedWeights, &out.weights},
                             std::pair{kScopedExercise, &out.exercises}}) {
      auto rows = c.Query(sql, Params(owner));
      if (!rows.ok()) return rows.status();
      for (int i = 0; i < rows->size(); ++i) into->push_back({rows->Int(i, 0), rows->Text(i, 1)});
    }
    auto foods = c.Query(kKeyedFoods, Params(owner));
    if (!foods.ok()) return foods.status();
    for (int i = 0; i < foods->size(); ++i) out.foods.push_back({foods->Text(i, 0), foods->Text(i, 1)});
    auto files = c.Query(kFiles, Params(owner));
    if (!files.ok()) return files.status();
    for (int i = 0; i < files->size(); ++i) out.files.push_back({files->Text(i, 0), files->Text(i, 1)});
    return out;
  });
}

Status PgHistoryImports::RestoreProvenance(UserId owner, const ImportProvenance& p) {
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Status {
    PW_RETURN_IF_ERROR(LockAccount(c, owner));
    for (const auto& m : p.entries) PW_RETURN_IF_ERROR(Mark(c, kMarkEntry, owner, m.id, m.scope, "diary entry"));
    for (const auto& m : p.weights) PW_RETURN_IF_ERROR(Mark(c, kMarkWeight, owner, m.id, m.scope, "weigh-in"));
    for (const auto& m : p.exercises) {
      PW_RETURN_IF_ERROR(Mark(c, kMarkExercise, owner, m.id, m.scope, "exercise entry"));
    }
    for (const auto& f : p.foods) PW_RETURN_IF_ERROR(Mark(c, kMarkFood, owner, f.food_id, f.key, "custom food"));
    for (const auto& f : p.files) {
      PW_RETURN_IF_ERROR(c.Query(kRecordFileOnce, Params(owner, f.scope, f.file_hash)).status());
    }
    return Status::Ok();
  });
}

Result<HistoryWrite> PgHistoryImports::StreamBatch(UserId owner, const HistoryFileInfo& info,
                                                   const HistoryFeed& feed) {
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) { return Write(c, owner, info, feed); });
}

}  // namespace platewise::postgres
