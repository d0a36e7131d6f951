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

// Which of an owner's rows an import brought, and which files it read: what
// an account export carries so that a restored account re-imports as the
// original would (the same file again is a no-op; a later file replaces the
// rows of its scope, never the ones made in Platewise).
struct ImportProvenance {
  struct Row {
    std::int64_t id = 0;
    std::string scope;
  };
  struct ImportedFoodKey {
    std::string food_id;
    std::string key;  // as stored: scope + "\n" + ImportedFood::key
  };
  struct File {
    std::string scope;
    std::string file_hash;
  };
  std::vector<Row> entries;    // diary entry ids
  std::vector<Row> weights;    // weigh-in ids
  std::vector<Row> exercises;  // exercise entry ids
  std::vector<ImportedFoodKey> foods;
  std::vector<File> files;
  bool empty() const { return entries.empty() && weights.empty() && exercises.empty() && foods.empty() && files.empty(); }
};

// The NotFound of RestoreProvenance for a row that is not the owner's, the
// same words on every store: "no diary entry with id 12".
inline Status NoSuchRow(const char* what, std::int64_t id) {
  return Status::NotFound(std::string("no ") + what + " with id " + std::to_string(id));
}
inline Status NoSuchRow(const char* what, const std::string& id) {
  return Status::NotFound(std::string("no ") + what + " with id " + id);
}

class HistoryImports {
 public:
  virtual ~HistoryImports() = default;
  // Writes the batch for `owner` as described above, all or nothing.
  // Conflict when the account does not exist.
  virtual Result<HistoryWrite> WriteBatch(UserId owner, const HistoryBatch& batch) = 0;
  // The owner's imported rows and files, each list in id (files: scope,
  // hash) order.
  virtual Result<ImportProvenance> ListProvenance(UserId owner) = 0;
  // Marks rows the owner already has as imported, and records the files, all
  // or nothing: the restore of an export's ImportProvenance (ids already
  // mapped to the restored rows). NotFound, changing nothing, when a row is
  // not the owner's. A file already recorded stays recorded once.
  virtual Status RestoreProvenance(UserId owner, const ImportProvenance& provenance) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_HISTORY_IMPORTS_H_
