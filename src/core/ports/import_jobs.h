#ifndef PLATEWISE_CORE_PORTS_IMPORT_JOBS_H_
#define PLATEWISE_CORE_PORTS_IMPORT_JOBS_H_

// The import jobs of the API (POST /api/v1/imports): one uploaded file each,
// its state and progress kept in the store so that any server behind a load
// balancer answers GET /api/v1/imports/{id}, whichever server runs the job.
// Scoped to one owner per call: another owner's job is NotFound, exactly like
// one that does not exist. Deleting an account deletes its jobs. Thread-safe.
//
// Times are Unix seconds given by the caller. A job is held by the server
// running it, which moves `heartbeat_at` while it holds the job (queued or
// running); a job whose heartbeat stopped (its server stopped) is failed by
// FailStale, so no job stays "running" forever.

#include <cstdint>
#include <string>

#include "core/diary/diary_entry.h"  // UserId
#include "core/status.h"

namespace platewise {

enum class ImportJobState { kQueued, kRunning, kDone, kFailed };

// "queued", "running", "done", "failed": the API's names and the stored ones.
inline const char* ImportJobStateName(ImportJobState state) {
  switch (state) {
    case ImportJobState::kQueued: return "queued";
    case ImportJobState::kRunning: return "running";
    case ImportJobState::kDone: return "done";
    case ImportJobState::kFailed: return "failed";
  }
  return "failed";
}

// The state named `name`; kFailed for a name no state has.
inline ImportJobState ImportJobStateFromName(const std::string& name) {
  for (ImportJobState s : {ImportJobState::kQueued, ImportJobState::kRunning, ImportJobState::kDone}) {
    if (name == ImportJobStateName(s)) return s;
  }
  return ImportJobState::kFailed;
}

struct ImportJob {
  std::int64_t id = 0;
  UserId owner = 0;
  std::string format;  // "mfp", "cronometer", "apple-health", ...
  std::string file_name;  // the uploaded file's name as given ("upload" when none)
  ImportJobState state = ImportJobState::kQueued;
  std::int64_t bytes_total = 0;   // the file's size
  std::int64_t bytes_read = 0;    // of it, read by the importer so far
  std::int64_t rows_read = 0;     // rows the importer read (known once the file is read)
  std::int64_t rows_written = 0;  // of them, written
  std::string summary_json;       // with kDone: the import summary's JSON (json/import_summary_json.h)
  std::string error;              // with kFailed: why, in words
  std::int64_t created_at = 0;
  std::int64_t heartbeat_at = 0;  // moved by the server holding the job
};

class ImportJobs {
 public:
  virtual ~ImportJobs() = default;

  // A new job of `owner` in state kQueued with the given format, file name
  // and bytes_total, created_at and heartbeat_at `now`; answers it with its
  // id (unique in the store, never reused). Fails (NotFound or Conflict)
  // when the owner has no account.
  virtual Result<ImportJob> Create(UserId owner, const ImportJob& job, std::int64_t now) = 0;

  // The owner's job; NotFound for an id that is not theirs.
  virtual Result<ImportJob> Get(UserId owner, std::int64_t id) = 0;

  // Writes the job's state, progress, summary_json and error (by its id and
  // owner) and sets heartbeat_at to `now`. NotFound when there is no such
  // job (the account was deleted meanwhile).
  virtual Status Update(const ImportJob& job, std::int64_t now) = 0;

  // Sets heartbeat_at to `now` for the owner's job if it is queued or
  // running; a finished or missing job is left alone (Ok).
  virtual Status Heartbeat(UserId owner, std::int64_t id, std::int64_t now) = 0;

  // Every job, of any owner, queued or running with heartbeat_at before
  // `heartbeat_before` becomes kFailed with `error`. Answers how many.
  virtual Result<std::int64_t> FailStale(std::int64_t heartbeat_before, const std::string& error) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_IMPORT_JOBS_H_
