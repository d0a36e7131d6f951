#ifndef PLATEWISE_JSON_IMPORT_SUMMARY_JSON_H_
#define PLATEWISE_JSON_IMPORT_SUMMARY_JSON_H_

// The JSON of an import run's summary (import/import_summary.h): the object
// `platewise import FORMAT PATH... --json` prints and an import job reports.
// Keys: format, files, days, entries, weights, exercises, foods, skipped,
// problems [{file, line, reason}], unchanged_files, notes.

#include <nlohmann/json.hpp>

#include "import/import_summary.h"

namespace platewise {

nlohmann::json ImportSummaryJson(const ImportSummary& summary);

}  // namespace platewise

#endif  // PLATEWISE_JSON_IMPORT_SUMMARY_JSON_H_
