#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_TARGET_OVERRIDES_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_TARGET_OVERRIDES_H_

#include <memory>

#include "core/ports/nutrient_target_overrides.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

// The table nutrient_target_overrides (SQLite migration 18).
class SqliteTargetOverrides final : public NutrientTargetOverrides {
 public:
  explicit SqliteTargetOverrides(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<std::vector<TargetOverride>> List(UserId owner) override;
  Status Put(UserId owner, const TargetOverride& o) override;
  Result<bool> Remove(UserId owner, const std::string& key) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_TARGET_OVERRIDES_H_
