#ifndef PLATEWISE_CORE_PORTS_HISTORY_IMPORTS_H_
#define PLATEWISE_CORE_PORTS_HISTORY_IMPORTS_H_

// Where a person's history from another tracker (MyFitnessPal, Cronometer,
// Apple Health: src/import/) is written: one file as one batch, in one
// transaction, so a file either lands whole or changes nothing.
//
// Other trackers export no ids for diary rows, so a re-import replaces by
// scope (docs/imports.md): the rows a file brings are tagged with its scope
// ("mfp:nutrition", "cronometer:servings", ...), and writing a batch first
// removes the owner's rows of that scope dated within the batch's date range,
// then inserts the batch's rows. Importing one file twice therefore leaves the
// same rows, a later export that overlaps an earlier one counts the overlap
// once, and rows the person made in Platewise (no scope) are never touched.

#include <cstdint>
#include <string>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/diary_entry.h"
#include "core/food/food.h"
#include "core/ports/log_repositories.h"
#include "core/status.h"

namespace platewise {

// A private food a batch's entries refer to. `key` identifies it among the
// owner's imported foods of the scope (its name, unit and nutrients), so the
// same food from the next import is the one stored before, not a copy.
struct ImportedFood {
  std::string key;
  Food food;  // food.id ignored: the store assigns it (as for custom foods)
};

// A diary entry of a batch; `food` indexes the batch's foods.
struct ImportedEntry {
  CivilDate date;
  Meal meal = Meal::kSnacks;
  std::size_t food = 0;
  Grams grams;  // REQUIRES: > 0
  std::string amount_text;
};

struct HistoryBatch {
  std::string scope;      // "format:kind", e.g. "mfp:nutrition"; REQUIRES: non-empty
  std::string file_hash;  // of the file's bytes: the same hash again is a no-op
  // The dates the file covers (its first to last row's date): the owner's
  // rows of this scope in the range are replaced. REQUIRES: first <= last
  // when the batch has rows; a batch without rows replaces nothing.
  CivilDate first;
  CivilDate last;
  std::vector<ImportedFood> foods;
  std::vector<ImportedEntry> entries;
  std::vector<WeightEntry> weights;      // at most one per date; id ignored
  std::vector<ExerciseEntry> exercises;  // id ignored
};

struct HistoryWrite {
  bool unchanged = false;  // this exact file was written before: nothing was
  std::int64_t entries = 0;
  std::int64_t weights = 0;
  std::int64_t exercises = 0;
  std::int64_t foods_created = 0;  // foods new to the store (the others were reused)
  // Dates whose weigh-in the person made in Platewise or another scope
  // brought: kept, so the batch's weigh-in of that date was not written.
  std::vector<CivilDate> weights_kept;
  // The foods of the batch as stored (ids assigned), in the batch's order.
  std::vector<Food> foods;
};

class HistoryImports {
 public:
  virtual ~HistoryImports() = default;
  // Writes the batch for `owner` as described above, all or nothing.
  // Conflict when the account does not exist.
  virtual Result<HistoryWrite> WriteBatch(UserId owner, const HistoryBatch& batch) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_HISTORY_IMPORTS_H_
