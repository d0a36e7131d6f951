#include "storage/sqlite/sqlite_backup.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

#include "storage/sqlite/migrations.h"

namespace platewise::sqlite {
namespace {

namespace fs = std::filesystem;

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Handle = std::unique_ptr<sqlite3, CloseDb>;

std::string Errno(const std::string& what) { return what + ": " + std::strerror(errno); }

// What went wrong on `db`, worded for the file it is about.
Status SqlError(sqlite3* db, const std::string& path, const std::string& what) {
  int code = sqlite3_errcode(db);
  if (code == SQLITE_NOTADB) return Status::InvalidArgument(path + " is not an SQLite database");
  if (code == SQLITE_CORRUPT) return Status::InvalidArgument(path + " is damaged: " + sqlite3_errmsg(db));
  return Status::Unavailable(what + " " + path + ": " + sqlite3_errmsg(db));
}

Result<Handle> OpenFile(const std::string& path, int flags, int busy_ms) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  Handle db(raw);
  if (rc != SQLITE_OK) {
    return Status::Unavailable("cannot open " + path + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(raw, busy_ms);
  return db;
}

Status Exec(sqlite3* db, const std::string& path, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) return SqlError(db, path, "cannot use");
  return Status::Ok();
}

// The first column of every row of `sql`, as text.
Result<std::vector<std::string>> Column(sqlite3* db, const std::string& path, const char* sql) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK) return SqlError(db, path, "cannot read");
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
  std::vector<std::string> rows;
  int rc;
  while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(raw, 0);
    rows.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
  }
  if (rc != SQLITE_DONE) return SqlError(db, path, "cannot read");
  return rows;
}

// The schema version of the open Platewise database `db`, or why it is not one.
Result<std::int64_t> SchemaVersionOf(sqlite3* db, const std::string& path) {
  auto tables = Column(db, path, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
  if (!tables.ok()) return tables.status();
  if (tables->empty() || (*tables)[0] != "1") {
    return Status::InvalidArgument(path + " is not a Platewise database (it has no schema_version table)");
  }
  auto version = Column(db, path, "SELECT coalesce(max(version), 0) FROM schema_version");
  if (!version.ok()) return version.status();
  const std::int64_t v = version->empty() ? 0 : std::stoll((*version)[0]);
  if (v < 1 || v > NewestSchemaVersion()) {
    return Status::InvalidArgument(path + " has schema version " + std::to_string(v) +
                                   ", which this Platewise does not know (it knows 1 to " +
                                   std::to_string(NewestSchemaVersion()) + ")");
  }
  return v;
}

// SchemaVersionOf, then `PRAGMA integrity_check` must answer exactly "ok".
Result<std::int64_t> Check(sqlite3* db, const std::string& path) {
  auto version = SchemaVersionOf(db, path);
  if (!version.ok()) return version;
  auto problems = Column(db, path, "PRAGMA integrity_check");
  if (!problems.ok()) return problems.status();
  if (problems->size() != 1 || (*problems)[0] != "ok") {
    std::string first = problems->empty() ? "no answer" : (*problems)[0];
    return Status::InvalidArgument(path + " fails PRAGMA integrity_check: " + first);
  }
  return version;
}

// Copies every page of `from` into `to` in one step: one read snapshot of
// `from`, which writers in other processes do not wait for in WAL mode.
Status CopyDatabase(sqlite3* from, const std::string& from_path, sqlite3* to, const std::string& to_path) {
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  if (backup == nullptr) return SqlError(to, to_path, "cannot write");
  int rc = SQLITE_OK;
  for (int tries = 0; tries < 100; ++tries) {  // a writer's commit may hold the lock for a moment
    rc = sqlite3_backup_step(backup, -1);
    if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
    sqlite3_sleep(100);
  }
  sqlite3_backup_finish(backup);
  if (rc == SQLITE_DONE) return Status::Ok();
  if (rc == SQLITE_NOTADB) return Status::InvalidArgument(from_path + " is not an SQLite database");
  if (rc == SQLITE_CORRUPT) return Status::InvalidArgument(from_path + " is damaged");
  return Status::Unavailable("cannot copy " + from_path + " to " + to_path + ": " + sqlite3_errstr(rc));
}

// A new empty file (mode 0600) beside `target`, removed with its SQLite side
// files on destruction unless Keep() was called.
class TempFile {
 public:
  static Result<std::unique_ptr<TempFile>> Beside(const std::string& target) {
    fs::path p(target);
    fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    std::string base = ".";  // appended, not "." + ...: GCC 12 -O3 warns (-Wrestrict) on that
    base += p.filename().string();
    base += ".tmp-XXXXXX";
    std::string pattern = (dir / base).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) return Status::Unavailable(Errno("cannot create a file in " + dir.string()));
    const bool private_mode = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    auto file = std::unique_ptr<TempFile>(new TempFile(name.data()));
    if (!private_mode) return Status::Unavailable(Errno("cannot make " + file->path() + " private"));
    return file;
  }
  ~TempFile() {
    if (kept_) return;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) ::unlink((path_ + suffix).c_str());
  }
  const std::string& path() const { return path_; }
  void Keep() { kept_ = true; }

 private:
  explicit TempFile(std::string path) : path_(std::move(path)) {}
  std::string path_;
  bool kept_ = false;
};

