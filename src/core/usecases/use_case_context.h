#ifndef PLATEWISE_CORE_USECASES_USE_CASE_CONTEXT_H_
#define PLATEWISE_CORE_USECASES_USE_CASE_CONTEXT_H_

// What every use case works with: the store's ports, the clock and the
// search index's updates. Front ends (http/, cli/) build one and call the
// use cases of core/usecases/; they parse and render, nothing more.

#include "core/ports/clock.h"
#include "core/ports/food_index_updates.h"
#include "core/ports/store.h"

namespace platewise {

struct UseCaseContext {
  Store& store;
  Clock& clock;
  FoodIndexUpdates& index;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_USE_CASE_CONTEXT_H_
