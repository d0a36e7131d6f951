#include "cli/import_summary_text.h"

namespace platewise::cli {

void PrintImportSummary(std::ostream& out, const ImportSummary& s) {
  out << "Imported " << CountOf(static_cast<std::int64_t>(s.files.size()), "file", "files") << ": ";
  if (s.format == "fdc" || s.format == "off") {
    out << CountOf(s.foods, "shared food", "shared foods") << " written";
  } else {
    out << CountOf(s.entries, "diary entry", "diary entries") << " on " << CountOf(s.days, "day", "days") << ", "
        << CountOf(s.weights, "weight", "weights") << ", " << CountOf(s.exercises, "exercise", "exercises") << ", "
        << CountOf(s.foods, "new food", "new foods");
  }
  out << "; " << CountOf(s.skipped, "row", "rows") << " skipped.\n";
  for (const std::string& f : s.unchanged_files) out << f << ": imported before, unchanged: nothing written.\n";
  for (const std::string& n : s.notes) out << "note: " << n << "\n";
  for (const ImportProblem& p : s.problems) {
    out << "skipped: " << p.file;
    if (p.line > 0) out << ":" << p.line;
    out << ": " << p.reason << "\n";
  }
  if (s.skipped > static_cast<std::int64_t>(s.problems.size())) {
    out << "(" << s.skipped - static_cast<std::int64_t>(s.problems.size()) << " more rows skipped)\n";
  }
}

}  // namespace platewise::cli
