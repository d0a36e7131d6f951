#ifndef PLATEWISE_IMPORT_HISTORY_IMPORT_RUN_H_
#define PLATEWISE_IMPORT_HISTORY_IMPORT_RUN_H_

// Writes the files a personal-history importer read (MyFitnessPal,
// Cronometer, Apple Health), one transaction each, in order, and counts
// what was written into the summary. A file that fails leaves the person's
// data as it was (its transaction rolls back); the files before it stay
// written, and the error names the file.

#include <vector>

#include "core/usecases/use_case_context.h"
#include "import/history_file.h"
#include "import/import_summary.h"

namespace platewise {

Status WriteHistoryFiles(UseCaseContext& ctx, UserId user, std::vector<HistoryFile> files, ImportSummary& summary);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_HISTORY_IMPORT_RUN_H_
