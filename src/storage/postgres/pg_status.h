#ifndef PLATEWISE_STORAGE_POSTGRES_PG_STATUS_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_STATUS_H_

// How a PostgreSQL failure becomes a Status, by its SQLSTATE
// (https://www.postgresql.org/docs/15/errcodes-appendix.html):
// - class 23, integrity constraint violations (23505 unique, 23503 foreign
//   key, 23514 check): Conflict, as a constraint failure is in SQLite;
// - 40001 serialization failure, 40P01 deadlock: Unavailable; Pool::Transact
//   runs the transaction again before it gives this answer;
// - class 08 (connection), 53 (insufficient resources: disk full, too many
//   connections), 57P01-57P03 (server shutting down or starting), 55P03
//   (lock not available): Unavailable;
// - a lost connection (no SQLSTATE): Unavailable;
// - anything else: Internal (a bug in our SQL or an unexpected failure).

#include <string>
#include <string_view>

#include "core/status.h"

namespace platewise::postgres {

// `sqlstate` empty: no server answer (the connection was lost).
Status StatusForSqlState(std::string_view sqlstate, std::string message);

// True for 40001 and 40P01: running the transaction again may succeed.
bool IsRetryableSqlState(std::string_view sqlstate);

}  // namespace platewise::postgres

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_STATUS_H_
