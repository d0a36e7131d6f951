#ifndef PLATEWISE_STORAGE_OPEN_STORE_H_
#define PLATEWISE_STORAGE_OPEN_STORE_H_

// The one place that turns the configured location of the data into a store.
// Today a location is the path of an SQLite file; a backend with a server
// (PostgreSQL) will be chosen here by a URL scheme.

#include <memory>
#include <string>

#include "core/ports/store.h"
#include "core/status.h"

namespace platewise {

// InvalidArgument for an empty location; otherwise the backend's own errors
// (Unavailable when the file cannot be created or opened).
Result<std::unique_ptr<Store>> OpenStore(const std::string& location);

// The SQLite file that `location` names, for the commands that work on the
// file itself (backup, restore-backup). InvalidArgument, with a message that
// says what to do instead, for a location that is not a plain file path:
// empty, ":memory:", an SQLite "file:" URI, or a URL ("postgresql://...":
// back that database up with pg_dump).
Result<std::string> SqliteFilePath(const std::string& location);

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_OPEN_STORE_H_
