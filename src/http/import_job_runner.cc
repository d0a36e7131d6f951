#include "http/import_job_runner.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "import/history_import_run.h"
#include "import/import_progress.h"
#include "import/zip_archive.h"
#include "json/import_summary_json.h"

namespace platewise::http {
namespace {

std::string ErrnoText() { return std::strerror(errno); }

// Removes the job's file and folder (what is left of them).
void RemoveJobFiles(const std::string& path, const std::string& dir) {
  if (!path.empty()) std::remove(path.c_str());
  if (!dir.empty()) ::rmdir(dir.c_str());
}

}  // namespace

ImportJobRunner::ImportJobRunner(UseCaseContext& ctx, ImportJobRunnerOptions options)
    : ctx_(ctx), options_(std::move(options)) {}

ImportJobRunner::~ImportJobRunner() {
  std::deque<Work> left;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    left.swap(queue_);
  }
  wake_.notify_all();
  for (Work& work : left) {
    work.job.state = ImportJobState::kFailed;
    work.job.error = kServerStoppedError;
    (void)ctx_.store.import_jobs->Update(work.job, Now());
    RemoveJobFiles(work.path, work.dir);
  }
  if (worker_.joinable()) worker_.join();
  if (heart_.joinable()) heart_.join();
  ::rmdir(options_.folder.c_str());  // empty by now; left alone if not
}

Status ImportJobRunner::Start() {
  if (::mkdir(options_.folder.c_str(), 0700) != 0 && errno != EEXIST) {
    return Status::Unavailable("cannot make the import folder " + options_.folder + ": " + ErrnoText());
  }
  ::chmod(options_.folder.c_str(), 0700);
  // Not fatal: a server on a read-only database still serves (and fails
  // those jobs when they are read, or when a server that can write starts).
  auto failed = ctx_.store.import_jobs->FailStale(Now() - options_.stale_after.count(), kServerStoppedError);
  if (!failed.ok()) {
    std::cerr << ("platewise: could not fail the import jobs of stopped servers: " + failed.status().message() + "\n");
  }
  worker_ = std::thread([this] { WorkLoop(); });
  heart_ = std::thread([this] { HeartbeatLoop(); });
  return Status::Ok();
}

Result<ImportJob> ImportJobRunner::Submit(UserId owner, const ImportFormat& format, const ImportFormatOptions& options,
                                          const std::string& file_name, const std::string& upload_path) {
  struct stat st {};
  if (::stat(upload_path.c_str(), &st) != 0) return Status::Internal("the uploaded file is gone: " + ErrnoText());
  ImportJob job;
  job.format = format.name;
  job.file_name = file_name;
  job.bytes_total = static_cast<std::int64_t>(st.st_size);
  auto created = ctx_.store.import_jobs->Create(owner, job, Now());
  if (!created.ok()) return created.status();
  Work work;
  work.job = *created;
  work.format = &format;
  work.options = options;
  work.dir = options_.folder + "/job-" + std::to_string(created->id);
  work.path = work.dir + "/" + file_name;  // the name the summary shows
  if (::mkdir(work.dir.c_str(), 0700) != 0 || std::rename(upload_path.c_str(), work.path.c_str()) != 0) {
    const std::string why = ErrnoText();
    RemoveJobFiles(work.path, work.dir);
    work.job.state = ImportJobState::kFailed;
    work.job.error = "the server could not keep the file: " + why;
    (void)ctx_.store.import_jobs->Update(work.job, Now());
    return Status::Unavailable("the server could not keep the file: " + why);
  }
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(work));
  }
  wake_.notify_all();
  return *created;
}

Result<ImportJob> ImportJobRunner::Get(UserId owner, std::int64_t id) {
  auto job = ctx_.store.import_jobs->Get(owner, id);
  if (!job.ok()) return job.status();
  const bool unfinished = job->state == ImportJobState::kQueued || job->state == ImportJobState::kRunning;
  const std::int64_t stale_before = Now() - options_.stale_after.count();
  if (!unfinished || job->heartbeat_at >= stale_before) return job;
  auto failed = ctx_.store.import_jobs->FailStale(stale_before, kServerStoppedError);
  if (!failed.ok()) return failed.status();
  return ctx_.store.import_jobs->Get(owner, id);
}

