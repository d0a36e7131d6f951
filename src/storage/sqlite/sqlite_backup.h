#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_BACKUP_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_BACKUP_H_

// Backups of a Platewise SQLite database file: taken while `serve` writes to
// it, checked before they are trusted, and restored without ever leaving the
// database half-replaced. docs/operations.md tells the operator's side.

#include <cstdint>
#include <string>

#include "core/status.h"

namespace platewise::sqlite {

// Writes a consistent copy of the database at `db_path` to `backup_path`,
// with SQLite's online backup API in one read snapshot: it holds every
// transaction committed before the copy began, and writers in other
// processes go on meanwhile (WAL readers do not block writers). The copy is
// one self-contained file (rollback journal, no -wal beside it), passes
// `PRAGMA integrity_check`, has mode 0600, and is written to a temporary file
// beside `backup_path`, synced, then renamed over it: `backup_path` holds
// either its old content or the whole new backup, never a part.
// NotFound: no database at db_path. InvalidArgument: db_path is not a
// Platewise database, or backup_path names the database itself.
// Unavailable: a file could not be read or written.
Status BackupDatabase(const std::string& db_path, const std::string& backup_path);

// Checks that `path` is a Platewise database this build can open: an SQLite
// file with a schema version from 1 to NewestSchemaVersion() that passes
// `PRAGMA integrity_check`. Returns its schema version. InvalidArgument (with
// what is wrong) otherwise; NotFound when there is no file.
Result<std::int64_t> CheckBackup(const std::string& path);

// The name under which RestoreBackup keeps the database it replaced.
std::string ReplacedDatabasePath(const std::string& db_path);

// Replaces the database at `db_path` with a copy of the backup at
// `backup_path`. The copy is made beside db_path and checked (CheckBackup)
// before anything else happens: a bad backup changes nothing. Then, holding
// SQLite's exclusive lock on the current database (refused with Unavailable
// while any other connection, such as `serve`, has it open), its -wal is
// checkpointed into it, it is kept as ReplacedDatabasePath(db_path) (a hard
// link, replacing an older one), and the copy is renamed over db_path: one
// atomic step, so db_path is always either the old or the new database.
// db_path need not exist (a restore into a new place).
Status RestoreBackup(const std::string& backup_path, const std::string& db_path);

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_BACKUP_H_
