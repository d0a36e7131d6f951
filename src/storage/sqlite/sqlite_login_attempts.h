#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_LOGIN_ATTEMPTS_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_LOGIN_ATTEMPTS_H_

// LoginAttempts over the tables of migration 7. Each write is one statement
// on the writer connection, so one SQLite transaction: processes sharing the
// file take turns under its write lock and no count is lost. Reads take a
// reader connection, which sees every write committed before them.

#include <memory>

#include "core/ports/login_attempts.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteLoginAttempts final : public LoginAttempts {
 public:
  explicit SqliteLoginAttempts(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<LoginWindow> CountFailure(const std::string& key, std::int64_t now, int window_seconds) override;
  Result<LoginWindow> GetWindow(const std::string& key) override;
  Status ClearWindow(const std::string& key) override;
  Status RememberClient(const std::string& account, const std::string& client, std::int64_t now) override;
  Result<std::optional<std::int64_t>> LastSignIn(const std::string& account, const std::string& client) override;
  Result<std::int64_t> Prune(std::int64_t windows_begun_by, std::int64_t clients_seen_by) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_LOGIN_ATTEMPTS_H_
