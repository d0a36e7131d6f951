#include "storage/postgres/pg_log_rows.h"

namespace platewise::postgres {

Result<CivilDate> DateAt(const Rows& rows, int row, int col) {
  auto date = ParseCivilDate(rows.Text(row, col));
  if (!date.ok()) return Status::Internal("a stored date is malformed: " + rows.Text(row, col));
  return date;
}

Result<std::vector<DiaryEntry>> ReadEntries(const Rows& rows) {
  std::vector<DiaryEntry> out;
  out.reserve(static_cast<std::size_t>(rows.size()));
  for (int r = 0; r < rows.size(); ++r) {
    auto date = DateAt(rows, r, 1);
    if (!date.ok()) return date.status();
    auto meal = ParseMeal(rows.Text(r, 2));
    if (!meal.ok()) return Status::Internal("stored diary entry is malformed");
    out.push_back(
        {rows.Int(r, 0), *date, *meal, rows.Text(r, 3), Grams(rows.Double(r, 4)), rows.Text(r, 5), rows.Int(r, 6)});
  }
  return out;
}

}  // namespace platewise::postgres
