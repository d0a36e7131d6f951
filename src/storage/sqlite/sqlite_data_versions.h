#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_DATA_VERSIONS_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_DATA_VERSIONS_H_

// The stamps of migration 5 (user_versions, foods_version), which triggers
// move in the transaction of each write. (Row 0 of user_versions is the
// counter the users' stamps are taken from; no user has id 0.) Read on a reader connection: one
// primary-key row, never queued behind the writer.

#include <memory>

#include "core/ports/data_versions.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteDataVersions final : public DataVersions {
 public:
  explicit SqliteDataVersions(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<std::uint64_t> UserVersion(UserId owner) override;
  Result<std::uint64_t> FoodsVersion() override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

// The owner's stamp on `db` (0 when they have none), for a read that wants it
// in the same snapshot as its rows. REQUIRES: the connection of `db` is held.
Result<std::uint64_t> SelectUserVersion(Database& db, UserId owner);

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_DATA_VERSIONS_H_
