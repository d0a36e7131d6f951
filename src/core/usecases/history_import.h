#ifndef PLATEWISE_CORE_USECASES_HISTORY_IMPORT_H_
#define PLATEWISE_CORE_USECASES_HISTORY_IMPORT_H_

// Writing one file of a person's imported history (core/ports/
// history_imports.h) with the rules every write of the diary follows: no
// weigh-in in the future (the person's today), the profile's weight follows
// the newest weigh-in, and the search learns the new foods and logs.

#include <vector>

#include "core/ports/history_imports.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

struct ImportedHistory {
  HistoryWrite write;
  std::vector<CivilDate> future_weights;  // left out: after the person's today
  bool profile_weight_updated = false;
};

// One file, described by `info`, whose rows `feed` hands over piece by piece
// (HistoryImports::StreamBatch). The weigh-ins after the person's today are
// left out of each piece; the search learns the file's foods and logs once
// the file is written.
Result<ImportedHistory> WriteImportedHistory(UseCaseContext& ctx, UserId user, const HistoryFileInfo& info,
                                             const HistoryFeed& feed);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_HISTORY_IMPORT_H_
