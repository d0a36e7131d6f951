// AccountRepository in memory: accounts, sessions and API tokens. Emails
// compare case-insensitively (ASCII, as SQLite's NOCASE). Deleting an
// account removes every row of every table that the account owns.

#include <algorithm>
#include <cctype>

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

// Expired sessions are swept when a session is created, those that expired
// this long before the new one's expiry (as the SQLite store does).
constexpr std::int64_t kSweepMargin = 60 * 24 * 3600;

bool SameEmail(const std::string& x, const std::string& y) {
  return x.size() == y.size() && std::equal(x.begin(), x.end(), y.begin(), [](unsigned char a, unsigned char b) {
           return std::tolower(a) == std::tolower(b);
         });
}

Status NoAccount() { return Status::NotFound("no such account"); }

template <typename Table>
void EraseOwned(Table& table, UserId owner) {
  std::erase_if(table, [owner](const auto& kv) { return kv.second.owner == owner; });
}

class MemoryAccountRepository final : public AccountRepository {
 public:
  explicit MemoryAccountRepository(State state) : s_(std::move(state)) {}

  Result<UserId> CreateUser(const std::string& email, const std::string& password_hash) override {
    std::lock_guard lock(s_->mutex);
    if (FindByEmailLocked(email)) return Status::Conflict("an account with email " + email + " exists");
    UserId id = s_->next_user++;
    s_->users[id] = StoredUser{id, email, password_hash};
    s_->MoveUserStamp(id);
    return id;
  }

  Result<StoredUser> FindUserByEmail(const std::string& email) override {
    std::lock_guard lock(s_->mutex);
    const StoredUser* user = FindByEmailLocked(email);
    if (!user) return NoAccount();
    return *user;
  }

  Result<StoredUser> GetUser(UserId id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->users.find(id);
    if (it == s_->users.end()) return NoAccount();
    return it->second;
  }

