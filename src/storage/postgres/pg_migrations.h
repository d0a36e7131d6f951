#ifndef PLATEWISE_STORAGE_POSTGRES_PG_MIGRATIONS_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_MIGRATIONS_H_

#include <cstdint>

#include "core/status.h"
#include "storage/postgres/pg_connection.h"

namespace platewise::postgres {

// Brings the database's schema to the newest of the numbered migrations of
// pg_migrations.cc, each in its own transaction, under a session advisory
// lock: servers started together against one database wait for each other,
// and the first to get the lock migrates while the others find nothing left
// to do. Unavailable when the database's schema is newer than this build.
Status Migrate(Connection& conn);

// The number of the newest migration.
std::int64_t NewestSchemaVersion();

// The advisory lock keys of the store (pg_advisory_lock's bigint space):
// migrations, and the import of a food dataset.
inline constexpr long long kMigrationLock = 0x706c617465770001;  // "platew" 1
inline constexpr long long kImportLock = 0x706c617465770002;

}  // namespace platewise::postgres

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_MIGRATIONS_H_
