#ifndef PLATEWISE_STORAGE_POSTGRES_PG_LOG_ROWS_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_LOG_ROWS_H_

// Turning result rows into the entries of the ports (diary entries and the
// logs), shared by the repositories that read them.

#include <vector>

#include "core/diary/diary_entry.h"
#include "core/ports/log_repositories.h"
#include "storage/postgres/pg_connection.h"

namespace platewise::postgres {

// A stored date (ISO text); Internal when it is not one.
Result<CivilDate> DateAt(const Rows& rows, int row, int col);

// Rows of (id, date, meal, food_id, grams, amount_text, version).
Result<std::vector<DiaryEntry>> ReadEntries(const Rows& rows);

}  // namespace platewise::postgres

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_LOG_ROWS_H_
