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
  std::string email;          // normalised (NormalizeEmail)
  std::string password_hash;  // empty for the CLI's local user, who cannot sign in
  bool disabled = false;      // by an administrator (platewise users disable)
};

// An invite code for sign-up under the policy "invite" (serve --signup
// invite). Only the code's hash is stored, as for tokens.
struct InviteRecord {
  std::int64_t id = 0;
  int uses_left = 0;
  std::int64_t expires_at = 0;  // 0: never
  std::int64_t created_at = 0;
  bool operator==(const InviteRecord&) const = default;
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
  // NotFound when no account has this email (compared case-insensitively);
  // the local user, who has none, is never found by email.
  virtual Result<StoredUser> FindUserByEmail(const std::string& email) = 0;
  // NotFound when no account has this id. The local user (kLocalUser) always
  // exists, with an empty email and password hash.
  virtual Result<StoredUser> GetUser(UserId id) = 0;
  // NotFound when no account has this id.
  virtual Status SetPasswordHash(UserId id, const std::string& password_hash) = 0;
  // Removes the user and every row they own (diary, logs, favourites, custom
  // foods and recipes, profile and settings, supplements and doses, sessions,
  // API tokens, notification reads), in one transaction; nothing of other
  // users. The email is free again afterwards. NotFound when no such account.
  virtual Status DeleteUser(UserId id) = 0;

  // Every account with an email (not the local user), by id.
  virtual Result<std::vector<StoredUser>> ListUsers() = 0;
  // Disables or enables the account. While disabled, its sessions and API
  // tokens are not found (FindSession, FindApiToken: NotFound) and its email
  // stays taken; enabling it again brings back those not expired. NotFound
  // when no account has this id.
  virtual Status SetDisabled(UserId id, bool disabled) = 0;

  // Conflict when a session has this hash or no account has id `owner`.
  // May sweep sessions long expired.
  virtual Status CreateSession(UserId owner, const std::string& token_hash, const std::string& csrf_token,
                               std::int64_t expires_at) = 0;
  // NotFound when no session has this hash or it expired (expires_at <= now).
  virtual Result<SessionRecord> FindSession(const std::string& token_hash, std::int64_t now) = 0;
  // Ok also when no session has this hash (signing out twice is harmless).
  virtual Status DeleteSession(const std::string& token_hash) = 0;
  // Ends every session of `owner` except the one with `keep_token_hash`;
  // other owners' sessions stay.
  virtual Status DeleteOtherSessions(UserId owner, const std::string& keep_token_hash) = 0;

  // Returns the new token's id (greater than every stored token's). Conflict
  // when a token has this hash.
  virtual Result<std::int64_t> CreateApiToken(UserId owner, const std::string& name, const std::string& token_hash,
                                              std::int64_t created_at) = 0;
  // The owner's tokens in the order created (by id).
  virtual Result<std::vector<ApiTokenInfo>> ListApiTokens(UserId owner) = 0;
  // NotFound when `owner` has no token with this id.
  virtual Status DeleteApiToken(UserId owner, std::int64_t id) = 0;
  // The owner of the token with this hash; NotFound when none.
  virtual Result<UserId> FindApiToken(const std::string& token_hash) = 0;

  // Invites. Returns the new invite's id. Conflict when an invite has this
  // hash. REQUIRES: uses > 0.
  virtual Result<std::int64_t> CreateInvite(const std::string& code_hash, int uses, std::int64_t expires_at,
                                            std::int64_t created_at) = 0;
  // Every invite, used up and expired ones too, by id.
  virtual Result<std::vector<InviteRecord>> ListInvites() = 0;
  // Takes one use of the invite with this hash and returns its id, in one
  // atomic step: of two sign-ups at once with an invite's last use, one
  // gets it. NotFound when no invite has this hash, or it is used up, or it
  // expired (expires_at != 0 and expires_at <= now).
  virtual Result<std::int64_t> RedeemInvite(const std::string& code_hash, std::int64_t now) = 0;
  // Gives back one use that RedeemInvite took (the sign-up it was for
  // failed). NotFound when no invite has this id.
  virtual Status ReturnInvite(std::int64_t id) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_ACCOUNT_REPOSITORY_H_