void ImportJobRunner::WorkLoop() {
  while (true) {
    Work work;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      work = std::move(queue_.front());
      queue_.pop_front();
      running_ = work.job;
    }
    RunJob(work);
    RemoveJobFiles(work.path, work.dir);
    std::lock_guard lock(mutex_);
    running_.reset();
  }
}

// Every job the runner holds gets a heartbeat; a failed write is tried
// again at the next beat (the job goes stale only after many misses).
void ImportJobRunner::HeartbeatLoop() {
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, options_.heartbeat, [this] { return stopping_; })) {
    std::vector<ImportJob> held;
    if (running_) held.push_back(*running_);
    for (const Work& work : queue_) held.push_back(work.job);
    lock.unlock();
    for (const ImportJob& job : held) (void)ctx_.store.import_jobs->Heartbeat(job.owner, job.id, Now());
    lock.lock();
  }
}

void ImportJobRunner::RunJob(Work& work) {
  ImportJobs& jobs = *ctx_.store.import_jobs;
  ImportJob& job = work.job;
  job.state = ImportJobState::kRunning;
  if (Status s = jobs.Update(job, Now()); !s.ok()) return;  // the account is gone, or the store is down
  ImportSummary summary;
  summary.format = job.format;
  // The readers' progress, saved at most once per options_.progress_every
  // (any server answers GET /api/v1/imports/{id} from the store). The file
  // is read twice, a check and then the write, each half of the bar. Only
  // the check's progress is saved: the write's read runs inside the file's
  // transaction, and a store call from there waits for that transaction
  // (on SQLite and in memory the very lock this thread holds: a deadlock).
  int pass = 0;
  std::int64_t rows_checked = 0;
  auto saved = std::chrono::steady_clock::now();
  ScopedImportProgress progress([&](const ImportProgress& p) {
    const std::int64_t half = job.bytes_total / 2;
    const std::int64_t read = std::min(p.bytes_read, job.bytes_total) / 2;
    job.bytes_read = pass <= 1 ? read : half + read;
    if (pass > 1) return;  // inside the write's transaction
    job.rows_read = p.lines;
    const auto now = std::chrono::steady_clock::now();
    if (now - saved < options_.progress_every) return;
    saved = now;
    (void)jobs.Update(job, Now());
  });
  Status written = Status::Ok();
  auto unzipped = ZipFiles::Expand({work.path}, work.format->zip_member, /*as_folder=*/false);
  if (unzipped.ok()) {
    const std::vector<std::string> paths = (*unzipped)->paths();
    written = WriteHistoryFiles(
        ctx_, job.owner,
        [&](ImportSummary& into, const HistoryFileSink& put) {
          ++pass;
          return work.format->read(paths, work.options, into, [&](HistoryFile&& piece) {
            if (pass == 1) {
              rows_checked += static_cast<std::int64_t>(piece.batch.entries.size() + piece.batch.weights.size() +
                                                        piece.batch.exercises.size());
            }
            return put(std::move(piece));
          });
        },
        summary);
  } else {
    written = unzipped.status();
  }
  if (!written.ok()) {
    job.state = ImportJobState::kFailed;
    job.error = "nothing was imported: " + written.message();
    (void)jobs.Update(job, Now());
    return;
  }
  job.bytes_read = job.bytes_total;
  job.rows_read = rows_checked;
  job.rows_written = summary.entries + summary.weights + summary.exercises;
  job.state = ImportJobState::kDone;
  job.summary_json = ImportSummaryJson(summary).dump();
  if (Status s = jobs.Update(job, Now()); !s.ok()) {
    std::cerr << ("platewise: import job " + std::to_string(job.id) + " finished but its state was not saved: " +
                  s.message() + "\n");
  }
}

}  // namespace platewise::http
