#ifndef PLATEWISE_STORAGE_FAULTY_FAULTY_STORE_H_
#define PLATEWISE_STORAGE_FAULTY_FAULTY_STORE_H_

// A store that wraps another and makes chosen calls fail with the errors a
// real backend gives (a busy database, a full disk, a broken constraint), to
// test what callers do when storage fails. A call that is made to fail
// returns the error without reaching the wrapped store, so it changes
// nothing, as a failed transaction does. Calls that are not armed pass
// through. Thread-safe.
//
//   auto faults = std::make_shared<StoreFaults>();
//   auto store = MakeFaultyStore(std::move(inner), faults);
//   faults->FailNextWrites(DatabaseBusy());            // any port's next write
//   faults->FailNextWritesTo(FaultPort::kDiary, DiskFull(), 2);
//
// Writes are the calls that may change stored rows (Add, Put, Save, Delete,
// Create, Copy, Import, Mark, Set, Count, Clear, Remember, Prune...); reads
// are the others.

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/ports/store.h"
#include "core/status.h"

namespace platewise {

// The errors SQLite's adapter gives for these conditions.
Status DatabaseBusy();      // Unavailable: "database is busy"
Status DiskFull();          // Unavailable: "database or disk is full"
Status ConstraintFailed();  // Conflict: "constraint failed"

// The ports of a Store, to arm faults on one of them.
enum class FaultPort {
  kFoods, kCustomFoods, kDiary, kProfiles, kProfileSettings, kSupplements, kAccounts,
  kWater, kExercise, kWeights, kFavourites, kNotificationReads, kLoginAttempts, kHistoryImports, kImportJobs,
  kSavedMeals,
  kTargetOverrides,
};

class StoreFaults {
 public:
  // The next `count` writes to any port fail with `error` (REQUIRES: not ok).
  void FailNextWrites(Status error, int count = 1);
  // The next `count` writes to `port` fail with `error`.
  void FailNextWritesTo(FaultPort port, Status error, int count = 1);
  // The next `count` reads of any port fail with `error`.
  void FailNextReads(Status error, int count = 1);
  // Disarms everything still armed.
  void Clear();
  // How many calls were made to fail so far.
  int injected() const;

  // For the wrappers: the error a call of `port` must return instead of
  // going through (consuming one armed failure), or Ok.
  Status Take(FaultPort port, bool write);

 private:
  struct Armed {
    std::optional<FaultPort> port;  // nullopt: any port
    bool write = true;
    Status error;
    int remaining = 0;
  };
  mutable std::mutex mutex_;
  std::vector<Armed> armed_;  // the first that matches is used
  int injected_ = 0;
};

// `inner` behind wrappers of every port that consult `faults` first.
std::unique_ptr<Store> MakeFaultyStore(std::unique_ptr<Store> inner, std::shared_ptr<StoreFaults> faults);

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_FAULTY_FAULTY_STORE_H_
