// The statements a history import runs once per row or per food are planned
// by SQLite as lookups by index. Defect: two of them scanned a table per
// row (the custom food counter read every custom id; the removal of unused
// imported foods read every diary entry per food), so a 34,000-row
// MyFitnessPal import took minutes instead of seconds.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "storage/sqlite/sqlite_history_imports.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

// Every step of the plan of `sql` (EXPLAIN QUERY PLAN's detail column).
std::vector<std::string> PlanOf(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  std::vector<std::string> steps;
  if (sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sqlite3_errmsg(db) << ": " << sql;
    return steps;
  }
  while (sqlite3_step(stmt) == SQLITE_ROW) steps.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)));
  sqlite3_finalize(stmt);
  return steps;
}

TEST(HistoryImportPlansTest, EveryPerRowStatementLooksUpByIndexAndScansNoTable) {
  testing::TempDir dir;
  {
    auto store = OpenSqliteStore(dir.File("pw.db"));  // the schema, every migration applied
    ASSERT_TRUE(store.ok()) << store.status().message();
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir.File("pw.db").c_str(), &db), SQLITE_OK);
  for (const char* sql : sqlite::HistoryImportPerRowStatements()) {
    for (const std::string& step : PlanOf(db, sql)) {
      EXPECT_NE(step.rfind("SCAN", 0), 0u) << "a scan in the plan of: " << sql << "\n  " << step;
    }
  }
  sqlite3_close(db);
}

}  // namespace
}  // namespace platewise
