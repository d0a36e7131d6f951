#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_HISTORY_IMPORTS_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_HISTORY_IMPORTS_H_

#include <memory>

#include "core/ports/history_imports.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

// One batch per transaction on the writer connection (migration 10's columns).
class SqliteHistoryImports final : public HistoryImports {
 public:
  explicit SqliteHistoryImports(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<HistoryWrite> WriteBatch(UserId owner, const HistoryBatch& batch) override;
  Result<ImportProvenance> ListProvenance(UserId owner) override;
  Status RestoreProvenance(UserId owner, const ImportProvenance& provenance) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_HISTORY_IMPORTS_H_
