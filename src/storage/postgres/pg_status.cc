#include "storage/postgres/pg_status.h"

namespace platewise::postgres {

bool IsRetryableSqlState(std::string_view sqlstate) { return sqlstate == "40001" || sqlstate == "40P01"; }

Status StatusForSqlState(std::string_view sqlstate, std::string message) {
  if (sqlstate.empty()) return Status::Unavailable("the database connection was lost: " + message);
  const std::string_view klass = sqlstate.substr(0, 2);
  if (klass == "23") return Status::Conflict(std::move(message));
  if (IsRetryableSqlState(sqlstate)) return Status::Unavailable("the database is busy, try again: " + message);
  if (klass == "08" || klass == "53" || sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03" ||
      sqlstate == "55P03") {
    return Status::Unavailable(std::move(message));
  }
  return Status::Internal(std::move(message));
}

}  // namespace platewise::postgres
