#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_IMPORT_JOBS_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_IMPORT_JOBS_H_

#include <memory>

#include "core/ports/import_jobs.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

// The import_jobs table (migration 12).
class SqliteImportJobs final : public ImportJobs {
 public:
  explicit SqliteImportJobs(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<ImportJob> Create(UserId owner, const ImportJob& job, std::int64_t now) override;
  Result<ImportJob> Get(UserId owner, std::int64_t id) override;
  Status Update(const ImportJob& job, std::int64_t now) override;
  Status Heartbeat(UserId owner, std::int64_t id, std::int64_t now) override;
  Result<std::int64_t> FailStale(std::int64_t heartbeat_before, const std::string& error) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_IMPORT_JOBS_H_
