#ifndef PLATEWISE_IMPORT_CRONOMETER_EXPORT_H_
#define PLATEWISE_IMPORT_CRONOMETER_EXPORT_H_

// Cronometer's "Export Data" files (docs/imports.md), each known by its
// header: servings.csv (each distinct food a private custom food of the
// person, with the nutrients as exported; each row an entry),
// dailysummary.csv (a day's totals, taken only for days that servings.csv of
// the same import does not have: both would count the day twice),
// biometrics.csv (weights, converted by each row's own unit), exercises.csv
// (Calories Burned is negative) and notes.csv (not imported: Platewise keeps
// no diary notes; the summary says so).

#include <string>
#include <vector>

#include "import/history_file.h"
#include "import/import_summary.h"

namespace platewise {

// Reads the files, handing each file's rows to `put` piece by piece
// (import/history_file.h). InvalidArgument naming the file (and line) for a
// file that is none of the five, lacks a column or is not UTF-8; the sink's
// error as it is.
Status ReadCronometerExport(const std::vector<std::string>& paths, ImportSummary& summary, const HistoryFileSink& put);

// What the amount text of a serving says: "150 g", "2 x 1 cup", "1 large".
struct ServingAmount {
  double quantity = 1;             // the leading number (1 when there is none)
  std::string unit;                // the rest ("cup", "large"); "serving" when empty
  std::optional<double> grams;     // the whole serving's grams, for a mass unit (g, kg, oz, lb)
};
ServingAmount ParseServingAmount(std::string_view text);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_CRONOMETER_EXPORT_H_
