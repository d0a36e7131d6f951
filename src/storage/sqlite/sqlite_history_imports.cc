#include "storage/sqlite/sqlite_history_imports.h"

#include <initializer_list>
#include <string>

#include "storage/sqlite/food_rows.h"

namespace platewise::sqlite {
namespace {

constexpr char kUserExists[] = "SELECT 1 FROM users WHERE id = ?1";
constexpr char kFileWritten[] = "SELECT 1 FROM imported_files WHERE owner_id = ?1 AND scope = ?2 AND file_hash = ?3";
constexpr char kRecordFile[] = "INSERT INTO imported_files (owner_id, scope, file_hash) VALUES (?1, ?2, ?3)";
// ?1 owner, ?2 scope, ?3 and ?4 the first and last date.
constexpr char kRemoveEntries[] =
    "DELETE FROM diary_entries WHERE owner_id = ?1 AND import_scope = ?2 AND date >= ?3 AND date <= ?4";
constexpr char kRemoveWeights[] =
    "DELETE FROM weight_log WHERE owner_id = ?1 AND import_scope = ?2 AND date >= ?3 AND date <= ?4";
constexpr char kRemoveExercise[] =
    "DELETE FROM exercise_entries WHERE owner_id = ?1 AND import_scope = ?2 AND date >= ?3 AND date <= ?4";
// The scope's imported foods that nothing uses any more (?2: scope + "\n").
// Only the owner's entries can use the owner's foods; saying so keeps each
// check on the (owner_id, food_id) index instead of a scan of every entry
// (quadratic in a large import's foods).
constexpr char kRemoveUnusedFoods[] =
    "DELETE FROM foods WHERE owner_id = ?1 AND import_key IS NOT NULL AND substr(import_key, 1, length(?2)) = ?2 "
    "AND NOT EXISTS (SELECT 1 FROM diary_entries e WHERE e.owner_id = ?1 AND e.food_id = foods.id) "
    "AND NOT EXISTS (SELECT 1 FROM recipe_ingredients r WHERE r.food_id = foods.id)";
constexpr char kFoodByKey[] = "SELECT id FROM foods WHERE owner_id = ?1 AND import_key = ?2";
constexpr char kSetFoodKey[] = "UPDATE foods SET import_key = ?2 WHERE id = ?1";
constexpr char kNextVersion[] = "UPDATE diary_entry_version SET last = last + 1 WHERE id = 1 RETURNING last";
constexpr char kInsertEntry[] =
    "INSERT INTO diary_entries (owner_id, date, meal, food_id, grams, amount_text, version, import_scope) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr char kWeightOnDate[] = "SELECT 1 FROM weight_log WHERE owner_id = ?1 AND date = ?2";
constexpr char kInsertWeight[] =
    "INSERT INTO weight_log (owner_id, date, weight_kg, import_scope) VALUES (?1, ?2, ?3, ?4)";
constexpr char kInsertExercise[] =
    "INSERT INTO exercise_entries (owner_id, date, activity, description, minutes, kcal, import_scope) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

// Provenance (ImportProvenance), ?1 the owner.
constexpr char kScopedEntries[] =
    "SELECT id, import_scope FROM diary_entries WHERE owner_id = ?1 AND import_scope IS NOT NULL ORDER BY id";
constexpr char kScopedWeights[] =
    "SELECT id, import_scope FROM weight_log WHERE owner_id = ?1 AND import_scope IS NOT NULL ORDER BY id";
constexpr char kScopedExercise[] =
    "SELECT id, import_scope FROM exercise_entries WHERE owner_id = ?1 AND import_scope IS NOT NULL ORDER BY id";
constexpr char kKeyedFoods[] =
    "SELECT id, import_key FROM foods WHERE owner_id = ?1 AND import_key IS NOT NULL ORDER BY id";
constexpr char kFiles[] = "SELECT scope, file_hash FROM imported_files WHERE owner_id = ?1 ORDER BY scope, file_hash";
// ?1 owner, ?2 id, ?3 scope or key.
constexpr char kMarkEntry[] = "UPDATE diary_entries SET import_scope = ?3 WHERE owner_id = ?1 AND id = ?2";
constexpr char kMarkWeight[] = "UPDATE weight_log SET import_scope = ?3 WHERE owner_id = ?1 AND id = ?2";
constexpr char kMarkExercise[] = "UPDATE exercise_entries SET import_scope = ?3 WHERE owner_id = ?1 AND id = ?2";
constexpr char kMarkFood[] = "UPDATE foods SET import_key = ?3 WHERE owner_id = ?1 AND id = ?2";
constexpr char kRecordFileOnce[] =
    "INSERT OR IGNORE INTO imported_files (owner_id, scope, file_hash) VALUES (?1, ?2, ?3)";

// Steps a one-row query; whether it gave a row.
// ?1 is the owner, ?2... the texts.
Result<bool> Exists(Database& db, const char* sql, UserId owner, std::initializer_list<std::string> texts) {
  auto sel = db.Prepare(sql);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  int i = 2;
  for (const std::string& t : texts) sel->Bind(i++, t);
  return sel->Step();
}

// Conflict when the owner's account does not exist.
Status RequireAccount(Database& db, UserId owner) {
  auto user = Exists(db, kUserExists, owner, {});
  if (!user.ok()) return user.status();
  if (!*user) return Status::Conflict("no account with id " + std::to_string(owner));
  return Status::Ok();
}

Status RemoveScope(Database& db, UserId owner, const HistoryFileInfo& info) {
  for (const char* sql : {kRemoveEntries, kRemoveWeights, kRemoveExercise}) {
    auto del = db.Prepare(sql);
    if (!del.ok()) return del.status();
    del->Bind(1, owner);
    del->Bind(2, info.scope);
    del->Bind(3, info.first.ToString());
    del->Bind(4, info.last.ToString());
    PW_RETURN_IF_ERROR(del->Run());
  }
  return Status::Ok();
}

// The owner's imported foods of the scope that no entry or recipe uses.
Status RemoveUnusedFoods(Database& db, UserId owner, const std::string& scope) {
  auto del = db.Prepare(kRemoveUnusedFoods);
  if (!del.ok()) return del.status();
  del->Bind(1, owner);
  del->Bind(2, scope + "\n");
  return del->Run();
}

// The stored food of the key, else a new custom food with it.
Result<Food> StoreFood(Database& db, UserId owner, const std::string& key, const Food& food, bool& created) {
  auto sel = db.Prepare(kFoodByKey);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, key);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (*row) {
    created = false;
    return ReadFood(db, sel->ColumnText(0), owner);
  }
  Food stored = food;
  auto id = NextCustomFoodId(db);
  if (!id.ok()) return id.status();
  stored.id = *id;
  PW_RETURN_IF_ERROR(InsertOwnedFood(db, stored, owner));
  auto set = db.Prepare(kSetFoodKey);
  if (!set.ok()) return set.status();
  set->Bind(1, stored.id);
  set->Bind(2, key);
  PW_RETURN_IF_ERROR(set->Run());
  created = true;
  return stored;
}

Result<std::int64_t> NextVersion(Database& db) {
  auto next = db.Prepare(kNextVersion);
  if (!next.ok()) return next.status();
  auto row = next->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("the diary entry version counter is missing");
  return next->ColumnInt(0);
}

// The (id, text) rows of one of the provenance queries.
template <typename Row, typename Make>
Status ReadPairs(Database& db, const char* sql, UserId owner, std::vector<Row>& out, Make make) {
  auto sel = db.Prepare(sql);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  for (;;) {
    auto row = sel->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    out.push_back(make(*sel));
  }
}

// Sets the scope (or key) of one of the owner's rows; NotFound, naming
// `what` and the id, when the row is not the owner's.
template <typename Id>
Status Mark(Database& db, const char* sql, UserId owner, const Id& id, const std::string& value, const char* what) {
  auto upd = db.Prepare(sql);
  if (!upd.ok()) return upd.status();
  upd->Bind(1, owner);
  upd->Bind(2, id);
  upd->Bind(3, value);
  PW_RETURN_IF_ERROR(upd->Run());
  if (db.Changes() == 0) return NoSuchRow(what, id);
  return Status::Ok();
}

}  // namespace

