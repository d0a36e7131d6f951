#include "storage/caching/caching_accounts.h"

#include "storage/caching/cache_stats.h"

#include <limits>

namespace platewise {

Result<UserId> CachingAccountRepository::CreateUser(const std::string& email, const std::string& password_hash) {
  auto id = inner_->CreateUser(email, password_hash);
  if (id.ok()) known_->users.AfterWrite(*id);  // an id may be a deleted account's: its stamp moved on
  return id;
}

Status CachingAccountRepository::SetPasswordHash(UserId id, const std::string& password_hash) {
  Status s = inner_->SetPasswordHash(id, password_hash);
  known_->users.AfterWrite(id);
  return s;
}

Status CachingAccountRepository::SetDisabled(UserId id, bool disabled) {
  Status s = inner_->SetDisabled(id, disabled);
  known_->users.AfterWrite(id);
  return s;
}

Status CachingAccountRepository::DeleteUser(UserId id) {
  Status s = inner_->DeleteUser(id);
  known_->users.AfterWrite(id);
  known_->foods.AfterWrite(KnownVersions::kFoods);
  return s;
}

Result<SessionRecord> CachingAccountRepository::FindSession(const std::string& token_hash, std::int64_t now) {
  std::optional<Credential> hit = credentials_.Find(token_hash);
  CacheCounter& counter = ProcessCacheStats().credentials;
  if (hit && hit->session && hit->session->expires_at > now) {
    if (auto current = known_->users.Current(hit->owner); current && *current == hit->tag) {
      counter.Hit();
      return *hit->session;
    }
  }
  counter.Miss();
  UserId owner = 0;
  if (hit) {
    owner = hit->owner;
  } else {
    auto first = inner_->FindSession(token_hash, now);
    if (!first.ok()) return first;
    owner = first->owner;
  }
  const std::optional<std::uint64_t> current = known_->users.Current(owner);
  auto found = inner_->FindSession(token_hash, now);
  if (found.ok() && current && found->owner == owner) credentials_.Put(token_hash, {owner, *found, *current});
  return found;
}

Result<UserId> CachingAccountRepository::FindApiToken(const std::string& token_hash) {
  std::optional<Credential> hit = credentials_.Find(token_hash);
  CacheCounter& counter = ProcessCacheStats().credentials;
  if (hit && !hit->session) {
    if (auto current = known_->users.Current(hit->owner); current && *current == hit->tag) {
      counter.Hit();
      return hit->owner;
    }
  }
  counter.Miss();
  UserId owner = 0;
  if (hit) {
    owner = hit->owner;
  } else {
    auto first = inner_->FindApiToken(token_hash);
    if (!first.ok()) return first;
    owner = *first;
  }
  const std::optional<std::uint64_t> current = known_->users.Current(owner);
  auto found = inner_->FindApiToken(token_hash);
  if (found.ok() && current && *found == owner) credentials_.Put(token_hash, {owner, std::nullopt, *current});
  return found;
}

Status CachingAccountRepository::DeleteSession(const std::string& token_hash) {
  // Whose session it is, to learn their new stamp after the delete.
  std::optional<UserId> owner;
  if (auto hit = credentials_.Find(token_hash)) {
    owner = hit->owner;
  } else if (auto s = inner_->FindSession(token_hash, std::numeric_limits<std::int64_t>::min()); s.ok()) {
    owner = s->owner;
  }
  Status s = inner_->DeleteSession(token_hash);
  credentials_.Erase(token_hash);
  if (owner) known_->users.AfterWrite(*owner);
  return s;
}

Status CachingAccountRepository::DeleteOtherSessions(UserId owner, const std::string& keep_token_hash) {
  Status s = inner_->DeleteOtherSessions(owner, keep_token_hash);
  known_->users.AfterWrite(owner);
  return s;
}

Status CachingAccountRepository::DeleteApiToken(UserId owner, std::int64_t id) {
  Status s = inner_->DeleteApiToken(owner, id);
  known_->users.AfterWrite(owner);
  return s;
}

}  // namespace platewise
