// ImportJobs on PostgreSQL: the import_jobs table (migration 9), one
// statement per call.

#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kInsertJob[] =
    "INSERT INTO import_jobs (owner_id, format, file_name, state, bytes_total, created_at, heartbeat_at) "
    "VALUES ($1, $2, $3, 'queued', $4, $5, $5) RETURNING id, owner_id, format, file_name, state, bytes_total, "
    "bytes_read, rows_read, rows_written, summary_json, error, created_at, heartbeat_at";
constexpr char kSelectJob[] =
    "SELECT id, owner_id, format, file_name, state, bytes_total, bytes_read, rows_read, rows_written, "
    "summary_json, error, created_at, heartbeat_at FROM import_jobs WHERE owner_id = $1 AND id = $2";
constexpr char kUpdateJob[] =
    "UPDATE import_jobs SET state = $3, bytes_read = $4, rows_read = $5, rows_written = $6, summary_json = $7, "
    "error = $8, heartbeat_at = $9 WHERE owner_id = $1 AND id = $2";
constexpr char kHeartbeat[] =
    "UPDATE import_jobs SET heartbeat_at = $3 WHERE owner_id = $1 AND id = $2 AND state IN ('queued', 'running')";
constexpr char kFailStale[] =
    "UPDATE import_jobs SET state = 'failed', error = $2 WHERE state IN ('queued', 'running') AND heartbeat_at < $1";

Status NoJob(std::int64_t id) { return Status::NotFound("no import job " + std::to_string(id)); }

// The job of row 0, its columns in the order the statements list them.
ImportJob JobOf(const Rows& rows) {
  ImportJob job;
  job.id = rows.Int(0, 0);
  job.owner = rows.Int(0, 1);
  job.format = rows.Text(0, 2);
  job.file_name = rows.Text(0, 3);
  job.state = ImportJobStateFromName(rows.Text(0, 4));
  job.bytes_total = rows.Int(0, 5);
  job.bytes_read = rows.Int(0, 6);
  job.rows_read = rows.Int(0, 7);
  job.rows_written = rows.Int(0, 8);
  job.summary_json = rows.Text(0, 9);
  job.error = rows.Text(0, 10);
  job.created_at = rows.Int(0, 11);
  job.heartbeat_at = rows.Int(0, 12);
  return job;
}

}  // namespace

Result<ImportJob> PgImportJobs::Create(UserId owner, const ImportJob& job, std::int64_t now) {
  return pool_->Run([&](Connection& c) -> Result<ImportJob> {
    auto rows = c.Query(kInsertJob, Params(owner, job.format, job.file_name, job.bytes_total, now));
    if (!rows.ok()) return rows.status();
    return JobOf(*rows);
  });
}

Result<ImportJob> PgImportJobs::Get(UserId owner, std::int64_t id) {
  return pool_->Run([&](Connection& c) -> Result<ImportJob> {
    auto rows = c.Query(kSelectJob, Params(owner, id));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return NoJob(id);
    return JobOf(*rows);
  });
}

Status PgImportJobs::Update(const ImportJob& job, std::int64_t now) {
  return pool_->Run([&](Connection& c) -> Status {
    auto rows = c.Query(kUpdateJob, Params(job.owner, job.id, std::string(ImportJobStateName(job.state)), job.bytes_read,
                                           job.rows_read, job.rows_written, job.summary_json, job.error, now));
    if (!rows.ok()) return rows.status();
    if (rows->affected() == 0) return NoJob(job.id);
    return Status::Ok();
  });
}

Status PgImportJobs::Heartbeat(UserId owner, std::int64_t id, std::int64_t now) {
  return pool_->Run([&](Connection& c) { return c.Query(kHeartbeat, Params(owner, id, now)).status(); });
}

Result<std::int64_t> PgImportJobs::FailStale(std::int64_t heartbeat_before, const std::string& error) {
  return pool_->Run([&](Connection& c) -> Result<std::int64_t> {
    auto rows = c.Query(kFailStale, Params(heartbeat_before, error));
    if (!rows.ok()) return rows.status();
    return rows->affected();
  });
}

}  // namespace platewise::postgres
