#include "storage/postgres/pg_connection.h"

#include <poll.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>

#include "storage/postgres/pg_status.h"

namespace platewise::postgres {
namespace {

// Notices (e.g. "relation already exists, skipping") are not errors and
// must not reach the server's standard error.
void IgnoreNotice(void*, const char*) {}

// Every session reads dates as ISO text and doubles at full precision,
// whatever the server's defaults.
constexpr char kSessionSetup[] = "SET datestyle = 'ISO'; SET extra_float_digits = 3; SET client_encoding = 'UTF8'";

std::string Trimmed(const char* message) {
  std::string m = message ? message : "";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m;
}

}  // namespace

void Params::AddDouble(double value) {
  char buf[32];
  // 17 significant digits: the text reads back as the same double.
  int n = std::snprintf(buf, sizeof buf, "%.17g", value);
  AddText(std::string(buf, static_cast<std::size_t>(n)));
}

std::int64_t Rows::affected() const {
  const char* n = PQcmdTuples(result_);
  return (n && *n) ? std::strtoll(n, nullptr, 10) : 0;
}

std::int64_t Rows::Int(int row, int col) const {
  std::string_view v = View(row, col);
  std::int64_t out = 0;
  std::from_chars(v.data(), v.data() + v.size(), out);
  return out;
}

double Rows::Double(int row, int col) const {
  if (IsNull(row, col)) return 0;
  return std::strtod(PQgetvalue(result_, row, col), nullptr);
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& conninfo, const std::string& session_setup) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (conn == nullptr) return Status::Unavailable("cannot connect to PostgreSQL: out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    Status s = Status::Unavailable("cannot connect to PostgreSQL: " + Trimmed(PQerrorMessage(conn)));
    PQfinish(conn);
    return s;
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  std::unique_ptr<Connection> c(new Connection(conn));
  PW_RETURN_IF_ERROR(c->Exec(kSessionSetup));
  if (!session_setup.empty()) PW_RETURN_IF_ERROR(c->Exec(session_setup.c_str()));
  return c;
}

Status Connection::AwaitInput(int timeout_ms) {
  const int socket = PQsocket(conn_);
  if (socket < 0 || broken()) return Status::Unavailable("the connection to PostgreSQL is lost");
  pollfd wait{socket, POLLIN, 0};
  const int ready = ::poll(&wait, 1, timeout_ms);
  if (ready < 0 && errno != EINTR) return Status::Unavailable("waiting for PostgreSQL failed");
  if (ready > 0 && PQconsumeInput(conn_) == 0) {
    return Status::Unavailable("the connection to PostgreSQL is lost: " + Trimmed(PQerrorMessage(conn_)));
  }
  if (broken()) return Status::Unavailable("the connection to PostgreSQL is lost");
  return Status::Ok();
}

std::optional<Connection::Notification> Connection::NextNotification() {
  PGnotify* n = PQnotifies(conn_);
  if (n == nullptr) return std::nullopt;
  Notification out{n->relname ? n->relname : "", n->extra ? n->extra : ""};
  PQfreemem(n);
  return out;
}

bool Connection::last_failure_retryable() const { return IsRetryableSqlState(last_sqlstate_); }

Status Connection::Check(PGresult* result, std::string_view what) {
  ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
    last_sqlstate_.clear();
    return Status::Ok();
  }
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  last_sqlstate_ = (state && !broken()) ? state : "";
  std::string message = Trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(conn_));
  if (message.empty()) message = Trimmed(PQerrorMessage(conn_));
  return StatusForSqlState(last_sqlstate_, std::string(what) + ": " + message);
}

Result<Rows> Connection::Query(std::string_view sql, const Params& params) {
  auto it = prepared_.find(sql);
  if (it == prepared_.end()) {
    std::string name = "pw" + std::to_string(prepared_.size() + 1);
    std::string text(sql);
    Rows prepared(PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr));
    PW_RETURN_IF_ERROR(Check(prepared.result_, "preparing a database statement failed"));
    it = prepared_.emplace(std::move(text), std::move(name)).first;
  }
  std::vector<const char*> values(static_cast<std::size_t>(params.size()));
  for (std::size_t i = 0; i < values.size(); ++i) {
    values[i] = params.null_[i] ? nullptr : params.values_[i].c_str();
  }
  Rows rows(PQexecPrepared(conn_, it->second.c_str(), params.size(), values.data(), nullptr, nullptr, 0));
  PW_RETURN_IF_ERROR(Check(rows.result_, "database statement failed"));
  return rows;
}

Status Connection::Exec(const char* sql) {
  Rows rows(PQexec(conn_, sql));
  return Check(rows.result_, "database command failed");
}

}  // namespace platewise::postgres
