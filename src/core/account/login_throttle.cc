#include "core/account/login_throttle.h"

#include <algorithm>

namespace platewise {
namespace {

// The store's keys of the three counts. A newline is in no email or address,
// so no key of one kind is a key of another.
std::string PairKey(const std::string& account, const std::string& client) {
  return "pair\n" + account + "\n" + client;
}
std::string ClientKey(const std::string& client) { return "client\n" + client; }
std::string AccountKey(const std::string& account) { return "account\n" + account; }
std::string SignupKey(const std::string& client) { return "signup\n" + client; }

// What a caller answers when the store fails: refused, and saying why. The
// store's own message stays out of the answer (it may name SQL).
Status StoreDown() { return Status::Unavailable("sign-in attempts cannot be checked right now; try again later"); }

}  // namespace

std::int64_t LoginThrottle::RefusesFor(const LoginWindow& window, int allowed, std::int64_t now) const {
  const std::int64_t end = window.start + policy_.window_seconds;
  if (window.failures <= allowed || now >= end) return 0;
  // A window begun by a server whose clock is ahead lasts no longer for it.
  return std::min<std::int64_t>(end - now, policy_.window_seconds);
}

Result<std::int64_t> LoginThrottle::BlockedFor(const std::string& key, int max, std::int64_t now) {
  auto window = attempts_.GetWindow(key);
  if (!window.ok()) return StoreDown();
  return RefusesFor(*window, max - 1, now);
}

Result<bool> LoginThrottle::IsKnown(const std::string& account, const std::string& client, std::int64_t now) {
  auto last = attempts_.LastSignIn(account, client);
  if (!last.ok()) return StoreDown();
  return last->has_value() && now - **last < policy_.known_client_seconds;
}

Status LoginThrottle::Count(const std::string& key, std::int64_t now) {
  return attempts_.CountFailure(key, now, policy_.window_seconds).ok() ? Status::Ok() : StoreDown();
}

void LoginThrottle::MaybePrune(std::int64_t now) {
  std::int64_t due = next_prune_.load();
  if (now < due || !next_prune_.compare_exchange_strong(due, now + kPruneEverySeconds)) return;
  // Housekeeping only: a failed prune refuses no one and lets no guess
  // through, and the next one deletes what this one left.
  (void)attempts_.Prune(now - policy_.window_seconds, now - policy_.known_client_seconds);
}

Status LoginThrottle::Admit(const std::string& account, const std::string& client, std::int64_t now) {
  MaybePrune(now);
  auto known = IsKnown(account, client, now);
  if (!known.ok()) return known.status();
  std::int64_t wait = 0;
  if (!*known) {
    auto by_client = BlockedFor(ClientKey(client), policy_.max_failures_per_client, now);
    if (!by_client.ok()) return by_client.status();
    auto by_account = BlockedFor(AccountKey(account), policy_.max_failures_per_account, now);
    if (!by_account.ok()) return by_account.status();
    wait = std::max(*by_client, *by_account);
  }
  if (wait == 0) {
    // Counted now, so that this attempt is one of the pair's however many
    // race with it; it is admitted when it is within the limit.
    auto pair = attempts_.CountFailure(PairKey(account, client), now, policy_.window_seconds);
    if (!pair.ok()) return StoreDown();
    wait = RefusesFor(*pair, policy_.max_failures_per_account_and_client, now);
  }
  if (wait == 0) return Status::Ok();
  return Status::TooManyRequests("too many failed sign-ins; try again in " + std::to_string(wait) + " seconds",
                                 static_cast<int>(wait));
}

Status LoginThrottle::AdmitSignup(const std::string& client, std::int64_t now) {
  MaybePrune(now);
  auto window = attempts_.CountFailure(SignupKey(client), now, policy_.window_seconds);
  if (!window.ok()) return StoreDown();
  const std::int64_t wait = RefusesFor(*window, policy_.max_signups_per_client, now);
  if (wait == 0) return Status::Ok();
  return Status::TooManyRequests("too many sign-ups from this address; try again in " + std::to_string(wait) +
                                     " seconds",
                                 static_cast<int>(wait));
}

Status LoginThrottle::RecordFailure(const std::string& account, const std::string& client, std::int64_t now) {
  auto known = IsKnown(account, client, now);
  if (!known.ok()) return known.status();
  if (*known) return Status::Ok();  // a known client's typos count against it alone
  PW_RETURN_IF_ERROR(Count(ClientKey(client), now));
  return Count(AccountKey(account), now);
}

Status LoginThrottle::RecordSuccess(const std::string& account, const std::string& client, std::int64_t now) {
  if (!attempts_.ClearWindow(PairKey(account, client)).ok()) return StoreDown();
  if (!attempts_.RememberClient(account, client, now).ok()) return StoreDown();
  return Status::Ok();
}

}  // namespace platewise
