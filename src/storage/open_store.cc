#include "storage/open_store.h"

#include <cctype>

#include "storage/caching/with_caches.h"
#include "storage/sqlite/sqlite_store.h"

namespace platewise {

Result<std::unique_ptr<Store>> OpenStore(const std::string& location) {
  if (location.empty()) return Status::InvalidArgument("the database location is empty: give the path of a file");
  auto store = OpenSqliteStore(location);
  if (!store.ok()) return store.status();
  return WithCaches(std::move(*store));
}

namespace {

// "scheme://..." with an RFC 3986 scheme: letter, then letters, digits, + - .
bool IsUrl(const std::string& location) {
  auto colon = location.find("://");
  if (colon == std::string::npos || colon == 0) return false;
  if (!std::isalpha(static_cast<unsigned char>(location[0]))) return false;
  for (size_t i = 1; i < colon; ++i) {
    unsigned char c = static_cast<unsigned char>(location[i]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

}  // namespace

Result<std::string> SqliteFilePath(const std::string& location) {
  if (location.empty()) return Status::InvalidArgument("the database location is empty: give the path of a file");
  if (location.rfind("postgres://", 0) == 0 || location.rfind("postgresql://", 0) == 0) {
    return Status::InvalidArgument("--db " + location +
                                   " is a PostgreSQL database: back it up and restore it with pg_dump and "
                                   "pg_restore; backup and restore-backup are for an SQLite file");
  }
  if (IsUrl(location)) {
    return Status::InvalidArgument("--db " + location +
                                   " is a URL, not an SQLite file: backup and restore-backup need the path of "
                                   "the database file");
  }
  if (location == ":memory:" || location.rfind("file:", 0) == 0) {
    return Status::InvalidArgument("--db " + location +
                                   " is not a plain file path: backup and restore-backup need the path of the "
                                   "database file");
  }
  return location;
}

}  // namespace platewise
