#ifndef PLATEWISE_STORAGE_MEMORY_MEMORY_STORE_H_
#define PLATEWISE_STORAGE_MEMORY_MEMORY_STORE_H_

// A store that keeps everything in memory, for tests that need the ports'
// behaviour without a file. It keeps exactly the contracts of the port
// headers (checked by the conformance suite, storage/conformance/, against
// the SQLite store too) and nothing is kept when it goes away. Thread-safe:
// one mutex guards all of its tables. No caches.

#include <memory>

#include "core/ports/store.h"
#include "core/status.h"

namespace platewise {

// A fresh store: no food, and only the local user (kLocalUser).
Result<std::unique_ptr<Store>> OpenMemoryStore();

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_MEMORY_MEMORY_STORE_H_
