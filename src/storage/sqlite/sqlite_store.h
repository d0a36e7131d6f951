#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_STORE_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "core/ports/store.h"
#include "core/status.h"

namespace platewise {

// Opens the embedded database file at `path` (created, with its parent
// folder, when missing) and migrates its schema.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_STORE_H_
