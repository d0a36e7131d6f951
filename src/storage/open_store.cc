#include "storage/open_store.h"

#include "storage/caching/with_caches.h"
#include "storage/sqlite/sqlite_store.h"

namespace platewise {

Result<std::unique_ptr<Store>> OpenStore(const std::string& location) {
  if (location.empty()) return Status::InvalidArgument("the database location is empty: give the path of a file");
  auto store = OpenSqliteStore(location);
  if (!store.ok()) return store.status();
  return WithCaches(std::move(*store));
}

}  // namespace platewise
