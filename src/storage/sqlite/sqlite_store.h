#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_STORE_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "core/ports/store.h"
#include "core/status.h"

namespace platewise {

// Opens the embedded database file at `path` (created, with its parent
// folder, when missing) and migrates its schema. A database of an older
// schema version N is first copied whole to PreMigrationBackupPath(path, N)
// (sqlite::BackupDatabase); when that copy fails, Unavailable, and the
// database is left as it was.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

// "var/platewise.db.schema-7.backup": the copy taken before migrating a
// database from schema version `version`.
std::string PreMigrationBackupPath(const std::string& db_path, std::int64_t version);

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_STORE_H_
