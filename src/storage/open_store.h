#ifndef PLATEWISE_STORAGE_OPEN_STORE_H_
#define PLATEWISE_STORAGE_OPEN_STORE_H_

// The one place that turns the configured location of the data into a store.
// A location is either the path of an SQLite file or a libpq URI of a
// PostgreSQL database ("postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME", or
// "postgres://..."), told apart by that scheme. Either way the store comes
// behind the same caches (WithCaches): for SQLite (one machine, usually one
// process) with the default stamp refresh, so another process's write is
// seen within 100 ms; for PostgreSQL with none, so a write that one server
// acknowledged is seen by the next request to any other.

#include <memory>
#include <string>

#include "core/ports/store.h"
#include "core/status.h"

namespace platewise {

// True when `location` names a PostgreSQL database (by its URI scheme).
bool IsPostgresLocation(const std::string& location);

// The location as it may be shown (logs, the serve line): a URI's password
// replaced by "***"; a file path as it is.
std::string DisplayLocation(const std::string& location);

// InvalidArgument for an empty location; otherwise the backend's own errors
// (Unavailable when the file cannot be created or opened, or the database
// server cannot be reached).
Result<std::unique_ptr<Store>> OpenStore(const std::string& location);

// The SQLite file that `location` names, for the commands that work on the
// file itself (backup, restore-backup). InvalidArgument, with a message that
// says what to do instead, for a location that is not a plain file path:
// empty, ":memory:", an SQLite "file:" URI, or a URL ("postgresql://...":
// back that database up with pg_dump).
Result<std::string> SqliteFilePath(const std::string& location);

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_OPEN_STORE_H_
