#include "storage/postgres/pg_admin.h"

#include "storage/postgres/pg_connection.h"

namespace platewise {

Status RunPostgresCommands(const std::string& conninfo, const std::string& sql) {
  auto conn = postgres::Connection::Open(conninfo);
  if (!conn.ok()) return conn.status();
  return (*conn)->Exec(sql.c_str());
}

}  // namespace platewise
