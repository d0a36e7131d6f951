#include "storage/sqlite/sqlite_handle.h"

#include <mutex>
#include <utility>

namespace platewise::sqlite {
namespace {

Status Error(sqlite3* db, std::string_view what) {
  int code = db ? sqlite3_errcode(db) : SQLITE_ERROR;
  std::string msg = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
  if (code == SQLITE_CONSTRAINT) return Status::Conflict(msg);
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_CANTOPEN || code == SQLITE_FULL ||
      code == SQLITE_IOERR || code == SQLITE_READONLY || code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
    return Status::Unavailable(msg);
  }
  return Status::Internal(msg);
}

}  // namespace

Statement& Statement::operator=(Statement&& o) noexcept {
  std::swap(db_, o.db_);
  std::swap(stmt_, o.stmt_);
  std::swap(lent_, o.lent_);
  return *this;
}

Statement::~Statement() {
  if (!lent_) {
    sqlite3_finalize(stmt_);
    return;
  }
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  *lent_ = false;
}

void Statement::Bind(int i, std::string_view text) {
  sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}
void Statement::Bind(int i, double value) { sqlite3_bind_double(stmt_, i, value); }
void Statement::Bind(int i, std::int64_t value) { sqlite3_bind_int64(stmt_, i, value); }
void Statement::BindNull(int i) { sqlite3_bind_null(stmt_, i); }
void Statement::BindOptional(int i, const std::optional<double>& value) {
  if (value) Bind(i, *value); else BindNull(i);
}

Result<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error(db_, "database statement failed");
}

Status Statement::Run() {
  while (true) {
    auto row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
  }
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::ColumnText(int col) const {
  const unsigned char* t = sqlite3_column_text(stmt_, col);
  return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(stmt_, col)) : std::string();
}
double Statement::ColumnDouble(int col) const { return sqlite3_column_double(stmt_, col); }
std::int64_t Statement::ColumnInt(int col) const { return sqlite3_column_int64(stmt_, col); }
bool Statement::ColumnIsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
std::optional<double> Statement::ColumnOptionalDouble(int col) const {
  if (ColumnIsNull(col)) return std::nullopt;
  return ColumnDouble(col);
}

namespace {

// SQLite's memory statistics take a process-wide mutex on every allocation,
// which request threads would queue on; Platewise does not read them. Must
// run before SQLite initialises, i.e. before the first open.
void TurnOffMemoryStatistics() {
  static std::once_flag once;
  std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

}  // namespace

Result<Database> Database::OpenWith(const std::string& path, int flags) {
  TurnOffMemoryStatistics();
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  Database db(raw);
  if (rc != SQLITE_OK) return Status::Unavailable("cannot open database " + path + ": " + sqlite3_errstr(rc));
  sqlite3_busy_timeout(raw, 5000);
  return db;
}

Result<Database> Database::Open(const std::string& path) {
  auto db = OpenWith(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db.ok()) return db.status();
  PW_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode=WAL"));
  PW_RETURN_IF_ERROR(db->Exec("PRAGMA foreign_keys=ON"));
  // FULL: the WAL is synced at every commit, so a write the server has
  // acknowledged survives a power loss or OS crash too (NORMAL keeps the file
  // consistent but may roll back the last commits). docs/operations.md says why.
  PW_RETURN_IF_ERROR(db->Exec("PRAGMA synchronous=FULL"));
  return db;
}

Result<Database> Database::OpenReader(const std::string& path) {
  auto db = OpenWith(path, SQLITE_OPEN_READWRITE);
  if (!db.ok()) return db.status();
  PW_RETURN_IF_ERROR(db->Exec("PRAGMA query_only=ON"));
  return db;
}

Database& Database::operator=(Database&& o) noexcept {
  std::swap(db_, o.db_);
  std::swap(cache_, o.cache_);
  return *this;
}

Database::~Database() {
  for (auto& [sql, cached] : cache_) sqlite3_finalize(cached.stmt);
  sqlite3_close_v2(db_);
}

Status Database::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Error(db_, std::string("database command failed (") + msg + ")");
  }
  return Status::Ok();
}

Result<Statement> Database::Prepare(std::string_view sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end() && !it->second.lent) {
    it->second.lent = true;
    return Statement(db_, it->second.stmt, &it->second.lent);
  }
  sqlite3_stmt* stmt = nullptr;
  const bool keep = it == cache_.end() && cache_.size() < kMaxCachedStatements;
  const unsigned flags = keep ? SQLITE_PREPARE_PERSISTENT : 0;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), flags, &stmt, nullptr) != SQLITE_OK) {
    return Error(db_, "cannot prepare statement");
  }
  if (!keep) return Statement(db_, stmt, nullptr);
  CachedStatement& cached = cache_.emplace(std::string(sql), CachedStatement{stmt, true}).first->second;
  return Statement(db_, stmt, &cached.lent);
}

SqliteConnection::SqliteConnection(Database writer, std::vector<Database> readers) : db_(std::move(writer)) {
  for (Database& r : readers) readers_.push_back(std::make_unique<Reader>(std::move(r)));
}

SqliteConnection::ReadLease SqliteConnection::Read() {
  if (readers_.empty()) return {std::unique_lock<std::mutex>(mutex_), db_};
  const std::size_t start = next_reader_.fetch_add(1, std::memory_order_relaxed);
  for (std::size_t i = 0; i < readers_.size(); ++i) {
    Reader& r = *readers_[(start + i) % readers_.size()];
    std::unique_lock<std::mutex> held(r.mutex, std::try_to_lock);
    if (held.owns_lock()) return {std::move(held), r.db};
  }
  Reader& r = *readers_[start % readers_.size()];
  return {std::unique_lock<std::mutex>(r.mutex), r.db};
}

}  // namespace platewise::sqlite
