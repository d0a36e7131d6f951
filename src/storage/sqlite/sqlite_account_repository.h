#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_ACCOUNT_REPOSITORY_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_ACCOUNT_REPOSITORY_H_

#include <memory>

#include "core/ports/account_repository.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteAccountRepository final : public AccountRepository {
 public:
  explicit SqliteAccountRepository(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}

  Result<UserId> CreateUser(const std::string& email, const std::string& password_hash) override;
  Result<StoredUser> FindUserByEmail(const std::string& email) override;
  Result<StoredUser> GetUser(UserId id) override;
  Status SetPasswordHash(UserId id, const std::string& password_hash) override;
  Status DeleteUser(UserId id) override;
  Result<std::vector<StoredUser>> ListUsers() override;
  Status SetDisabled(UserId id, bool disabled) override;
  Status CreateSession(UserId owner, const std::string& token_hash, const std::string& csrf_token,
                       std::int64_t expires_at) override;
  Result<SessionRecord> FindSession(const std::string& token_hash, std::int64_t now) override;
  Status DeleteSession(const std::string& token_hash) override;
  Status DeleteOtherSessions(UserId owner, const std::string& keep_token_hash) override;
  Result<std::int64_t> CreateApiToken(UserId owner, const std::string& name, const std::string& token_hash,
                                      std::int64_t created_at) override;
  Result<std::vector<ApiTokenInfo>> ListApiTokens(UserId owner) override;
  Status DeleteApiToken(UserId owner, std::int64_t id) override;
  Result<UserId> FindApiToken(const std::string& token_hash) override;
  Result<std::int64_t> CreateInvite(const std::string& code_hash, int uses, std::int64_t expires_at,
                                    std::int64_t created_at) override;
  Result<std::vector<InviteRecord>> ListInvites() override;
  Result<std::int64_t> RedeemInvite(const std::string& code_hash, std::int64_t now) override;
  Status ReturnInvite(std::int64_t id) override;

 private:
  Result<StoredUser> SelectUser(const char* sql, auto bind_value);
  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_ACCOUNT_REPOSITORY_H_
