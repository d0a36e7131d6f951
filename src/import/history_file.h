#ifndef PLATEWISE_IMPORT_HISTORY_FILE_H_
#define PLATEWISE_IMPORT_HISTORY_FILE_H_

// What the importers of personal history (MyFitnessPal, Cronometer, Apple
// Health) read a file into: one HistoryBatch (core/ports/history_imports.h)
// per file, written later in one transaction each. Reading never writes:
// every file of a run is read (and checked) before the first is written.
// Also the helpers the three share for cells: numbers, dates and meals.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/meal.h"
#include "core/ports/history_imports.h"
#include "core/status.h"

namespace platewise {

struct HistoryFile {
  std::string name;  // the file's name, for the summary
  HistoryBatch batch;
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
// Sets the batch's first and last date from its rows' dates.
void SetBatchDates(HistoryBatch& batch);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_HISTORY_FILE_H_
