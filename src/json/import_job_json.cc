#include "json/import_job_json.h"

namespace platewise {

nlohmann::json ImportJobJson(const ImportJob& job) {
  nlohmann::json summary = nullptr;
  if (job.state == ImportJobState::kDone && !job.summary_json.empty()) {
    summary = nlohmann::json::parse(job.summary_json, nullptr, /*allow_exceptions=*/false);
    if (summary.is_discarded()) summary = nullptr;
  }
  return {
      {"id", job.id},
      {"format", job.format},
      {"file_name", job.file_name},
      {"state", ImportJobStateName(job.state)},
      {"progress",
       {{"bytes_read", job.bytes_read},
        {"bytes_total", job.bytes_total},
        {"rows_read", job.rows_read},
        {"rows_written", job.rows_written}}},
      {"summary", summary},
      {"error", job.state == ImportJobState::kFailed ? nlohmann::json(job.error) : nlohmann::json(nullptr)},
  };
}

nlohmann::json ImportJobCreatedJson(const ImportJob& job) {
  return {{"id", job.id}, {"state", ImportJobStateName(job.state)}};
}

}  // namespace platewise
