#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_HANDLE_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_HANDLE_H_

// Move-only owners of sqlite3 and sqlite3_stmt handles, with errors as Status.
// Not thread-safe by themselves: SqliteConnection serialises access.

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.h"

namespace platewise::sqlite {

// A prepared statement. Either owned (finalized when destroyed) or lent by
// the Database's statement cache (reset, unbound and handed back when
// destroyed), which callers need not tell apart.
class Statement {
 public:
  Statement() = default;
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_), lent_(o.lent_) {
    o.stmt_ = nullptr;
    o.lent_ = nullptr;
  }
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Bind parameters are 1-based, as in SQLite.
  void Bind(int index, std::string_view text);
  void Bind(int index, double value);
  void Bind(int index, std::int64_t value);
  void BindNull(int index);
  void BindOptional(int index, const std::optional<double>& value);

  // Steps once: true with a row, false when done. An error Status otherwise.
  Result<bool> Step();
  // Steps to completion, expecting no rows.
  Status Run();
  // Makes the statement reusable with new bindings.
  void Reset();

  std::string ColumnText(int col) const;
  double ColumnDouble(int col) const;
  std::int64_t ColumnInt(int col) const;
  bool ColumnIsNull(int col) const;
  std::optional<double> ColumnOptionalDouble(int col) const;

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt, bool* lent) : db_(db), stmt_(stmt), lent_(lent) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  bool* lent_ = nullptr;  // non-null: a cached statement; set to false on return
};

class Database {
 public:
  // Opens (creating if needed) the file at `path` in WAL mode with foreign keys on.
  static Result<Database> Open(const std::string& path);

  Database(Database&& o) noexcept : db_(o.db_), cache_(std::move(o.cache_)) { o.db_ = nullptr; }
  Database& operator=(Database&& o) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  Status Exec(const char* sql);
  // A statement for `sql`, compiled once per connection and kept: the same
  // text again reuses it (SQLite recompiles it by itself after a schema
  // change). When that statement is still in use (a nested query of the same
  // text), a fresh one is compiled and finalized after use. Statements must
  // not outlive the Database.
  Result<Statement> Prepare(std::string_view sql);
  std::int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  int Changes() const { return sqlite3_changes(db_); }

 private:
  struct CachedStatement {
    sqlite3_stmt* stmt = nullptr;
    bool lent = false;
  };
  // Bounds the cache for callers that build SQL text at run time.
  static constexpr std::size_t kMaxCachedStatements = 256;

  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
  // By SQL text. A node-based map, so the `lent` flags that Statements point
  // to stay put when the map grows or the Database moves.
  std::unordered_map<std::string, CachedStatement> cache_;
};

// A Database shared by the repositories of one store, with the mutex that
// serialises every use of it. Callers hold `lock()` for the whole of one
// repository operation, transaction included.
class SqliteConnection {
 public:
  explicit SqliteConnection(Database db) : db_(std::move(db)) {}
  std::unique_lock<std::mutex> lock() { return std::unique_lock<std::mutex>(mutex_); }
  Database& db() { return db_; }  // REQUIRES: lock() held

 private:
  std::mutex mutex_;
  Database db_;  // guarded by mutex_
};

// Rolls back unless Commit() succeeded. REQUIRES: the connection lock is held.
class Transaction {
 public:
  explicit Transaction(Database& db) : db_(db) {}
  Status Begin() { return db_.Exec("BEGIN IMMEDIATE"); }
  Status Commit() {
    Status s = db_.Exec("COMMIT");
    committed_ = s.ok();
    return s;
  }
  ~Transaction() {
    if (!committed_) (void)db_.Exec("ROLLBACK");
  }

 private:
  Database& db_;
  bool committed_ = false;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_HANDLE_H_
