#ifndef PLATEWISE_CORE_ACCOUNT_LOGIN_THROTTLE_H_
#define PLATEWISE_CORE_ACCOUNT_LOGIN_THROTTLE_H_

// Slows down password guessing without letting anyone lock a person out.
// Failed sign-ins are counted in fixed windows by three keys:
// - (account, client): a client that guesses one account is refused after a
//   few failures; other clients of that account are not affected, so failures
//   from an attacker's address never block the owner's correct password;
// - client: an address that guesses across accounts is refused;
// - account: a guess spread over many addresses is refused, for clients the
//   account has not signed in from.
// A client that signed in to an account (its "known client") is held only to
// the (account, client) limit for it: neither a flood from its shared address
// (every client behind a proxy has one) nor a distributed guess locks it out.
// Clients are addresses as the server determines them (see --trusted-proxy).
//
// This is the policy, in one place; the counts and the known clients live in
// the store (core/ports/login_attempts.h), so every server on one store
// shares them: guesses spread over several servers draw on one budget, and a
// client known to an account on one server is known on all.
//
// An attempt is counted against its (account, client) pair when it is
// admitted, before its password is checked (one atomic count in the store),
// so attempts in flight at once, on any number of servers, never get past
// that limit; a success clears the count. The client's and the account's
// counts, whose limits are far higher, are read on admission and counted on
// failure: attempts in flight at once may pass those by as many as there are.
//
// Fails closed: when the store cannot be read or written, each call answers
// Unavailable and the caller must refuse the attempt with it (503), never
// let it through unthrottled.
//
// Time is handed in (seconds since the epoch): the core reads no clock.
// Thread-safe. Storage is bounded: a key's window is reused once it is over,
// and about once a minute (kPruneEverySeconds) the windows that are over and
// the known clients older than known_client_seconds are deleted.

#include <atomic>
#include <cstdint>
#include <string>

#include "core/ports/login_attempts.h"
#include "core/status.h"

namespace platewise {

struct LoginThrottlePolicy {
  int window_seconds = 15 * 60;
  int max_failures_per_account_and_client = 5;
  int max_failures_per_client = 30;
  int max_failures_per_account = 100;  // from clients not known to the account
  int known_client_seconds = 90 * 24 * 3600;
  // Accounts one client may create per window: each costs the server a
  // password hash, and a household or an office behind one address makes a
  // few, not dozens.
  int max_signups_per_client = 10;
};

class LoginThrottle {
 public:
  // `attempts` must outlive the throttle.
  explicit LoginThrottle(LoginAttempts& attempts, LoginThrottlePolicy policy = {})
      : attempts_(attempts), policy_(policy) {}

  // Before creating an account for `client` (the password is hashed after):
  // every sign-up counts, and the client is refused beyond
  // max_signups_per_client in a window. Ok; TooManyRequests with the seconds
  // until the window ends; Unavailable when the store does not answer.
  Status AdmitSignup(const std::string& client, std::int64_t now);

  // Before checking a password: Ok, and the attempt counts as a failure of
  // the pair until RecordSuccess; TooManyRequests with the seconds until the
  // refusing window ends; Unavailable when the store does not answer.
  Status Admit(const std::string& account, const std::string& client, std::int64_t now);
  // After an admitted attempt's password was wrong: counts it against the
  // client and the account too (unless the client is known to the account:
  // its typos count against it alone). Ok, or Unavailable when the failure
  // could not be counted.
  Status RecordFailure(const std::string& account, const std::string& client, std::int64_t now);
  // After an admitted attempt's password was right: clears the pair's
  // failures and remembers `client` as known to `account` (not the client's
  // or the account's counts: one good password must not unlock guessing at
  // other accounts, nor end a distributed guess). Ok, or Unavailable when the
  // store does not answer.
  Status RecordSuccess(const std::string& account, const std::string& client, std::int64_t now);

  static constexpr std::int64_t kPruneEverySeconds = 60;

 private:
  // The seconds `window` refuses attempts for at `now`, when it holds more
  // than `allowed` failures (0: it does not refuse).
  std::int64_t RefusesFor(const LoginWindow& window, int allowed, std::int64_t now) const;
  // The same for the window kept for `key`, which refuses at `max` failures.
  Result<std::int64_t> BlockedFor(const std::string& key, int max, std::int64_t now);
  Result<bool> IsKnown(const std::string& account, const std::string& client, std::int64_t now);
  Status Count(const std::string& key, std::int64_t now);
  // Deletes what has expired, when the last prune by this throttle is
  // kPruneEverySeconds old.
  void MaybePrune(std::int64_t now);

  LoginAttempts& attempts_;
  const LoginThrottlePolicy policy_;
  std::atomic<std::int64_t> next_prune_{0};
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_ACCOUNT_LOGIN_THROTTLE_H_
