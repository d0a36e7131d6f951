#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

// One statement: a new window, one more failure in the current one, or a
// new window in place of one that is over (SET reads the row as it was).
constexpr char kCountFailure[] =
    "INSERT INTO login_windows AS w (key, window_start, failures) VALUES ($1, $2::bigint, 1) "
    "ON CONFLICT (key) DO UPDATE SET "
    "window_start = CASE WHEN $2::bigint - w.window_start >= $3::bigint THEN $2::bigint ELSE w.window_start END, "
    "failures = CASE WHEN $2::bigint - w.window_start >= $3::bigint THEN 1 ELSE w.failures + 1 END "
    "RETURNING window_start, failures";
constexpr char kSelectWindow[] = "SELECT window_start, failures FROM login_windows WHERE key = $1";
constexpr char kDeleteWindow[] = "DELETE FROM login_windows WHERE key = $1";
constexpr char kRememberClient[] =
    "INSERT INTO login_known_clients AS k (account, client, last_seen) VALUES ($1, $2, $3) "
    "ON CONFLICT (account, client) DO UPDATE SET last_seen = greatest(k.last_seen, excluded.last_seen)";
constexpr char kSelectLastSeen[] = "SELECT last_seen FROM login_known_clients WHERE account = $1 AND client = $2";
// Both tables in one statement, so one transaction.
constexpr char kPrune[] =
    "WITH w AS (DELETE FROM login_windows WHERE window_start <= $1 RETURNING 1), "
    "k AS (DELETE FROM login_known_clients WHERE last_seen <= $2 RETURNING 1) "
    "SELECT (SELECT count(*) FROM w) + (SELECT count(*) FROM k)";

LoginWindow WindowOf(const Rows& rows) { return LoginWindow{rows.Int(0, 0), static_cast<int>(rows.Int(0, 1))}; }

}  // namespace

Result<LoginWindow> PgLoginAttempts::CountFailure(const std::string& key, std::int64_t now, int window_seconds) {
  return pool_->Run([&](Connection& c) -> Result<LoginWindow> {
    auto rows = c.Query(kCountFailure, Params(key, now, window_seconds));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::Internal("counting a failed sign-in returned no row");
    return WindowOf(*rows);
  });
}

Result<LoginWindow> PgLoginAttempts::GetWindow(const std::string& key) {
  return pool_->Run([&](Connection& c) -> Result<LoginWindow> {
    auto rows = c.Query(kSelectWindow, Params(key));
    if (!rows.ok()) return rows.status();
    return rows->empty() ? LoginWindow{} : WindowOf(*rows);
  });
}

Status PgLoginAttempts::ClearWindow(const std::string& key) {
  return pool_->Run([&](Connection& c) { return c.Query(kDeleteWindow, Params(key)).status(); });
}

Status PgLoginAttempts::RememberClient(const std::string& account, const std::string& client, std::int64_t now) {
  return pool_->Run([&](Connection& c) { return c.Query(kRememberClient, Params(account, client, now)).status(); });
}

Result<std::optional<std::int64_t>> PgLoginAttempts::LastSignIn(const std::string& account, const std::string& client) {
  return pool_->Run([&](Connection& c) -> Result<std::optional<std::int64_t>> {
    auto rows = c.Query(kSelectLastSeen, Params(account, client));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(rows->Int(0, 0));
  });
}

Result<std::int64_t> PgLoginAttempts::Prune(std::int64_t windows_begun_by, std::int64_t clients_seen_by) {
  return pool_->Run([&](Connection& c) -> Result<std::int64_t> {
    auto rows = c.Query(kPrune, Params(windows_begun_by, clients_seen_by));
    if (!rows.ok()) return rows.status();
    return rows->Int(0, 0);
  });
}

}  // namespace platewise::postgres
