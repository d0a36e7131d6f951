#ifndef PLATEWISE_STORAGE_CACHING_WITH_CACHES_H_
#define PLATEWISE_STORAGE_CACHING_WITH_CACHES_H_

// The caches of storage/caching/ put in front of any store's ports: foods,
// credentials, profiles and diary days (docs/architecture.md, "Caches").
// Each is checked against the store's own version stamps (DataVersions), so
// it is right for any number of processes on the same data: never stale for
// the process that wrote, at most `stamp_refresh` for the others.

#include <chrono>
#include <memory>

#include "core/ports/store.h"

namespace platewise {

struct CacheOptions {
  // How long a known stamp is used before it is read from the store again
  // (zero: read on every cached read). Bounds how late this process sees
  // another process's write.
  std::chrono::milliseconds stamp_refresh{100};
};

// A store that answers the cached reads from memory and passes everything
// else to `inner`. A store without DataVersions is returned as it is.
std::unique_ptr<Store> WithCaches(std::unique_ptr<Store> inner, CacheOptions options = {});

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_CACHING_WITH_CACHES_H_
