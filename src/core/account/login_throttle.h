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
// Time is handed in (seconds since the epoch): the core reads no clock.
// Thread-safe. Memory is bounded: expired windows are dropped as keys are seen,
// and at most kMaxKeys keys are kept per map (the oldest go first).

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

#include "core/status.h"

namespace platewise {

struct LoginThrottlePolicy {
  int window_seconds = 15 * 60;
  int max_failures_per_account_and_client = 5;
  int max_failures_per_client = 30;
  int max_failures_per_account = 100;  // from clients not known to the account
  int known_client_seconds = 90 * 24 * 3600;
};

class LoginThrottle {
 public:
  explicit LoginThrottle(LoginThrottlePolicy policy = {}) : policy_(policy) {}

  // Ok, or TooManyRequests with the seconds until the window ends.
  Status Check(const std::string& account, const std::string& client, std::int64_t now);
  void RecordFailure(const std::string& account, const std::string& client, std::int64_t now);
  // Clears the pair's failures and remembers `client` as known to `account`
  // (not the client's or the account's counts: one good password must not
  // unlock guessing at other accounts, nor end a distributed guess).
  void RecordSuccess(const std::string& account, const std::string& client, std::int64_t now);

  static constexpr std::size_t kMaxKeys = 100000;

 private:
  struct Window {
    std::int64_t start = 0;
    int failures = 0;
  };
  // REQUIRES: mutex_ held.
  void Count(std::map<std::string, Window>& windows, const std::string& key, std::int64_t now);
  std::int64_t BlockedFor(std::map<std::string, Window>& windows, const std::string& key, int max,
                          std::int64_t now);
  bool KnownLocked(const std::string& pair, std::int64_t now);

  LoginThrottlePolicy policy_;
  std::mutex mutex_;
  std::map<std::string, Window> by_pair_;          // guarded by mutex_
  std::map<std::string, Window> by_client_;        // guarded by mutex_
  std::map<std::string, Window> by_account_;       // guarded by mutex_
  std::map<std::string, std::int64_t> known_;      // pair -> last sign-in; guarded by mutex_
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_ACCOUNT_LOGIN_THROTTLE_H_
