#include "storage/sqlite/sqlite_log_repositories.h"

#include "storage/sqlite/log_rows.h"

#include <string>

namespace platewise::sqlite {
namespace {

constexpr char kInsertWater[] = "INSERT INTO water_entries (owner_id, date, ml) VALUES (?1, ?2, ?3)";
constexpr char kDeleteWater[] = "DELETE FROM water_entries WHERE owner_id = ?1 AND id = ?2";
constexpr char kInsertExercise[] =
    "INSERT INTO exercise_entries (owner_id, date, activity, description, minutes, kcal) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr char kDeleteExercise[] = "DELETE FROM exercise_entries WHERE owner_id = ?1 AND id = ?2";
constexpr char kUpsertWeight[] =
    "INSERT INTO weight_log (owner_id, date, weight_kg) VALUES (?1, ?2, ?3) "
    "ON CONFLICT(owner_id, date) DO UPDATE SET weight_kg = excluded.weight_kg RETURNING id";
constexpr char kSelectWeights[] =
    "SELECT id, date, weight_kg FROM weight_log WHERE owner_id = ?1 "
    "AND (?2 IS NULL OR date >= ?2) AND (?3 IS NULL OR date <= ?3) ORDER BY date";
constexpr char kDeleteWeight[] = "DELETE FROM weight_log WHERE owner_id = ?1 AND id = ?2";
constexpr char kVisibleFood[] = "SELECT 1 FROM foods WHERE id = ?1 AND (owner_id IS NULL OR owner_id = ?2)";
constexpr char kInsertFavourite[] =
    "INSERT INTO favourite_foods (owner_id, food_id, added) "
    "VALUES (?1, ?2, (SELECT coalesce(max(added), 0) + 1 FROM favourite_foods WHERE owner_id = ?1)) "
    "ON CONFLICT DO NOTHING";
constexpr char kDeleteFavourite[] = "DELETE FROM favourite_foods WHERE owner_id = ?1 AND food_id = ?2";
constexpr char kSelectFavourites[] = "SELECT food_id FROM favourite_foods WHERE owner_id = ?1 ORDER BY added DESC";

// Runs a "DELETE ... WHERE owner_id = ?1 AND id = ?2"; NotFound when no row went.
Status DeleteOwned(SqliteConnection& conn, const char* sql, UserId owner, std::int64_t id, const char* what) {
  auto lock = conn.lock();
  auto del = conn.db().Prepare(sql);
  if (!del.ok()) return del.status();
  del->Bind(1, owner);
  del->Bind(2, id);
  PW_RETURN_IF_ERROR(del->Run());
  if (conn.db().Changes() == 0) return Status::NotFound(std::string("no ") + what + " with id " + std::to_string(id));
  return Status::Ok();
}

}  // namespace

Result<WaterEntry> SqliteWaterLog::Add(UserId owner, const WaterEntry& entry) {
  auto lock = conn_->lock();
  auto ins = conn_->db().Prepare(kInsertWater);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, owner);
  ins->Bind(2, entry.date.ToString());
  ins->Bind(3, entry.ml);
  PW_RETURN_IF_ERROR(ins->Run());
  WaterEntry stored = entry;
  stored.id = conn_->db().LastInsertId();
  return stored;
}

Result<std::vector<WaterEntry>> SqliteWaterLog::ListAll(UserId owner) {
  auto lock = conn_->lock();
  return SelectWater(conn_->db(), owner, std::nullopt);
}

Status SqliteWaterLog::Delete(UserId owner, std::int64_t id) {
  return DeleteOwned(*conn_, kDeleteWater, owner, id, "water entry");
}

Result<ExerciseEntry> SqliteExerciseLog::Add(UserId owner, const ExerciseEntry& entry) {
  auto lock = conn_->lock();
  auto ins = conn_->db().Prepare(kInsertExercise);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, owner);
  ins->Bind(2, entry.date.ToString());
  ins->Bind(3, entry.activity);
  ins->Bind(4, entry.description);
  ins->BindOptional(5, entry.minutes);
  ins->Bind(6, entry.kcal.value());
  PW_RETURN_IF_ERROR(ins->Run());
  ExerciseEntry stored = entry;
  stored.id = conn_->db().LastInsertId();
  return stored;
}

Result<std::vector<ExerciseEntry>> SqliteExerciseLog::ListAll(UserId owner) {
  auto lock = conn_->lock();
  return SelectExercise(conn_->db(), owner, std::nullopt);
}

Status SqliteExerciseLog::Delete(UserId owner, std::int64_t id) {
  return DeleteOwned(*conn_, kDeleteExercise, owner, id, "exercise entry");
}

Result<WeightEntry> SqliteWeightLog::Put(UserId owner, const WeightEntry& entry) {
  auto lock = conn_->lock();
  auto up = conn_->db().Prepare(kUpsertWeight);
  if (!up.ok()) return up.status();
  up->Bind(1, owner);
  up->Bind(2, entry.date.ToString());
  up->Bind(3, entry.weight.value());
  auto row = up->Step();
  if (!row.ok()) return row.status();
  WeightEntry stored = entry;
  stored.id = up->ColumnInt(0);
  PW_RETURN_IF_ERROR(up->Run());
  return stored;
}

Result<std::vector<WeightEntry>> SqliteWeightLog::List(UserId owner, std::optional<CivilDate> from,
                                                       std::optional<CivilDate> to) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectWeights);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  BindOptionalDate(*sel, 2, from);
  BindOptionalDate(*sel, 3, to);
  return ReadRows<WeightEntry>(
      *sel, [&](CivilDate d) { return WeightEntry{sel->ColumnInt(0), d, Kilograms(sel->ColumnDouble(2))}; });
}

Status SqliteWeightLog::Delete(UserId owner, std::int64_t id) {
  return DeleteOwned(*conn_, kDeleteWeight, owner, id, "weight entry");
}

Status SqliteFavouriteFoods::Add(UserId owner, const std::string& food_id) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  auto visible = db.Prepare(kVisibleFood);
  if (!visible.ok()) return visible.status();
  visible->Bind(1, food_id);
  visible->Bind(2, owner);
  auto found = visible->Step();
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no food with id \"" + food_id + "\"");
  auto ins = db.Prepare(kInsertFavourite);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, owner);
  ins->Bind(2, food_id);
  return ins->Run();
}

Status SqliteFavouriteFoods::Remove(UserId owner, const std::string& food_id) {
  auto lock = conn_->lock();
  auto del = conn_->db().Prepare(kDeleteFavourite);
  if (!del.ok()) return del.status();
  del->Bind(1, owner);
  del->Bind(2, food_id);
  PW_RETURN_IF_ERROR(del->Run());
  if (conn_->db().Changes() == 0) return Status::NotFound("food \"" + food_id + "\" is not a favourite");
  return Status::Ok();
}

Result<std::vector<std::string>> SqliteFavouriteFoods::List(UserId owner) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectFavourites);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  std::vector<std::string> out;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    out.push_back(sel->ColumnText(0));
  }
  return out;
}

}  // namespace platewise::sqlite
