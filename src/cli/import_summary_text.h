#ifndef PLATEWISE_CLI_IMPORT_SUMMARY_TEXT_H_
#define PLATEWISE_CLI_IMPORT_SUMMARY_TEXT_H_

// An import run's summary as `platewise import FORMAT` prints it without
// --json: a sentence of counts, then the notes and up to 100 skipped rows
// with their reasons.

#include <ostream>

#include "import/import_summary.h"

namespace platewise::cli {

void PrintImportSummary(std::ostream& out, const ImportSummary& s);

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_IMPORT_SUMMARY_TEXT_H_
