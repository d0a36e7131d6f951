#include "storage/sqlite/sqlite_login_attempts.h"

namespace platewise::sqlite {
namespace {

// One statement: a new window, one more failure in the current one, or a
// new window in place of one that is over (SET reads the row as it was).
constexpr char kCountFailure[] =
    "INSERT INTO login_windows (key, window_start, failures) VALUES (?1, ?2, 1) "
    "ON CONFLICT (key) DO UPDATE SET "
    "window_start = CASE WHEN ?2 - window_start >= ?3 THEN ?2 ELSE window_start END, "
    "failures = CASE WHEN ?2 - window_start >= ?3 THEN 1 ELSE failures + 1 END "
    "RETURNING window_start, failures";
constexpr char kSelectWindow[] = "SELECT window_start, failures FROM login_windows WHERE key = ?1";
constexpr char kDeleteWindow[] = "DELETE FROM login_windows WHERE key = ?1";
constexpr char kRememberClient[] =
    "INSERT INTO login_known_clients (account, client, last_seen) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (account, client) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)";
constexpr char kSelectLastSeen[] = "SELECT last_seen FROM login_known_clients WHERE account = ?1 AND client = ?2";
constexpr char kPruneWindows[] = "DELETE FROM login_windows WHERE window_start <= ?1";
constexpr char kPruneClients[] = "DELETE FROM login_known_clients WHERE last_seen <= ?1";

}  // namespace

Result<LoginWindow> SqliteLoginAttempts::CountFailure(const std::string& key, std::int64_t now, int window_seconds) {
  auto lock = conn_->lock();
  auto up = conn_->db().Prepare(kCountFailure);
  if (!up.ok()) return up.status();
  up->Bind(1, key);
  up->Bind(2, now);
  up->Bind(3, static_cast<std::int64_t>(window_seconds));
  auto row = up->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("counting a failed sign-in returned no row");
  LoginWindow w{up->ColumnInt(0), static_cast<int>(up->ColumnInt(1))};
  PW_RETURN_IF_ERROR(up->Run());
  return w;
}

Result<LoginWindow> SqliteLoginAttempts::GetWindow(const std::string& key) {
  auto reader = conn_->Read();
  auto sel = reader.db.Prepare(kSelectWindow);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, key);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (!*row) return LoginWindow{};
  return LoginWindow{sel->ColumnInt(0), static_cast<int>(sel->ColumnInt(1))};
}

Status SqliteLoginAttempts::ClearWindow(const std::string& key) {
  auto lock = conn_->lock();
  auto del = conn_->db().Prepare(kDeleteWindow);
  if (!del.ok()) return del.status();
  del->Bind(1, key);
  return del->Run();
}

Status SqliteLoginAttempts::RememberClient(const std::string& account, const std::string& client, std::int64_t now) {
  auto lock = conn_->lock();
  auto up = conn_->db().Prepare(kRememberClient);
  if (!up.ok()) return up.status();
  up->Bind(1, account);
  up->Bind(2, client);
  up->Bind(3, now);
  return up->Run();
}

Result<std::optional<std::int64_t>> SqliteLoginAttempts::LastSignIn(const std::string& account,
                                                                    const std::string& client) {
  auto reader = conn_->Read();
  auto sel = reader.db.Prepare(kSelectLastSeen);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, account);
  sel->Bind(2, client);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(sel->ColumnInt(0));
}

Result<std::int64_t> SqliteLoginAttempts::Prune(std::int64_t windows_begun_by, std::int64_t clients_seen_by) {
  auto lock = conn_->lock();
  Transaction tx(conn_->db());
  PW_RETURN_IF_ERROR(tx.Begin());
  std::int64_t removed = 0;
  for (auto [sql, by] : {std::pair{kPruneWindows, windows_begun_by}, std::pair{kPruneClients, clients_seen_by}}) {
    auto del = conn_->db().Prepare(sql);
    if (!del.ok()) return del.status();
    del->Bind(1, by);
    PW_RETURN_IF_ERROR(del->Run());
    removed += conn_->db().Changes();
  }
  PW_RETURN_IF_ERROR(tx.Commit());
  return removed;
}

}  // namespace platewise::sqlite
