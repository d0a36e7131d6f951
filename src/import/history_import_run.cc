#include "import/history_import_run.h"

#include <set>

#include "core/usecases/history_import.h"

namespace platewise {

namespace {

// What the check learns of one file.
struct CheckedFile {
  std::string name;
  HistoryFileInfo info;
  std::set<CivilDate> entry_days;  // the days its entries are on
};

}  // namespace

Status WriteHistoryFiles(UseCaseContext& ctx, UserId user, const HistoryRead& read, ImportSummary& summary) {
  // 1. The check.
  std::vector<CheckedFile> files;
  bool reading = false;  // inside a file: its last piece is still to come
  bool any_date = false;
  PW_RETURN_IF_ERROR(read(summary, [&](HistoryFile&& piece) {
    if (!reading) {
      files.push_back({piece.name, {piece.batch.scope, "", false, {}, {}}, {}});
      reading = true;
      any_date = false;
    }
    CheckedFile& f = files.back();
    WidenDates(piece.batch, any_date, f.info.first, f.info.last);
    for (const ImportedEntry& e : piece.batch.entries) f.entry_days.insert(e.date);
    if (piece.last) {
      f.info.file_hash = piece.batch.file_hash;
      f.info.has_rows = any_date;
      reading = false;
    }
    return Status::Ok();
  }));
  // 2. The write, a transaction per file.
  std::set<CivilDate> days;
  for (std::size_t k = 0; k < files.size(); ++k) {
    const CheckedFile& f = files[k];
    auto written = WriteImportedHistory(ctx, user, f.info, [&](const HistoryPieceSink& put) -> Status {
      ImportSummary again;  // the check's problems and notes are the ones to report
      std::size_t file = 0;  // of the piece read
      return read(again, [&](HistoryFile&& piece) -> Status {
        const std::size_t of = file;
        if (piece.last) ++file;
        if (of != k) return Status::Ok();
        if (piece.last && piece.batch.file_hash != f.info.file_hash) {
          return Status::Conflict("the file changed while it was imported: import it again once it is complete");
        }
        return put(piece.batch).status();
      });
    });
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
    if (w.entries > 0) days.insert(f.entry_days.begin(), f.entry_days.end());
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
