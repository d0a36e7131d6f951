#include "json/import_summary_json.h"

namespace platewise {

nlohmann::json ImportSummaryJson(const ImportSummary& summary) {
  nlohmann::json problems = nlohmann::json::array();
  for (const ImportProblem& p : summary.problems) {
    problems.push_back({{"file", p.file}, {"line", p.line}, {"reason", p.reason}});
  }
  return {{"format", summary.format},   {"files", summary.files},
          {"days", summary.days},       {"entries", summary.entries},
          {"weights", summary.weights}, {"exercises", summary.exercises},
          {"foods", summary.foods},     {"skipped", summary.skipped},
          {"problems", problems},       {"unchanged_files", summary.unchanged_files},
          {"notes", summary.notes}};
}

}  // namespace platewise
