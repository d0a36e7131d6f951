#ifndef PLATEWISE_STORAGE_CACHING_CACHING_ACCOUNTS_H_
#define PLATEWISE_STORAGE_CACHING_CACHING_ACCOUNTS_H_

// The credentials cache: what a session or API token hash stands for (its
// owner, and for a session its record), tagged with the owner's stamp. The
// store moves a user's stamp when their sessions, API tokens or account row
// change or go (a sign-out, a revoked token, a password change, the account
// deleted), so the tag covers revocation; a new session or token is in no
// cache and needs no stamp.
//
// The owner of a hash is known only from reading it, so a miss reads twice:
// once to learn the owner, then, with the owner's stamp known, again for
// what it caches. The second read began after that stamp was known, so the
// entry is never older than its tag.

#include <memory>
#include <string>

#include "core/ports/account_repository.h"
#include "storage/caching/known_versions.h"
#include "storage/shared_cache.h"

namespace platewise {

class CachingAccountRepository final : public AccountRepository {
 public:
  CachingAccountRepository(std::unique_ptr<AccountRepository> inner, std::shared_ptr<KnownVersions> known)
      : inner_(std::move(inner)), known_(std::move(known)) {}

  Result<UserId> CreateUser(const std::string& email, const std::string& password_hash) override;
  Result<StoredUser> FindUserByEmail(const std::string& email) override { return inner_->FindUserByEmail(email); }
  Result<StoredUser> GetUser(UserId id) override { return inner_->GetUser(id); }
  Status SetPasswordHash(UserId id, const std::string& password_hash) override;
  // Also moves the foods stamp: the user's custom foods and recipes go too.
  Status DeleteUser(UserId id) override;
  Result<std::vector<StoredUser>> ListUsers() override { return inner_->ListUsers(); }
  // Moves the user's stamp: their cached sessions and tokens are checked again.
  Status SetDisabled(UserId id, bool disabled) override;
  Status CreateSession(UserId owner, const std::string& token_hash, const std::string& csrf_token,
                       std::int64_t expires_at) override {
    return inner_->CreateSession(owner, token_hash, csrf_token, expires_at);
  }
  Result<SessionRecord> FindSession(const std::string& token_hash, std::int64_t now) override;
  Status DeleteSession(const std::string& token_hash) override;
  Status DeleteOtherSessions(UserId owner, const std::string& keep_token_hash) override;
  Result<std::int64_t> CreateApiToken(UserId owner, const std::string& name, const std::string& token_hash,
                                      std::int64_t created_at) override {
    return inner_->CreateApiToken(owner, name, token_hash, created_at);
  }
  Result<std::vector<ApiTokenInfo>> ListApiTokens(UserId owner) override { return inner_->ListApiTokens(owner); }
  Status DeleteApiToken(UserId owner, std::int64_t id) override;
  Result<UserId> FindApiToken(const std::string& token_hash) override;
  Result<std::int64_t> CreateInvite(const std::string& code_hash, int uses, std::int64_t expires_at,
                                    std::int64_t created_at) override {
    return inner_->CreateInvite(code_hash, uses, expires_at, created_at);
  }
  Result<std::vector<InviteRecord>> ListInvites() override { return inner_->ListInvites(); }
  Result<std::int64_t> RedeemInvite(const std::string& code_hash, std::int64_t now) override {
    return inner_->RedeemInvite(code_hash, now);
  }
  Status ReturnInvite(std::int64_t id) override { return inner_->ReturnInvite(id); }

 private:
  struct Credential {
    UserId owner = 0;
    std::optional<SessionRecord> session;  // nullopt: an API token
    std::uint64_t tag = 0;
  };

  std::unique_ptr<AccountRepository> inner_;
  std::shared_ptr<KnownVersions> known_;
  SharedCache<std::string, Credential> credentials_{16384};  // by token hash
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_CACHING_CACHING_ACCOUNTS_H_
