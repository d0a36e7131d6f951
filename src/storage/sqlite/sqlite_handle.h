#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_HANDLE_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_HANDLE_H_

// Move-only owners of sqlite3 and sqlite3_stmt handles, with errors as Status.
// Not thread-safe by themselves: SqliteConnection serialises access.

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/ports/database_time.h"
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
  // Opens (creating if needed) the file at `path` in WAL mode with foreign
  // keys on and synchronous=FULL (every commit synced: durable on power loss).
  static Result<Database> Open(const std::string& path);
  // Opens the existing database at `path` for queries only (writes fail).
  static Result<Database> OpenReader(const std::string& path);

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
  // Opens with `flags` (plus NOMUTEX: SqliteConnection serialises use) and a
  // 5 s busy timeout.
  static Result<Database> OpenWith(const std::string& path, int flags);

  sqlite3* db_ = nullptr;
  // Looks SQL text up without copying it into a std::string first.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // By SQL text. A node-based map, so the `lent` flags that Statements point
  // to stay put when the map grows or the Database moves.
  std::unordered_map<std::string, CachedStatement, TextHash, std::equal_to<>> cache_;
};

// The connections of one store, shared by its repositories.
//
// The writer: every write and every read that must be consistent with a
// write around it goes through it, serialised by its mutex. Callers hold
// `lock()` for the whole of one repository operation, transaction included.
//
// Readers: hot single-snapshot reads (a diary day's rows, the version stamps
// that storage/caching/ checks) take one of a few query-only connections
// with Read(), so request threads do not queue behind one mutex. In WAL mode a reader sees every transaction committed before
// its query began, so a request that wrote, then reads, sees its write.
//
// Both are the store's seam for the request's database time
// (core/ports/database_time.h): the writer's lock counts from before it is
// waited for until it is released, a reader's while it is held.
class SqliteConnection {
 public:
  // A reader connection held for one operation.
  struct ReadLease {
    std::unique_lock<std::mutex> lock;
    Database& db;
    DatabaseTimer timer{};
  };

  // The writer's mutex, held for one repository operation.
  class WriterLock {
   public:
    explicit WriterLock(std::mutex& mutex) : lock_(mutex) {}

   private:
    DatabaseTimer timer_;  // first: started before the wait, stopped after the unlock
    std::unique_lock<std::mutex> lock_;
  };

  // With no readers (an in-memory database), Read() lends the writer.
  explicit SqliteConnection(Database writer, std::vector<Database> readers = {});

  WriterLock lock() { return WriterLock(mutex_); }
  Database& db() { return db_; }  // REQUIRES: lock() held

  // A free reader if there is one, else waits for one.
  ReadLease Read();

 private:
  struct Reader {
    explicit Reader(Database d) : db(std::move(d)) {}
    std::mutex mutex;
    Database db;  // guarded by mutex
  };

  std::mutex mutex_;
  Database db_;  // guarded by mutex_
  std::vector<std::unique_ptr<Reader>> readers_;
  std::atomic<std::size_t> next_reader_{0};
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

// A read transaction: the queries between Begin() and the destructor see one
// snapshot of the database. REQUIRES: the connection is held.
class ReadTransaction {
 public:
  explicit ReadTransaction(Database& db) : db_(db) {}
  Status Begin() {
    Status s = Run("BEGIN");
    open_ = s.ok();
    return s;
  }
  ~ReadTransaction() {
    if (open_) (void)Run("COMMIT");
  }

 private:
  // Through the statement cache: sqlite3_exec would compile the text again
  // on every request.
  Status Run(const char* sql) {
    auto stmt = db_.Prepare(sql);
    return stmt.ok() ? stmt->Run() : stmt.status();
  }

  Database& db_;
  bool open_ = false;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_HANDLE_H_
