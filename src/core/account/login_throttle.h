#ifndef PLATEWISE_CORE_ACCOUNT_LOGIN_THROTTLE_H_
#define PLATEWISE_CORE_ACCOUNT_LOGIN_THROTTLE_H_

// Slows down password guessing. Failed logins are counted per account (the
// normalised email) and per client address in fixed windows; once a key has
// too many failures in its window, further attempts for it are refused until
// the window ends (the caller answers 429 with Retry-After). A successful
// login clears the account's count (not the address's: one good password must
// not unlock guessing at other accounts).
//
// Time is handed in (seconds since the epoch): the core reads no clock.
// Thread-safe. Memory is bounded: expired windows are dropped as keys are seen,
// and at most kMaxKeys keys are tracked (the oldest windows go first).

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

#include "core/status.h"

namespace platewise {

struct LoginThrottlePolicy {
  int window_seconds = 15 * 60;
  int max_failures_per_account = 5;
  int max_failures_per_address = 30;
};

class LoginThrottle {
 public:
  explicit LoginThrottle(LoginThrottlePolicy policy = {}) : policy_(policy) {}

  // Ok, or TooManyRequests with the seconds until the window ends.
  Status Check(const std::string& account, const std::string& address, std::int64_t now);
  void RecordFailure(const std::string& account, const std::string& address, std::int64_t now);
  void RecordSuccess(const std::string& account);

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

  LoginThrottlePolicy policy_;
  std::mutex mutex_;
  std::map<std::string, Window> by_account_;  // guarded by mutex_
  std::map<std::string, Window> by_address_;  // guarded by mutex_
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_ACCOUNT_LOGIN_THROTTLE_H_
