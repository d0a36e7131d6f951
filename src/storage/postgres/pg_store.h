#ifndef PLATEWISE_STORAGE_POSTGRES_PG_STORE_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_STORE_H_

#include <memory>
#include <string>

#include "core/ports/store.h"
#include "core/status.h"

namespace platewise {

// The most connections one store keeps open to its database.
inline constexpr std::size_t kPostgresPoolSize = 8;

// Opens the PostgreSQL database named by a libpq URI or connection string
// ("postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME") and migrates its schema
// (once, under an advisory lock, when several servers start together).
// Unavailable when the server cannot be reached.
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& conninfo,
                                                 std::size_t pool_size = kPostgresPoolSize);

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_STORE_H_
