#ifndef PLATEWISE_STORAGE_SQLITE_MIGRATIONS_H_
#define PLATEWISE_STORAGE_SQLITE_MIGRATIONS_H_

#include <cstdint>

#include "core/status.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

// Brings the schema up to the newest numbered migration, each in its own
// transaction. Safe to call on every open. Fails (and changes nothing) on a
// database written by a newer Platewise.
Status Migrate(Database& db);

// The database's schema version: 0 for a new (empty) database.
Result<std::int64_t> SchemaVersion(Database& db);

// The schema version Migrate brings a database to (the number of migrations);
// a database's version is the largest row of its `schema_version` table.
std::int64_t NewestSchemaVersion();

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_MIGRATIONS_H_
