#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_HISTORY_IMPORTS_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_HISTORY_IMPORTS_H_

#include <memory>
#include <vector>

#include "core/ports/history_imports.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

// One batch per transaction on the writer connection (migration 10's columns).
class SqliteHistoryImports final : public HistoryImports {
 public:
  explicit SqliteHistoryImports(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<HistoryWrite> StreamBatch(UserId owner, const HistoryFileInfo& info, const HistoryFeed& feed) override;
  Result<ImportProvenance> ListProvenance(UserId owner) override;
  Status RestoreProvenance(UserId owner, const ImportProvenance& provenance) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

// The statements a batch runs once per row or per food (the SQL text the
// store runs), for a test that SQLite plans each as a lookup by index, never
// a scan of a table that grows with the history: a scan per row made a
// 34,000-row MyFitnessPal import take three and a half minutes.
std::vector<const char*> HistoryImportPerRowStatements();

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_HISTORY_IMPORTS_H_