std::vector<const char*> HistoryImportPerRowStatements() {
  return {kFoodByKey,      kSetFoodKey,       kNextVersion,         kInsertEntry,   kWeightOnDate,
          kInsertWeight,   kInsertExercise,   kRemoveUnusedFoods,   kMarkEntry,     kMarkWeight,
          kMarkExercise,   kMarkFood,         kNextCustomNumberSql, kFoodIdTakenSql};
}

Result<ImportProvenance> SqliteHistoryImports::ListProvenance(UserId owner) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  ImportProvenance out;
  auto row = [](Statement& s) { return ImportProvenance::Row{s.ColumnInt(0), s.ColumnText(1)}; };
  PW_RETURN_IF_ERROR(ReadPairs(db, kScopedEntries, owner, out.entries, row));
  PW_RETURN_IF_ERROR(ReadPairs(db, kScopedWeights, owner, out.weights, row));
  PW_RETURN_IF_ERROR(ReadPairs(db, kScopedExercise, owner, out.exercises, row));
  PW_RETURN_IF_ERROR(ReadPairs(db, kKeyedFoods, owner, out.foods, [](Statement& s) {
    return ImportProvenance::ImportedFoodKey{s.ColumnText(0), s.ColumnText(1)};
  }));
  PW_RETURN_IF_ERROR(ReadPairs(db, kFiles, owner, out.files, [](Statement& s) {
    return ImportProvenance::File{s.ColumnText(0), s.ColumnText(1)};
  }));
  return out;
}

