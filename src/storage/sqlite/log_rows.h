#ifndef PLATEWISE_STORAGE_SQLITE_LOG_ROWS_H_
#define PLATEWISE_STORAGE_SQLITE_LOG_ROWS_H_

// Reading an owner's water and exercise rows, shared by the logs themselves
// and by the diary's one-snapshot read of a day. REQUIRES: the caller holds
// the connection (writer lock or a reader lease) that `db` belongs to.

#include <optional>
#include <vector>

#include "core/ports/log_repositories.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

inline void BindOptionalDate(Statement& s, int index, const std::optional<CivilDate>& date) {
  if (date) s.Bind(index, date->ToString()); else s.BindNull(index);
}

// Steps `sel` to the end; each row's column 1 is its date, the rest is read
// by `read(date)`.
template <typename Entry, typename ReadRow>
Result<std::vector<Entry>> ReadRows(Statement& sel, ReadRow read) {
  std::vector<Entry> out;
  while (true) {
    auto r = sel.Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    auto date = ParseCivilDate(sel.ColumnText(1));
    if (!date.ok()) return Status::Internal("stored date is malformed");
    out.push_back(read(*date));
  }
  return out;
}

// The owner's rows of `date`, or of every date when nullopt; by date, then
// in the order they were added.
Result<std::vector<WaterEntry>> SelectWater(Database& db, UserId owner, const std::optional<CivilDate>& date);
Result<std::vector<ExerciseEntry>> SelectExercise(Database& db, UserId owner, const std::optional<CivilDate>& date);

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_LOG_ROWS_H_
