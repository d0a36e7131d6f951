#ifndef PLATEWISE_STORAGE_STORE_H_
#define PLATEWISE_STORAGE_STORE_H_

// The one entry point to persistence: opens a store and hands out its
// repositories as the core's ports. Nothing backend-specific is visible here,
// so callers cannot depend on SQLite (and, later, PostgreSQL) details.

#include <memory>
#include <string>

#include "core/ports/diary_repository.h"
#include "core/ports/food_repository.h"
#include "core/ports/profile_repository.h"
#include "core/ports/supplement_repository.h"
#include "core/status.h"

namespace platewise {

struct Store {
  std::unique_ptr<FoodRepository> foods;
  std::unique_ptr<DiaryRepository> diary;
  std::unique_ptr<ProfileRepository> profiles;
  std::unique_ptr<SupplementRepository> supplements;
};

// Opens the embedded database file at `path` (created, with its parent
// folder, when missing) and migrates its schema.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_STORE_H_
