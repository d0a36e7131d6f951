#ifndef PLATEWISE_IMPORT_IMPORT_PROGRESS_H_
#define PLATEWISE_IMPORT_IMPORT_PROGRESS_H_

// How far an import run has read, for a progress bar: the readers report the
// bytes of the file they are reading as they read it (ExportLines, the Apple
// Health parser), to the sink the thread that runs the import has set. No
// sink (the default) costs one check per 64 KiB read.

#include <cstdint>
#include <functional>
#include <string>

namespace platewise {

struct ImportProgress {
  std::string file;             // the file's name (no folder)
  std::int64_t bytes_read = 0;  // of the file as stored (compressed bytes of a .gz)
  std::int64_t bytes_total = 0; // the file's size; 0 when unknown
  std::int64_t lines = 0;       // lines (rows) read so far of this file
};

using ImportProgressSink = std::function<void(const ImportProgress&)>;

// Sets the calling thread's sink for its lifetime (restoring the one before).
class ScopedImportProgress {
 public:
  explicit ScopedImportProgress(ImportProgressSink sink);
  ~ScopedImportProgress();
  ScopedImportProgress(const ScopedImportProgress&) = delete;
  ScopedImportProgress& operator=(const ScopedImportProgress&) = delete;

 private:
  ImportProgressSink previous_;
};

// Tells the calling thread's sink, if it has one.
void ReportImportProgress(const ImportProgress& progress);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_IMPORT_PROGRESS_H_
