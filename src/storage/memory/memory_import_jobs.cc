// ImportJobs in memory: the jobs by id, each with its owner.

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

Status NoJob(std::int64_t id) { return Status::NotFound("no import job " + std::to_string(id)); }

bool Unfinished(const ImportJob& job) {
  return job.state == ImportJobState::kQueued || job.state == ImportJobState::kRunning;
}

class MemoryImportJobs final : public ImportJobs {
 public:
  explicit MemoryImportJobs(State state) : s_(std::move(state)) {}

  Result<ImportJob> Create(UserId owner, const ImportJob& job, std::int64_t now) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    ImportJob stored;
    stored.id = s_->next_import_job++;
    stored.owner = owner;
    stored.format = job.format;
    stored.file_name = job.file_name;
    stored.bytes_total = job.bytes_total;
    stored.created_at = now;
    stored.heartbeat_at = now;
    s_->import_jobs[stored.id] = stored;
    return stored;
  }

  Result<ImportJob> Get(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->import_jobs.find(id);
    if (it == s_->import_jobs.end() || it->second.owner != owner) return NoJob(id);
    return it->second;
  }

  Status Update(const ImportJob& job, std::int64_t now) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->import_jobs.find(job.id);
    if (it == s_->import_jobs.end() || it->second.owner != job.owner) return NoJob(job.id);
    ImportJob& stored = it->second;
    stored.state = job.state;
    stored.bytes_read = job.bytes_read;
    stored.rows_read = job.rows_read;
    stored.rows_written = job.rows_written;
    stored.summary_json = job.summary_json;
    stored.error = job.error;
    stored.heartbeat_at = now;
    return Status::Ok();
  }

  Status Heartbeat(UserId owner, std::int64_t id, std::int64_t now) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->import_jobs.find(id);
    if (it != s_->import_jobs.end() && it->second.owner == owner && Unfinished(it->second)) {
      it->second.heartbeat_at = now;
    }
    return Status::Ok();
  }

  Result<std::int64_t> FailStale(std::int64_t heartbeat_before, const std::string& error) override {
    std::lock_guard lock(s_->mutex);
    std::int64_t failed = 0;
    for (auto& [id, job] : s_->import_jobs) {
      if (!Unfinished(job) || job.heartbeat_at >= heartbeat_before) continue;
      job.state = ImportJobState::kFailed;
      job.error = error;
      ++failed;
    }
    return failed;
  }

 private:
  State s_;
};

}  // namespace

std::unique_ptr<ImportJobs> MakeImportJobs(State state) { return std::make_unique<MemoryImportJobs>(std::move(state)); }

}  // namespace platewise::memory
