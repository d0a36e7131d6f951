// platewise backup PATH: a consistent copy of the SQLite database (--db),
// safe while `serve` runs on it.
// platewise restore-backup PATH: replaces the database with a checked backup;
// refused while another process has the database open.
// Both work on the file itself; docs/operations.md is the operator's guide.

#include <ostream>

#include "cli/commands.h"
#include "storage/open_store.h"
#include "storage/sqlite/sqlite_backup.h"

namespace platewise::cli {
namespace {

// The one PATH word of `command`.
Result<std::string> OnePath(const AppContext& ctx, const char* command) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed(command, {}));
  const auto& pos = ctx.args().positionals();
  if (pos.size() != 1 || pos[0].empty()) return Status::InvalidArgument("give one PATH: the backup file");
  return pos[0];
}

}  // namespace

Status RunBackup(AppContext& ctx) {
  auto backup = OnePath(ctx, "backup");
  if (!backup.ok()) return backup.status();
  auto db = SqliteFilePath(ctx.env().db_path);
  if (!db.ok()) return db.status();
  PW_RETURN_IF_ERROR(sqlite::BackupDatabase(*db, *backup));
  ctx.out() << "Backed up " << *db << " to " << *backup << ".\n";
  return Status::Ok();
}

Status RunRestoreBackup(AppContext& ctx) {
  auto backup = OnePath(ctx, "restore-backup");
  if (!backup.ok()) return backup.status();
  auto db = SqliteFilePath(ctx.env().db_path);
  if (!db.ok()) return db.status();
  auto version = sqlite::CheckBackup(*backup);
  if (!version.ok()) return version.status();
  PW_RETURN_IF_ERROR(sqlite::RestoreBackup(*backup, *db));
  ctx.out() << "Restored " << *db << " from " << *backup << " (schema version " << *version
            << "); the database it replaced, if any, is kept as " << sqlite::ReplacedDatabasePath(*db) << ".\n";
  return Status::Ok();
}

}  // namespace platewise::cli
