#ifndef PLATEWISE_STORAGE_FAULTY_FAULTY_PORTS_H_
#define PLATEWISE_STORAGE_FAULTY_FAULTY_PORTS_H_

// The wrappers of the faulty store: each port forwards to the wrapped
// store's port unless StoreFaults says the call fails.

#include <memory>

#include "storage/faulty/faulty_store.h"

namespace platewise::faulty {

// What each wrapper holds: the wrapped store (shared by all wrappers, kept
// alive by them) and the faults.
struct Shared {
  std::shared_ptr<Store> inner;
  std::shared_ptr<StoreFaults> faults;

  // Runs `call` unless a fault is armed for it; then returns the fault.
  template <typename Call>
  auto Guard(FaultPort port, bool write, Call call) -> decltype(call()) {
    Status fault = faults->Take(port, write);
    if (!fault.ok()) return fault;
    return call();
  }
};

void WrapFoodPorts(const Shared& shared, Store& out);     // faulty_food_ports.cc
void WrapDiaryPorts(const Shared& shared, Store& out);    // faulty_diary_ports.cc
void WrapAccountPorts(const Shared& shared, Store& out);  // faulty_account_ports.cc

}  // namespace platewise::faulty

// In a wrapper method: forward `expr` (a call on the wrapped port) as a read
// or a write of the wrapper's port.
#define PW_FAULTY_READ(expr) return s_.Guard(kPort, false, [&] { return expr; })
#define PW_FAULTY_WRITE(expr) return s_.Guard(kPort, true, [&] { return expr; })

#endif  // PLATEWISE_STORAGE_FAULTY_FAULTY_PORTS_H_
