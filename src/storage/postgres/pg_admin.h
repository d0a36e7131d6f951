#ifndef PLATEWISE_STORAGE_POSTGRES_PG_ADMIN_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_ADMIN_H_

// Commands about databases rather than their data (CREATE DATABASE, DROP
// DATABASE), for tools and tests that set databases up: they cannot run in a
// store's transactions. No libpq type in this header.

#include <string>

#include "core/status.h"

namespace platewise {

// Connects to `conninfo`, runs `sql` (one or more commands, no parameters)
// and disconnects. The errors of pg_status.h.
Status RunPostgresCommands(const std::string& conninfo, const std::string& sql);

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_ADMIN_H_
