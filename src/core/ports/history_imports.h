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
#include <functional>
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

// What a file streamed to the store (HistoryImports::StreamBatch) is, its
// rows aside: the batch's scope, hash and dates as HistoryBatch says, and
// whether it has rows at all (a file without rows replaces nothing).
struct HistoryFileInfo {
  std::string scope;
  std::string file_hash;
  bool has_rows = false;
  CivilDate first;  // REQUIRES: first <= last when has_rows
  CivilDate last;
};

// Takes one piece of a file's rows (a HistoryBatch whose scope, hash and
// dates are ignored; its entries index its own foods) and gives the piece's
// foods as stored (ids assigned), in the piece's order. An error stops the
// write.
using HistoryPieceSink = std::function<Result<std::vector<Food>>(const HistoryBatch& piece)>;
// Hands every row of one file to the sink, piece by piece (a reader running
// over the file). An error it returns, or one the sink returned, fails the
// write.
using HistoryFeed = std::function<Status(const HistoryPieceSink& put)>;

struct HistoryWrite {
  bool unchanged = false;  // this exact file was written before: nothing was
  std::int64_t entries = 0;
  std::int64_t weights = 0;
  std::int64_t exercises = 0;
  std::int64_t foods_created = 0;  // foods new to the store (the others were reused)
  // Dates whose weigh-in the person made in Platewise or another scope
  // brought: kept, so the batch's weigh-in of that date was not written.
  std::vector<CivilDate> weights_kept;
  // WriteBatch only: the foods of the batch as stored (ids assigned), in the
  // batch's order. (A stream's sink gives each piece's.)
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
  // Writes one file for `owner` as described above, all or nothing, in one
  // transaction in which `feed` hands its rows over piece by piece, so a
  // file of millions of rows holds one piece in memory: the scope's rows in
  // the file's dates are removed first, then each piece's foods (the one
  // stored under the same key, else a new one) and rows are written. When
  // the file was written before, `feed` is not called (unchanged). Conflict
  // when the account does not exist; InvalidArgument when an entry names no
  // food of its piece.
  virtual Result<HistoryWrite> StreamBatch(UserId owner, const HistoryFileInfo& info, const HistoryFeed& feed) = 0;
  // StreamBatch of a batch held whole, as one piece.
  Result<HistoryWrite> WriteBatch(UserId owner, const HistoryBatch& batch);
  // The owner's imported rows and files, each list in id (files: scope,
  // hash) order.
  virtual Result<ImportProvenance> ListProvenance(UserId owner) = 0;
  // Marks rows the owner already has as imported, and records the files, all
  // or nothing: the restore of an export's ImportProvenance (ids already
  // mapped to the restored rows). NotFound, changing nothing, when a row is
  // not the owner's. A file already recorded stays recorded once.
  virtual Status RestoreProvenance(UserId owner, const ImportProvenance& provenance) = 0;
};

inline Result<HistoryWrite> HistoryImports::WriteBatch(UserId owner, const HistoryBatch& batch) {
  const bool has_rows = !batch.entries.empty() || !batch.weights.empty() || !batch.exercises.empty();
  std::vector<Food> foods;
  auto written = StreamBatch(owner, {batch.scope, batch.file_hash, has_rows, batch.first, batch.last},
                             [&](const HistoryPieceSink& put) -> Status {
                               auto stored = put(batch);
                               if (!stored.ok()) return stored.status();
                               foods = std::move(*stored);
                               return Status::Ok();
                             });
  if (written.ok()) written->foods = std::move(foods);
  return written;
}

// Whether every entry of `piece` names a food of it; the stores' check.
inline Status CheckPieceFoods(const HistoryBatch& piece) {
  for (const ImportedEntry& e : piece.entries) {
    if (e.food >= piece.foods.size()) return Status::InvalidArgument("an imported entry names no food of its batch");
  }
  return Status::Ok();
}

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_HISTORY_IMPORTS_H_
