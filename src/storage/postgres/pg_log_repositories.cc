#include "storage/postgres/pg_log_rows.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kInsertWater[] = "INSERT INTO water_entries (owner_id, date, ml) VALUES ($1, $2, $3) RETURNING id";
constexpr char kSelectWater[] = "SELECT id, date, ml FROM water_entries WHERE owner_id = $1 ORDER BY date, id";
constexpr char kDeleteWater[] = "DELETE FROM water_entries WHERE owner_id = $1 AND id = $2";
constexpr char kInsertExercise[] =
    "INSERT INTO exercise_entries (owner_id, date, activity, description, minutes, kcal) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
constexpr char kSelectExercise[] =
    "SELECT id, date, activity, description, minutes, kcal FROM exercise_entries WHERE owner_id = $1 "
    "ORDER BY date, id";
constexpr char kDeleteExercise[] = "DELETE FROM exercise_entries WHERE owner_id = $1 AND id = $2";
constexpr char kUpsertWeight[] =
    "INSERT INTO weight_log (owner_id, date, weight_kg) VALUES ($1, $2, $3) "
    "ON CONFLICT (owner_id, date) DO UPDATE SET weight_kg = excluded.weight_kg RETURNING id";
constexpr char kSelectWeights[] =
    "SELECT id, date, weight_kg FROM weight_log WHERE owner_id = $1 "
    "AND ($2::date IS NULL OR date >= $2) AND ($3::date IS NULL OR date <= $3) ORDER BY date";
constexpr char kDeleteWeight[] = "DELETE FROM weight_log WHERE owner_id = $1 AND id = $2";
// Adds the favourite only when the food is visible to the owner; adding one
// twice keeps its place.
constexpr char kVisibleFood[] = "SELECT 1 FROM foods WHERE id = $1 AND (owner_id IS NULL OR owner_id = $2)";
constexpr char kInsertFavourite[] =
    "INSERT INTO favourite_foods (owner_id, food_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
constexpr char kDeleteFavourite[] = "DELETE FROM favourite_foods WHERE owner_id = $1 AND food_id = $2";
constexpr char kSelectFavourites[] = "SELECT food_id FROM favourite_foods WHERE owner_id = $1 ORDER BY added DESC";

// Runs an INSERT ... RETURNING id and gives the id.
Result<std::int64_t> InsertReturningId(Pool& pool, const char* sql, const Params& params) {
  return pool.Run([&](Connection& c) -> Result<std::int64_t> {
    auto rows = c.Query(sql, params);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::Internal("an insert returned no id");
    return rows->Int(0, 0);
  });
}

// Runs a "DELETE ... WHERE owner_id = $1 AND id = $2"; NotFound when no row went.
Status DeleteOwned(Pool& pool, const char* sql, UserId owner, std::int64_t id, const char* what) {
  return pool.Run([&](Connection& c) -> Status {
    auto rows = c.Query(sql, Params(owner, id));
    if (!rows.ok()) return rows.status();
    if (rows->affected() == 0) return Status::NotFound(std::string("no ") + what + " with id " + std::to_string(id));
    return Status::Ok();
  });
}

// Reads rows whose column 1 is a date, building each entry with `make`.
template <typename T, typename Make>
Result<std::vector<T>> ListRows(Pool& pool, const char* sql, const Params& params, Make make) {
  return pool.Run([&](Connection& c) -> Result<std::vector<T>> {
    auto rows = c.Query(sql, params);
    if (!rows.ok()) return rows.status();
    std::vector<T> out;
    for (int r = 0; r < rows->size(); ++r) {
      auto date = DateAt(*rows, r, 1);
      if (!date.ok()) return date.status();
      out.push_back(make(*rows, r, *date));
    }
    return out;
  });
}

}  // namespace

Result<WaterEntry> PgWaterLog::Add(UserId owner, const WaterEntry& entry) {
  auto id = InsertReturningId(*pool_, kInsertWater, Params(owner, entry.date.ToString(), entry.ml));
  if (!id.ok()) return id.status();
  WaterEntry stored = entry;
  stored.id = *id;
  return stored;
}