  Status SetPasswordHash(UserId id, const std::string& password_hash) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->users.find(id);
    if (it == s_->users.end()) return NoAccount();
    it->second.password_hash = password_hash;
    s_->MoveUserStamp(id);
    return Status::Ok();
  }

  Status DeleteUser(UserId id) override {
    std::lock_guard lock(s_->mutex);
    if (s_->users.erase(id) == 0) return NoAccount();
    EraseOwned(s_->entries, id);
    EraseOwned(s_->water, id);
    EraseOwned(s_->exercise, id);
    EraseOwned(s_->weights, id);
    EraseOwned(s_->supplements, id);
    EraseOwned(s_->doses, id);
    EraseOwned(s_->saved_meals, id);
    EraseOwned(s_->sessions, id);
    EraseOwned(s_->api_tokens, id);
    s_->favourites.erase(id);
    s_->notification_reads.erase(id);
    s_->target_overrides.erase(id);
    std::erase_if(s_->import_jobs, [id](const auto& job) { return job.second.owner == id; });
    s_->profiles.erase(id);
    s_->settings.erase(id);
    std::vector<std::string> foods;
    for (const auto& [food_id, row] : s_->foods) {
      if (row.owner == id) foods.push_back(food_id);
    }
    for (const std::string& food_id : foods) s_->EraseFood(food_id);
    s_->MoveUserStamp(id);
    if (!foods.empty()) s_->MoveFoodsStamp();
    return Status::Ok();
  }

  Result<std::vector<StoredUser>> ListUsers() override {
    std::lock_guard lock(s_->mutex);
    std::vector<StoredUser> out;
    for (const auto& [id, u] : s_->users) {
      if (id != kLocalUser) out.push_back(u);
    }
    return out;
  }

  Status SetDisabled(UserId id, bool disabled) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->users.find(id);
    if (it == s_->users.end()) return NoAccount();
    it->second.disabled = disabled;
    s_->MoveUserStamp(id);
    return Status::Ok();
  }

  Status CreateSession(UserId owner, const std::string& token_hash, const std::string& csrf_token,
                       std::int64_t expires_at) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    std::erase_if(s_->sessions,
                  [&](const auto& kv) { return kv.second.expires_at <= expires_at - kSweepMargin; });
    if (s_->sessions.count(token_hash)) return Status::Conflict("a session with this token exists");
    s_->sessions[token_hash] = SessionRow{owner, csrf_token, expires_at};
    return Status::Ok();
  }

  Result<SessionRecord> FindSession(const std::string& token_hash, std::int64_t now) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->sessions.find(token_hash);
    if (it == s_->sessions.end() || it->second.expires_at <= now || DisabledLocked(it->second.owner)) {
      return Status::NotFound("no such session (signed out or expired)");
    }
    return SessionRecord{it->second.owner, it->second.csrf_token, it->second.expires_at};
  }

  Status DeleteSession(const std::string& token_hash) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->sessions.find(token_hash);
    if (it == s_->sessions.end()) return Status::Ok();
    UserId owner = it->second.owner;
    s_->sessions.erase(it);
    s_->MoveUserStamp(owner);
    return Status::Ok();
  }

  Status DeleteOtherSessions(UserId owner, const std::string& keep_token_hash) override {
    std::lock_guard lock(s_->mutex);
    auto ended = std::erase_if(s_->sessions,
                               [&](const auto& kv) { return kv.second.owner == owner && kv.first != keep_token_hash; });
    if (ended > 0) s_->MoveUserStamp(owner);
    return Status::Ok();
  }

  Result<std::int64_t> CreateApiToken(UserId owner, const std::string& name, const std::string& token_hash,
                                      std::int64_t created_at) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    for (const auto& [id, t] : s_->api_tokens) {
      if (t.token_hash == token_hash) return Status::Conflict("an API token with this hash exists");
    }
    std::int64_t id = s_->next_api_token++;
    s_->api_tokens[id] = ApiTokenRow{owner, name, token_hash, created_at};
    return id;
  }

  Result<std::vector<ApiTokenInfo>> ListApiTokens(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    std::vector<ApiTokenInfo> out;
    for (const auto& [id, t] : s_->api_tokens) {
      if (t.owner == owner) out.push_back({id, t.name, t.created_at});
    }
    return out;
  }

  Status DeleteApiToken(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->api_tokens.find(id);
    if (it == s_->api_tokens.end() || it->second.owner != owner) {
      return Status::NotFound("no API token with id " + std::to_string(id));
    }
    s_->api_tokens.erase(it);
    s_->MoveUserStamp(owner);
    return Status::Ok();
  }

  Result<UserId> FindApiToken(const std::string& token_hash) override {
    std::lock_guard lock(s_->mutex);
    for (const auto& [id, t] : s_->api_tokens) {
      if (t.token_hash == token_hash && !DisabledLocked(t.owner)) return t.owner;
    }
    return Status::NotFound("no such API token");
  }

  Result<std::int64_t> CreateInvite(const std::string& code_hash, int uses, std::int64_t expires_at,
                                    std::int64_t created_at) override {
    std::lock_guard lock(s_->mutex);
    for (const auto& [id, invite] : s_->invites) {
      if (invite.first == code_hash) return Status::Conflict("an invite with this code exists");
    }
    std::int64_t id = s_->next_invite++;
    s_->invites[id] = {code_hash, InviteRecord{id, uses, expires_at, created_at}};
    return id;
  }

  Result<std::vector<InviteRecord>> ListInvites() override {
    std::lock_guard lock(s_->mutex);
    std::vector<InviteRecord> out;
    for (const auto& [id, invite] : s_->invites) out.push_back(invite.second);
    return out;
  }

  Result<std::int64_t> RedeemInvite(const std::string& code_hash, std::int64_t now) override {
    std::lock_guard lock(s_->mutex);
    for (auto& [id, invite] : s_->invites) {
      InviteRecord& r = invite.second;
      if (invite.first != code_hash) continue;
      if (r.uses_left <= 0 || (r.expires_at != 0 && r.expires_at <= now)) break;
      --r.uses_left;
      return id;
    }
    return Status::NotFound("no such invite, or it is used up or expired");
  }

  Status ReturnInvite(std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->invites.find(id);
    if (it == s_->invites.end()) return Status::NotFound("no invite with id " + std::to_string(id));
    ++it->second.second.uses_left;
    return Status::Ok();
  }

 private:
  bool DisabledLocked(UserId id) const {
    auto it = s_->users.find(id);
    return it != s_->users.end() && it->second.disabled;
  }

  // The local user has no email and is never found by one.
  const StoredUser* FindByEmailLocked(const std::string& email) const {
    for (const auto& [id, u] : s_->users) {
      if (id != kLocalUser && SameEmail(u.email, email)) return &u;
    }
    return nullptr;
  }

  State s_;
};

}  // namespace

std::unique_ptr<AccountRepository> MakeAccountRepository(State state) {
  return std::make_unique<MemoryAccountRepository>(std::move(state));
}

}  // namespace platewise::memory
