#include "storage/store.h"

#include <filesystem>
#include <system_error>

#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlite_diary_repository.h"
#include "storage/sqlite/sqlite_food_repository.h"
#include "storage/sqlite/sqlite_supplement_repository.h"

namespace platewise {

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(parent, ec);
    if (ec) return Status::Unavailable("cannot create folder " + parent.string() + ": " + ec.message());
  }
  auto db = sqlite::Database::Open(path);
  if (!db.ok()) return db.status();
  PW_RETURN_IF_ERROR(sqlite::Migrate(*db));
  auto conn = std::make_shared<sqlite::SqliteConnection>(std::move(*db));
  auto store = std::make_unique<Store>();
  store->foods = std::make_unique<sqlite::SqliteFoodRepository>(conn);
  store->diary = std::make_unique<sqlite::SqliteDiaryRepository>(conn);
  store->profiles = std::make_unique<sqlite::SqliteProfileRepository>(conn);
  store->supplements = std::make_unique<sqlite::SqliteSupplementRepository>(conn);
  return store;
}

}  // namespace platewise
