#include "storage/sqlite/log_rows.h"

namespace platewise::sqlite {
namespace {

constexpr char kSelectWater[] =
    "SELECT id, date, ml FROM water_entries WHERE owner_id = ?1 AND (?2 IS NULL OR date = ?2) ORDER BY date, id";
constexpr char kSelectExercise[] =
    "SELECT id, date, activity, description, minutes, kcal FROM exercise_entries "
    "WHERE owner_id = ?1 AND (?2 IS NULL OR date = ?2) ORDER BY date, id";

}  // namespace

Result<std::vector<WaterEntry>> SelectWater(Database& db, UserId owner, const std::optional<CivilDate>& date) {
  auto sel = db.Prepare(kSelectWater);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  BindOptionalDate(*sel, 2, date);
  return ReadRows<WaterEntry>(*sel, [&](CivilDate d) { return WaterEntry{sel->ColumnInt(0), d, sel->ColumnDouble(2)}; });
}

Result<std::vector<ExerciseEntry>> SelectExercise(Database& db, UserId owner, const std::optional<CivilDate>& date) {
  auto sel = db.Prepare(kSelectExercise);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  BindOptionalDate(*sel, 2, date);
  return ReadRows<ExerciseEntry>(*sel, [&](CivilDate d) {
    return ExerciseEntry{sel->ColumnInt(0), d, sel->ColumnText(2), sel->ColumnText(3), sel->ColumnOptionalDouble(4),
                         Kcal(sel->ColumnDouble(5))};
  });
}

}  // namespace platewise::sqlite
