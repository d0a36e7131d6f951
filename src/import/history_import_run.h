#ifndef PLATEWISE_IMPORT_HISTORY_IMPORT_RUN_H_
#define PLATEWISE_IMPORT_HISTORY_IMPORT_RUN_H_

// Writes what a personal-history importer reads (MyFitnessPal, Cronometer,
// Apple Health), one transaction per file, in order, and counts what was
// written into the summary. The files are read twice, streaming, so that no
// pass holds more than a piece of rows (import/history_file.h):
//   1. the check: every file is read, the problems and notes go to the
//      summary, and each file's scope, hash and dates are found; nothing is
//      written, and a file that cannot be read fails the run here;
//   2. the write: for each file, one transaction
//      (HistoryImports::StreamBatch) in which the files are read again and
//      that file's rows written as they are read. A file whose bytes changed
//      since the check fails the run.
// A file that fails leaves the person's data as it was (its transaction
// rolls back); the files before it stay written, and the error names the
// file.

#include <functional>

#include "core/usecases/use_case_context.h"
#include "import/history_file.h"
#include "import/import_summary.h"

namespace platewise {

// A personal-history reader run over its files: problems, notes and the
// files read into `summary`, each file's rows to `put` piece by piece. The
// same files give the same pieces each time it runs.
using HistoryRead = std::function<Status(ImportSummary& summary, const HistoryFileSink& put)>;

Status WriteHistoryFiles(UseCaseContext& ctx, UserId user, const HistoryRead& read, ImportSummary& summary);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_HISTORY_IMPORT_RUN_H_
