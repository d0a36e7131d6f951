#include "core/account/login_throttle.h"

#include <algorithm>

namespace platewise {

void LoginThrottle::Count(std::map<std::string, Window>& windows, const std::string& key, std::int64_t now) {
  if (windows.size() >= kMaxKeys && !windows.count(key)) {
    auto oldest = std::min_element(windows.begin(), windows.end(),
                                   [](const auto& a, const auto& b) { return a.second.start < b.second.start; });
    windows.erase(oldest);
  }
  Window& w = windows[key];
  if (w.failures == 0 || now - w.start >= policy_.window_seconds) w = Window{now, 0};
  ++w.failures;
}

std::int64_t LoginThrottle::BlockedFor(std::map<std::string, Window>& windows, const std::string& key, int max,
                                       std::int64_t now) {
  auto it = windows.find(key);
  if (it == windows.end()) return 0;
  std::int64_t end = it->second.start + policy_.window_seconds;
  if (now >= end) {
    windows.erase(it);
    return 0;
  }
  return it->second.failures >= max ? end - now : 0;
}

Status LoginThrottle::Check(const std::string& account, const std::string& address, std::int64_t now) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::int64_t wait = std::max(BlockedFor(by_account_, account, policy_.max_failures_per_account, now),
                               BlockedFor(by_address_, address, policy_.max_failures_per_address, now));
  if (wait == 0) return Status::Ok();
  return Status::TooManyRequests(
      "too many failed sign-ins; try again in " + std::to_string(wait) + " seconds", static_cast<int>(wait));
}

void LoginThrottle::RecordFailure(const std::string& account, const std::string& address, std::int64_t now) {
  std::lock_guard<std::mutex> lock(mutex_);
  Count(by_account_, account, now);
  Count(by_address_, address, now);
}

void LoginThrottle::RecordSuccess(const std::string& account) {
  std::lock_guard<std::mutex> lock(mutex_);
  by_account_.erase(account);
}

}  // namespace platewise
