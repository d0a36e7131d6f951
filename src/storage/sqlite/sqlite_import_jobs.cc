#include "storage/sqlite/sqlite_import_jobs.h"

namespace platewise::sqlite {
namespace {

constexpr char kInsertJob[] =
    "INSERT INTO import_jobs (owner_id, format, file_name, state, bytes_total, created_at, heartbeat_at) "
    "VALUES (?1, ?2, ?3, 'queued', ?4, ?5, ?5)";
constexpr char kSelectJob[] =
    "SELECT id, owner_id, format, file_name, state, bytes_total, bytes_read, rows_read, rows_written, "
    "summary_json, error, created_at, heartbeat_at FROM import_jobs WHERE owner_id = ?1 AND id = ?2";
constexpr char kUpdateJob[] =
    "UPDATE import_jobs SET state = ?3, bytes_read = ?4, rows_read = ?5, rows_written = ?6, summary_json = ?7, "
    "error = ?8, heartbeat_at = ?9 WHERE owner_id = ?1 AND id = ?2";
constexpr char kHeartbeat[] =
    "UPDATE import_jobs SET heartbeat_at = ?3 WHERE owner_id = ?1 AND id = ?2 AND state IN ('queued', 'running')";
constexpr char kFailStale[] =
    "UPDATE import_jobs SET state = 'failed', error = ?2 WHERE state IN ('queued', 'running') AND heartbeat_at < ?1";

Status NoJob(std::int64_t id) { return Status::NotFound("no import job " + std::to_string(id)); }

}  // namespace

Result<ImportJob> SqliteImportJobs::Create(UserId owner, const ImportJob& job, std::int64_t now) {
  std::int64_t id = 0;
  {
    auto lock = conn_->lock();
    auto ins = conn_->db().Prepare(kInsertJob);
    if (!ins.ok()) return ins.status();
    ins->Bind(1, owner);
    ins->Bind(2, job.format);
    ins->Bind(3, job.file_name);
    ins->Bind(4, job.bytes_total);
    ins->Bind(5, now);
    PW_RETURN_IF_ERROR(ins->Run());
    id = conn_->db().LastInsertId();
  }
  return Get(owner, id);
}

Result<ImportJob> SqliteImportJobs::Get(UserId owner, std::int64_t id) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectJob);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, id);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (!*row) return NoJob(id);
  ImportJob job;
  job.id = sel->ColumnInt(0);
  job.owner = sel->ColumnInt(1);
  job.format = sel->ColumnText(2);
  job.file_name = sel->ColumnText(3);
  job.state = ImportJobStateFromName(sel->ColumnText(4));
  job.bytes_total = sel->ColumnInt(5);
  job.bytes_read = sel->ColumnInt(6);
  job.rows_read = sel->ColumnInt(7);
  job.rows_written = sel->ColumnInt(8);
  job.summary_json = sel->ColumnText(9);
  job.error = sel->ColumnText(10);
  job.created_at = sel->ColumnInt(11);
  job.heartbeat_at = sel->ColumnInt(12);
  return job;
}

Status SqliteImportJobs::Update(const ImportJob& job, std::int64_t now) {
  auto lock = conn_->lock();
  auto up = conn_->db().Prepare(kUpdateJob);
  if (!up.ok()) return up.status();
  up->Bind(1, job.owner);
  up->Bind(2, job.id);
  up->Bind(3, std::string_view(ImportJobStateName(job.state)));
  up->Bind(4, job.bytes_read);
  up->Bind(5, job.rows_read);
  up->Bind(6, job.rows_written);
  up->Bind(7, job.summary_json);
  up->Bind(8, job.error);
  up->Bind(9, now);
  PW_RETURN_IF_ERROR(up->Run());
  if (conn_->db().Changes() == 0) return NoJob(job.id);
  return Status::Ok();
}

Status SqliteImportJobs::Heartbeat(UserId owner, std::int64_t id, std::int64_t now) {
  auto lock = conn_->lock();
  auto up = conn_->db().Prepare(kHeartbeat);
  if (!up.ok()) return up.status();
  up->Bind(1, owner);
  up->Bind(2, id);
  up->Bind(3, now);
  return up->Run();
}

Result<std::int64_t> SqliteImportJobs::FailStale(std::int64_t heartbeat_before, const std::string& error) {
  auto lock = conn_->lock();
  auto up = conn_->db().Prepare(kFailStale);
  if (!up.ok()) return up.status();
  up->Bind(1, heartbeat_before);
  up->Bind(2, error);
  PW_RETURN_IF_ERROR(up->Run());
  return static_cast<std::int64_t>(conn_->db().Changes());
}

}  // namespace platewise::sqlite
