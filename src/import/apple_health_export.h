#ifndef PLATEWISE_IMPORT_APPLE_HEALTH_EXPORT_H_
#define PLATEWISE_IMPORT_APPLE_HEALTH_EXPORT_H_

// Apple Health's export.xml (docs/imports.md): its body mass records become
// weigh-ins. The file can be gigabytes: it is stream-parsed with expat, a
// chunk at a time, and only the weigh-ins are kept. Its internal DTD is
// read with parameter entities off, no external entity is ever loaded, and a
// file that declares an entity is refused (the real DTD declares none).

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "import/history_file.h"
#include "import/import_summary.h"

namespace platewise {

struct AppleHealthOptions {
  // Only records of this sourceName ("Withings", "Ann's iPhone"); all when unset.
  std::optional<std::string> source;
};

// Each path's weights to `put` (import/history_file.h), scope
// "apple-health:body-mass". A day's weigh-in
// is its earliest record (the diary date is the record's wall-clock date in
// its own offset); the other records of a day are counted in a note.
// InvalidArgument naming the file and line for XML that is not well formed,
// a root that is not <HealthData>, or an entity declaration; skipped records
// (units not a mass, values out of range) go to `summary`; the sink's error
// as it is.
Status ReadAppleHealthExport(const std::vector<std::string>& paths, const AppleHealthOptions& options,
                             ImportSummary& summary, const HistoryFileSink& put);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_APPLE_HEALTH_EXPORT_H_