Status PgWaterLog::Delete(UserId owner, std::int64_t id) {
  return DeleteOwned(*pool_, kDeleteWater, owner, id, "water entry");
}

Result<std::vector<WaterEntry>> PgWaterLog::ListAll(UserId owner) {
  return ListRows<WaterEntry>(*pool_, kSelectWater, Params(owner), [](const Rows& rows, int r, CivilDate d) {
    return WaterEntry{rows.Int(r, 0), d, rows.Double(r, 2)};
  });
}

Result<ExerciseEntry> PgExerciseLog::Add(UserId owner, const ExerciseEntry& entry) {
  auto id = InsertReturningId(
      *pool_, kInsertExercise,
      Params(owner, entry.date.ToString(), entry.activity, entry.description, entry.minutes, entry.kcal.value()));
  if (!id.ok()) return id.status();
  ExerciseEntry stored = entry;
  stored.id = *id;
  return stored;
}

Status PgExerciseLog::Delete(UserId owner, std::int64_t id) {
  return DeleteOwned(*pool_, kDeleteExercise, owner, id, "exercise entry");
}

Result<std::vector<ExerciseEntry>> PgExerciseLog::ListAll(UserId owner) {
  return ListRows<ExerciseEntry>(*pool_, kSelectExercise, Params(owner), [](const Rows& rows, int r, CivilDate d) {
    return ExerciseEntry{rows.Int(r, 0),         d, rows.Text(r, 2), rows.Text(r, 3), rows.OptionalDouble(r, 4),
                         Kcal(rows.Double(r, 5))};
  });
}

Result<WeightEntry> PgWeightLog::Put(UserId owner, const WeightEntry& entry) {
  auto id = InsertReturningId(*pool_, kUpsertWeight, Params(owner, entry.date.ToString(), entry.weight.value()));
  if (!id.ok()) return id.status();
  WeightEntry stored = entry;
  stored.id = *id;
  return stored;
}

Result<std::vector<WeightEntry>> PgWeightLog::List(UserId owner, std::optional<CivilDate> from,
                                                   std::optional<CivilDate> to) {
  std::optional<std::string> from_text, to_text;
  if (from) from_text = from->ToString();
  if (to) to_text = to->ToString();
  return ListRows<WeightEntry>(*pool_, kSelectWeights, Params(owner, from_text, to_text),
                               [](const Rows& rows, int r, CivilDate d) {
                                 return WeightEntry{rows.Int(r, 0), d, Kilograms(rows.Double(r, 2))};
                               });
}

Status PgWeightLog::Delete(UserId owner, std::int64_t id) {
  return DeleteOwned(*pool_, kDeleteWeight, owner, id, "weight entry");
}

Status PgFavouriteFoods::Add(UserId owner, const std::string& food_id) {
  return pool_->Run([&](Connection& c) -> Status {
    auto visible = c.Query(kVisibleFood, Params(food_id, owner));
    if (!visible.ok()) return visible.status();
    if (visible->empty()) return Status::NotFound("no food with id \"" + food_id + "\"");
    return c.Query(kInsertFavourite, Params(owner, food_id)).status();
  });
}

Status PgFavouriteFoods::Remove(UserId owner, const std::string& food_id) {
  return pool_->Run([&](Connection& c) -> Status {
    auto rows = c.Query(kDeleteFavourite, Params(owner, food_id));
    if (!rows.ok()) return rows.status();
    if (rows->affected() == 0) return Status::NotFound("food \"" + food_id + "\" is not a favourite");
    return Status::Ok();
  });
}

Result<std::vector<std::string>> PgFavouriteFoods::List(UserId owner) {
  return pool_->Run([&](Connection& c) -> Result<std::vector<std::string>> {
    auto rows = c.Query(kSelectFavourites, Params(owner));
    if (!rows.ok()) return rows.status();
    std::vector<std::string> out;
    for (int r = 0; r < rows->size(); ++r) out.push_back(rows->Text(r, 0));
    return out;
  });
}

}  // namespace platewise::postgres
