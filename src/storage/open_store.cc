#include "storage/open_store.h"

#include <cctype>

#include "storage/caching/with_caches.h"
#include "storage/postgres/pg_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace platewise {

bool IsPostgresLocation(const std::string& location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string DisplayLocation(const std::string& location) {
  if (!IsPostgresLocation(location)) return location;
  // scheme://[user[:password]@]host...: the user information ends at the
  // last '@' before the path.
  const std::size_t begin = location.find("://") + 3;
  const std::size_t path = location.find_first_of("/?", begin);
  const std::size_t at = location.rfind('@', path == std::string::npos ? std::string::npos : path);
  if (at == std::string::npos || at < begin) return location;
  const std::size_t colon = location.find(':', begin);
  if (colon == std::string::npos || colon > at) return location;
  return location.substr(0, colon + 1) + "***" + location.substr(at);
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& location) {
  if (location.empty()) {
    return Status::InvalidArgument("the database location is empty: give the path of a file or a postgresql:// URI");
  }
  if (IsPostgresLocation(location)) {
    auto store = OpenPostgresStore(location);
    if (!store.ok()) return store.status();
    // Servers that share a database must see each other's writes on the
    // next request (a write acknowledged by one is read by any other), so
    // every cached read checks its stamp against the database.
    return WithCaches(std::move(*store), CacheOptions{.stamp_refresh = std::chrono::milliseconds(0)});
  }
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
  if (IsPostgresLocation(location)) {
    return Status::InvalidArgument("the database " + DisplayLocation(location) +
                                   " is a PostgreSQL database: back it up and restore it with pg_dump and "
                                   "pg_restore; backup and restore-backup are for an SQLite file");
  }
  if (IsUrl(location)) {
    return Status::InvalidArgument("the database " + location +
                                   " is a URL, not an SQLite file: backup and restore-backup need the path of "
                                   "the database file");
  }
  if (location == ":memory:" || location.rfind("file:", 0) == 0) {
    return Status::InvalidArgument("the database " + location +
                                   " is not a plain file path: backup and restore-backup need the path of the "
                                   "database file");
  }
  return location;
}

}  // namespace platewise
