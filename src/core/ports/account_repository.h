#ifndef PLATEWISE_CORE_PORTS_ACCOUNT_REPOSITORY_H_
#define PLATEWISE_CORE_PORTS_ACCOUNT_REPOSITORY_H_

// Accounts, sessions and personal API tokens. Secrets are never stored in the
// clear: callers pass hashes (of passwords: Argon2id strings; of session and
// API tokens: hex digests). Times are seconds since the epoch, handed in by
// the caller (no clock here). Thread-safe.

#include <cstdint>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/status.h"

namespace platewise {

struct StoredUser {
  UserId id = 0;
  std::string email;          // normalised (lower-case)
  std::string password_hash;  // empty for the CLI's local user, who cannot sign in
};

struct SessionRecord {
  UserId owner = 0;
  std::string csrf_token;
  std::int64_t expires_at = 0;
};

struct ApiTokenInfo {
  std::int64_t id = 0;
  std::string name;
  std::int64_t created_at = 0;
};

class AccountRepository {
 public:
  virtual ~AccountRepository() = default;

  // Conflict when the email is taken (compared case-insensitively).
  virtual Result<UserId> CreateUser(const std::string& email, const std::string& password_hash) = 0;
  // NotFound when no account has this email.
  virtual Result<StoredUser> FindUserByEmail(const std::string& email) = 0;
  virtual Result<StoredUser> GetUser(UserId id) = 0;
  virtual Status SetPasswordHash(UserId id, const std::string& password_hash) = 0;
  // Removes the user and every row they own, in one transaction.
  virtual Status DeleteUser(UserId id) = 0;

  virtual Status CreateSession(UserId owner, const std::string& token_hash, const std::string& csrf_token,
                               std::int64_t expires_at) = 0;
  // NotFound when no session has this hash or it expired before `now`.
  virtual Result<SessionRecord> FindSession(const std::string& token_hash, std::int64_t now) = 0;
  virtual Status DeleteSession(const std::string& token_hash) = 0;
  // Ends every session of `owner` except the one with `keep_token_hash`.
  virtual Status DeleteOtherSessions(UserId owner, const std::string& keep_token_hash) = 0;

  // Returns the new token's id.
  virtual Result<std::int64_t> CreateApiToken(UserId owner, const std::string& name, const std::string& token_hash,
                                              std::int64_t created_at) = 0;
  virtual Result<std::vector<ApiTokenInfo>> ListApiTokens(UserId owner) = 0;
  // NotFound when `owner` has no token with this id.
  virtual Status DeleteApiToken(UserId owner, std::int64_t id) = 0;
  // The owner of the token with this hash; NotFound when none.
  virtual Result<UserId> FindApiToken(const std::string& token_hash) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_ACCOUNT_REPOSITORY_H_