Status Sync(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return Status::Unavailable(Errno("cannot open " + path));
  int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return Status::Unavailable(Errno("cannot sync " + path));
  return Status::Ok();
}

Status SyncFolderOf(const std::string& path) {
  fs::path dir = fs::path(path).parent_path();
  return Sync(dir.empty() ? "." : dir.string(), O_RDONLY | O_DIRECTORY);
}

// Copies the database `from` (open) into the new file `to`, as one
// self-contained file (rollback journal, so no -wal goes with it), checks the
// copy and syncs it. Returns the copy's schema version.
Result<std::int64_t> WriteCheckedCopy(sqlite3* from, const std::string& from_path, const std::string& to) {
  auto dest = OpenFile(to, SQLITE_OPEN_READWRITE, 5000);
  if (!dest.ok()) return dest.status();
  PW_RETURN_IF_ERROR(CopyDatabase(from, from_path, dest->get(), to));
  // The copied header says WAL when the source is in WAL mode.
  auto mode = Column(dest->get(), to, "PRAGMA journal_mode=DELETE");
  if (!mode.ok()) return mode.status();
  if (mode->empty() || (*mode)[0] != "delete") return Status::Unavailable("cannot take " + to + " out of WAL mode");
  auto version = Check(dest->get(), to);
  if (!version.ok()) return version;
  if (sqlite3_close(dest->release()) != SQLITE_OK) return Status::Unavailable("cannot close " + to);
  PW_RETURN_IF_ERROR(Sync(to, O_RDONLY));
  return version;
}

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (fs::equivalent(a, b, ec)) return true;
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec) && !ec;
}

}  // namespace

Status BackupDatabase(const std::string& db_path, const std::string& backup_path) {
  std::error_code ec;
  if (!fs::is_regular_file(db_path, ec)) return Status::NotFound("no database at " + db_path);
  if (SameFile(db_path, backup_path)) {
    return Status::InvalidArgument("the backup would overwrite the database itself: give another path");
  }
  // Read-write (a WAL database needs its -shm), but query_only: never writes.
  auto source = OpenFile(db_path, SQLITE_OPEN_READWRITE, 5000);
  if (!source.ok()) return source.status();
  PW_RETURN_IF_ERROR(Exec(source->get(), db_path, "PRAGMA query_only=ON"));
  auto version = SchemaVersionOf(source->get(), db_path);
  if (!version.ok()) return version.status();

  auto temp = TempFile::Beside(backup_path);
  if (!temp.ok()) return temp.status();
  auto copied = WriteCheckedCopy(source->get(), db_path, (*temp)->path());
  if (!copied.ok()) return copied.status();
  if (::rename((*temp)->path().c_str(), backup_path.c_str()) != 0) {
    return Status::Unavailable(Errno("cannot rename the backup to " + backup_path));
  }
  (*temp)->Keep();
  return SyncFolderOf(backup_path);
}

