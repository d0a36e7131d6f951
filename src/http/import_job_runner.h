#ifndef PLATEWISE_HTTP_IMPORT_JOB_RUNNER_H_
#define PLATEWISE_HTTP_IMPORT_JOB_RUNNER_H_

// Runs the API's import jobs (POST /api/v1/imports) off the request threads:
// one worker thread per server takes the jobs in the order submitted, reads
// each job's file with its format's reader (import/import_formats.h) and
// writes it into its owner's history (import/history_import_run.h), keeping
// the job's state and progress in the store (core/ports/import_jobs.h), so
// any server answers GET /api/v1/imports/{id}.
//
// While the runner holds a job (queued or running) a second thread moves its
// heartbeat every `heartbeat` seconds. A job whose heartbeat is older than
// `stale_after` belongs to a server that stopped: it is failed with
// kServerStoppedError when the runner starts and whenever it is read (Get).
// On destruction the running job is finished; the queued ones are failed
// with kServerStoppedError, and the folder is removed. Thread-safe.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/ports/import_jobs.h"
#include "core/usecases/use_case_context.h"
#include "import/import_formats.h"

namespace platewise::http {

inline constexpr char kServerStoppedError[] = "the server stopped during the import; import the file again";

struct ImportJobRunnerOptions {
  std::string folder;  // where jobs' files wait, created 0700 when missing
  std::chrono::seconds heartbeat{5};
  std::chrono::seconds stale_after{60};
  // How often a job's progress is saved while its file is checked (the
  // first read; the write's read saves none, see RunJob).
  std::chrono::milliseconds progress_every{1000};
};

class ImportJobRunner {
 public:
  // `ctx` must outlive the runner.
  ImportJobRunner(UseCaseContext& ctx, ImportJobRunnerOptions options);
  ~ImportJobRunner();
  ImportJobRunner(const ImportJobRunner&) = delete;
  ImportJobRunner& operator=(const ImportJobRunner&) = delete;

  // Makes the folder (Unavailable when it cannot) and fails the jobs other
  // servers left behind (saying so on stderr when the store refuses). Call
  // once, before Submit.
  Status Start();

  // A queued job of `owner` for the file at `upload_path`, which the runner
  // takes (moves into its folder; it is removed once the job is over).
  // REQUIRES: format.read is set (a personal format).
  Result<ImportJob> Submit(UserId owner, const ImportFormat& format, const ImportFormatOptions& options,
                           const std::string& file_name, const std::string& upload_path);

  // The owner's job (NotFound for another's), failed first when its server
  // stopped.
  Result<ImportJob> Get(UserId owner, std::int64_t id);

 private:
  struct Work {
    ImportJob job;
    const ImportFormat* format = nullptr;
    ImportFormatOptions options;
    std::string dir;   // the job's own folder
    std::string path;  // the file in it
  };

  void WorkLoop();
  void HeartbeatLoop();
  void RunJob(Work& work);
  std::int64_t Now() { return ctx_.clock.NowSeconds(); }

  UseCaseContext& ctx_;
  ImportJobRunnerOptions options_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Work> queue_;                 // guarded by mutex_
  std::optional<ImportJob> running_;       // guarded by mutex_
  bool stopping_ = false;                  // guarded by mutex_
  std::thread worker_;
  std::thread heart_;
};

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_IMPORT_JOB_RUNNER_H_