Status SqliteHistoryImports::RestoreProvenance(UserId owner, const ImportProvenance& p) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  PW_RETURN_IF_ERROR(RequireAccount(db, owner));
  for (const auto& m : p.entries) PW_RETURN_IF_ERROR(Mark(db, kMarkEntry, owner, m.id, m.scope, "diary entry"));
  for (const auto& m : p.weights) PW_RETURN_IF_ERROR(Mark(db, kMarkWeight, owner, m.id, m.scope, "weigh-in"));
  for (const auto& m : p.exercises) {
    PW_RETURN_IF_ERROR(Mark(db, kMarkExercise, owner, m.id, m.scope, "exercise entry"));
  }
  for (const auto& f : p.foods) PW_RETURN_IF_ERROR(Mark(db, kMarkFood, owner, f.food_id, f.key, "custom food"));
  auto record = db.Prepare(kRecordFileOnce);
  if (!record.ok()) return record.status();
  for (const auto& f : p.files) {
    record->Reset();
    record->Bind(1, owner);
    record->Bind(2, f.scope);
    record->Bind(3, f.file_hash);
    PW_RETURN_IF_ERROR(record->Run());
  }
  return tx.Commit();
}

namespace {

// Writes one piece's foods and rows into the open transaction; the piece's
// foods as stored.
Result<std::vector<Food>> WritePiece(Database& db, UserId owner, const std::string& scope, const HistoryBatch& piece,
                                     HistoryWrite& out) {
  PW_RETURN_IF_ERROR(CheckPieceFoods(piece));
  std::vector<Food> foods;
  for (const ImportedFood& f : piece.foods) {
    bool created = false;
    auto food = StoreFood(db, owner, scope + "\n" + f.key, f.food, created);
    if (!food.ok()) return food.status();
    foods.push_back(std::move(*food));
    out.foods_created += created ? 1 : 0;
  }
  auto ins = db.Prepare(kInsertEntry);
  if (!ins.ok()) return ins.status();
  for (const ImportedEntry& e : piece.entries) {
    auto version = NextVersion(db);
    if (!version.ok()) return version.status();
    ins->Reset();
    ins->Bind(1, owner);
    ins->Bind(2, e.date.ToString());
    ins->Bind(3, std::string(MealName(e.meal)));
    ins->Bind(4, foods[e.food].id);
    ins->Bind(5, e.grams.value());
    ins->Bind(6, e.amount_text);
    ins->Bind(7, *version);
    ins->Bind(8, scope);
    PW_RETURN_IF_ERROR(ins->Run());
    ++out.entries;
  }
  auto weight = db.Prepare(kInsertWeight);
  if (!weight.ok()) return weight.status();
  for (const WeightEntry& w : piece.weights) {
    auto taken = Exists(db, kWeightOnDate, owner, {w.date.ToString()});
    if (!taken.ok()) return taken.status();
    if (*taken) {
      out.weights_kept.push_back(w.date);
      continue;
    }
    weight->Reset();
    weight->Bind(1, owner);
    weight->Bind(2, w.date.ToString());
    weight->Bind(3, w.weight.value());
    weight->Bind(4, scope);
    PW_RETURN_IF_ERROR(weight->Run());
    ++out.weights;
  }
  auto exercise = db.Prepare(kInsertExercise);
  if (!exercise.ok()) return exercise.status();
  for (const ExerciseEntry& x : piece.exercises) {
    exercise->Reset();
    exercise->Bind(1, owner);
    exercise->Bind(2, x.date.ToString());
    exercise->Bind(3, x.activity);
    exercise->Bind(4, x.description);
    exercise->BindOptional(5, x.minutes);
    exercise->Bind(6, x.kcal.value());
    exercise->Bind(7, scope);
    PW_RETURN_IF_ERROR(exercise->Run());
    ++out.exercises;
  }
  return foods;
}

}  // namespace

Result<HistoryWrite> SqliteHistoryImports::StreamBatch(UserId owner, const HistoryFileInfo& info,
                                                       const HistoryFeed& feed) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  PW_RETURN_IF_ERROR(RequireAccount(db, owner));
  HistoryWrite out;
  auto written = Exists(db, kFileWritten, owner, {info.scope, info.file_hash});
  if (!written.ok()) return written.status();
  if (*written) {
    out.unchanged = true;
    return out;
  }
  if (info.has_rows) PW_RETURN_IF_ERROR(RemoveScope(db, owner, info));
  PW_RETURN_IF_ERROR(feed([&](const HistoryBatch& piece) { return WritePiece(db, owner, info.scope, piece, out); }));
  // After the file's entries are in: a food they use again stays, id and all.
  if (info.has_rows) PW_RETURN_IF_ERROR(RemoveUnusedFoods(db, owner, info.scope));
  auto record = db.Prepare(kRecordFile);
  if (!record.ok()) return record.status();
  record->Bind(1, owner);
  record->Bind(2, info.scope);
  record->Bind(3, info.file_hash);
  PW_RETURN_IF_ERROR(record->Run());
  PW_RETURN_IF_ERROR(tx.Commit());
  return out;
}

}  // namespace platewise::sqlite
