#include "import/history_import_run.h"

#include <set>

#include "core/usecases/history_import.h"

namespace platewise {

Status WriteHistoryFiles(UseCaseContext& ctx, UserId user, std::vector<HistoryFile> files, ImportSummary& summary) {
  std::set<CivilDate> days;
  for (HistoryFile& f : files) {
    std::set<CivilDate> file_days;
    for (const ImportedEntry& e : f.batch.entries) file_days.insert(e.date);
    auto written = WriteImportedHistory(ctx, user, std::move(f.batch));
    if (!written.ok()) {
      return written.status().WithContext(f.name + " was not imported (nothing of it was written): ");
    }
    const HistoryWrite& w = written->write;
    if (w.unchanged) {
      summary.unchanged_files.push_back(f.name);
      continue;
    }
    summary.entries += w.entries;
    summary.weights += w.weights;
    summary.exercises += w.exercises;
    summary.foods += w.foods_created;
    if (w.entries > 0) days.insert(file_days.begin(), file_days.end());
    for (const CivilDate& d : w.weights_kept) {
      summary.Skip(f.name, 0, "the weigh-in of " + d.ToString() + " already in Platewise is kept");
    }
    for (const CivilDate& d : written->future_weights) {
      summary.Skip(f.name, 0, "the weigh-in of " + d.ToString() + " is after today");
    }
    if (written->profile_weight_updated) {
      summary.notes.push_back(f.name + ": the profile's weight is now the newest weigh-in's, and so is the budget");
    }
  }
  summary.days += static_cast<std::int64_t>(days.size());
  return Status::Ok();
}

}  // namespace platewise