Result<std::int64_t> CheckBackup(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return Status::NotFound("no backup at " + path);
  auto db = OpenFile(path, SQLITE_OPEN_READONLY, 5000);
  if (!db.ok()) return db.status();
  return Check(db->get(), path);
}

std::string ReplacedDatabasePath(const std::string& db_path) { return db_path + ".before-restore"; }

Status RestoreBackup(const std::string& backup_path, const std::string& db_path) {
  std::error_code ec;
  if (!fs::is_regular_file(backup_path, ec)) return Status::NotFound("no backup at " + backup_path);
  if (SameFile(db_path, backup_path)) return Status::InvalidArgument("the backup is the database itself");
  fs::path parent = fs::path(db_path).parent_path();
  if (!parent.empty()) {
    fs::create_directories(parent, ec);
    if (ec) return Status::Unavailable("cannot create folder " + parent.string() + ": " + ec.message());
  }

  // 1. A checked copy beside the database; nothing else is touched until it is good.
  auto temp = TempFile::Beside(db_path);
  if (!temp.ok()) return temp.status();
  {
    auto backup = OpenFile(backup_path, SQLITE_OPEN_READONLY, 5000);
    if (!backup.ok()) return backup.status();
    auto copied = WriteCheckedCopy(backup->get(), backup_path, (*temp)->path());
    if (!copied.ok()) return copied.status();
  }

  // 2. No database yet: side files left without one would be read as its own.
  if (!fs::exists(db_path, ec)) {
    for (const char* suffix : {"-wal", "-shm", "-journal"}) fs::remove(db_path + suffix, ec);
    if (::rename((*temp)->path().c_str(), db_path.c_str()) != 0) {
      return Status::Unavailable(Errno("cannot rename the restored database to " + db_path));
    }
    (*temp)->Keep();
    return SyncFolderOf(db_path);
  }

  // 3. The current database, locked against every other connection. In WAL
  // mode each open connection holds a shared lock, so this fails at once
  // while `serve` (or any SQLite client) has the file open.
  auto current = OpenFile(db_path, SQLITE_OPEN_READWRITE, 0);
  if (!current.ok()) return current.status();
  sqlite3* db = current->get();
  PW_RETURN_IF_ERROR(Exec(db, db_path, "PRAGMA locking_mode=EXCLUSIVE"));
  if (sqlite3_exec(db, "BEGIN EXCLUSIVE; COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    if (sqlite3_errcode(db) == SQLITE_BUSY) {
      return Status::Unavailable("the database " + db_path +
                                 " is open in another process (is `platewise serve` running on it?): stop it, "
                                 "then restore");
    }
    return SqlError(db, db_path, "cannot lock");
  }
  // Its committed WAL frames into the file, and the -wal gone: the kept file
  // is complete by itself, and no old -wal is ever read as the new one's.
  PW_RETURN_IF_ERROR(Exec(db, db_path, "PRAGMA wal_checkpoint(TRUNCATE)"));
  auto mode = Column(db, db_path, "PRAGMA journal_mode=DELETE");
  if (!mode.ok()) return mode.status();
  if (mode->empty() || (*mode)[0] != "delete") return Status::Unavailable("cannot take " + db_path + " out of WAL mode");

  const std::string kept = ReplacedDatabasePath(db_path);
  fs::remove(kept, ec);
  if (::link(db_path.c_str(), kept.c_str()) != 0) return Status::Unavailable(Errno("cannot keep the database as " + kept));
  if (::rename((*temp)->path().c_str(), db_path.c_str()) != 0) {
    return Status::Unavailable(Errno("cannot rename the restored database to " + db_path));
  }
  (*temp)->Keep();
  return SyncFolderOf(db_path);
}

}  // namespace platewise::sqlite
