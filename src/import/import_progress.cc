#include "import/import_progress.h"

namespace platewise {
namespace {

thread_local ImportProgressSink current_sink;

}  // namespace

ScopedImportProgress::ScopedImportProgress(ImportProgressSink sink) : previous_(std::move(current_sink)) {
  current_sink = std::move(sink);
}

ScopedImportProgress::~ScopedImportProgress() { current_sink = std::move(previous_); }

void ReportImportProgress(const ImportProgress& progress) {
  if (current_sink) current_sink(progress);
}

}  // namespace platewise
