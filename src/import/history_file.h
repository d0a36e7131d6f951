#ifndef PLATEWISE_IMPORT_HISTORY_FILE_H_
#define PLATEWISE_IMPORT_HISTORY_FILE_H_

// What the importers of personal history (MyFitnessPal, Cronometer, Apple
// Health) read a file into: pieces of a HistoryBatch
// (core/ports/history_imports.h) of a bounded number of rows, handed on as
// they are read, so a file of millions of rows needs the memory of a piece.
// A run reads its files twice (import/history_import_run.h): once to check
// them, then again to write each file in one transaction. Reading never
// writes. Also the helpers the three share for cells: numbers, dates and
// meals.

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/meal.h"
#include "core/ports/history_imports.h"
#include "core/status.h"

namespace platewise {

// One piece of a file's rows. A file's pieces come in order; its scope is in
// every piece, and only its last piece (`last`) carries the file's hash.
struct HistoryFile {
  std::string name;  // the file's name, for the summary
  HistoryBatch batch;  // the piece's rows: its entries index its own foods
  bool last = false;
};

// Takes each piece a reader hands on; an error stops the reader.
using HistoryFileSink = std::function<Status(HistoryFile&& piece)>;

// The pieces of one file, as a reader builds them: rows are added, and the
// piece is handed on when it is full, between two rows of the file.
class HistoryPieces {
 public:
  static constexpr std::size_t kRowsPerPiece = 1000;

  HistoryPieces(std::string name, std::string scope, const HistoryFileSink& sink);

  // The index of `food` in the current piece (added once per piece by key),
  // for an entry of the same row.
  std::size_t Food(ImportedFood food);
  void Entry(const ImportedEntry& entry) { piece_.batch.entries.push_back(entry); }
  void Weight(const WeightEntry& weight) { piece_.batch.weights.push_back(weight); }
  void Exercise(const ExerciseEntry& exercise) { piece_.batch.exercises.push_back(exercise); }
  // After each row of the file: hands the piece on when it is full (never
  // between a food and the entry that uses it).
  Status RowDone();
  // The last piece, with the file's hash.
  Status Finish(std::string file_hash);

 private:
  std::size_t Rows() const {
    return piece_.batch.entries.size() + piece_.batch.weights.size() + piece_.batch.exercises.size();
  }
  Status HandOn(bool last);

  HistoryFile piece_;
  const HistoryFileSink& sink_;
  std::map<std::string, std::size_t> food_index_;  // the current piece's foods by key
};

// kg per unit of a weight column whose file names no unit (MyFitnessPal).
enum class WeightUnit { kKilograms, kPounds };
inline constexpr double kKgPerPound = 0.45359237;

struct HistoryReadOptions {
  std::optional<WeightUnit> weight_unit;  // --weight-unit
  // How the person gives the unit when a file needs one, for the message
  // (the CLI's flags by default; the API's import jobs name their parameter).
  std::string weight_unit_hint = "pass --weight-unit kg or --weight-unit lb (or import it with the export's Exercise-Summary)";
};

// A number cell: nullopt for an empty cell (not reported: unknown, never 0);
// InvalidArgument (saying what the text was) for text that is not a finite
// number. Accepts a thousands separator in a quoted cell ("1,000.5").
Result<std::optional<double>> ParseNumberCell(std::string_view text);
// "YYYY-MM-DD"; InvalidArgument naming the text otherwise.
Result<CivilDate> ParseDateCell(std::string_view text);
// The meal of another app's user-defined meal or group name: a name with
// "breakfast", "lunch", "dinner" or "supper" in it is that meal; every other
// ("Snack (1)", "Post-Workout", "Uncategorized") is snacks.
Meal MealOfName(std::string_view name);
// Widens [first, last] (`any`: whether it holds a date yet) to the piece's
// rows' dates.
void WidenDates(const HistoryBatch& piece, bool& any, CivilDate& first, CivilDate& last);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_HISTORY_FILE_H_
