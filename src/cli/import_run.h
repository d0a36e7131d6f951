#ifndef PLATEWISE_CLI_IMPORT_RUN_H_
#define PLATEWISE_CLI_IMPORT_RUN_H_

// What every `platewise import FORMAT PATH...` does around its reader:
// ZIPs among the paths expanded to the members the format reads
// (import/zip_archive.h), a progress bar on a terminal while reading, and
// the summary printed at the end (its JSON with --json, else text).

#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/app_context.h"
#include "cli/import_progress_bar.h"
#include "cli/import_summary_text.h"
#include "import/import_progress.h"
#include "import/zip_archive.h"
#include "json/import_summary_json.h"

namespace platewise::cli {

// Reads `paths` with `read(paths)`, which returns a Result; the ZIPs'
// members are extracted first and deleted when the read is done. Any error
// says that nothing was imported.
template <typename Read>
auto ReadImportFiles(const std::vector<std::string>& paths, const ZipMemberFilter& zip_members, Read read)
    -> decltype(read(paths)) {
  auto unzipped = ZipFiles::Expand(paths, zip_members, /*as_folder=*/false);
  if (!unzipped.ok()) return unzipped.status().WithContext("nothing was imported: ");
  ImportProgressBar bar(std::cerr);
  decltype(read(paths)) result = Status::Internal("not read");
  {
    ScopedImportProgress progress(isatty(STDERR_FILENO)
                                      ? ImportProgressSink([&](const ImportProgress& p) { bar.Show(p); })
                                      : ImportProgressSink());
    result = read((*unzipped)->paths());
  }
  bar.Finish();
  if (!result.ok()) return result.status().WithContext("nothing was imported: ");
  return result;
}

inline void PrintImportResult(AppContext& ctx, const ImportSummary& summary) {
  if (ctx.args().Has("json")) {
    ctx.out() << ImportSummaryJson(summary).dump(2) << "\n";
  } else {
    PrintImportSummary(ctx.out(), summary);
  }
}

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_IMPORT_RUN_H_
