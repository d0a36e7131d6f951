#include "core/account/login_throttle.h"

#include <algorithm>

namespace platewise {
namespace {

// One key for an (account, client) pair; a newline is in no email or address.
std::string PairKey(const std::string& account, const std::string& client) { return account + "\n" + client; }

template <typename Value, typename Age>
void MakeRoom(std::map<std::string, Value>& map, const std::string& key, Age age) {
  if (map.size() < LoginThrottle::kMaxKeys || map.count(key)) return;
  map.erase(std::min_element(map.begin(), map.end(), [&](const auto& a, const auto& b) { return age(a) < age(b); }));
}

}  // namespace

void LoginThrottle::Count(std::map<std::string, Window>& windows, const std::string& key, std::int64_t now) {
  MakeRoom(windows, key, [](const auto& kv) { return kv.second.start; });
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

bool LoginThrottle::KnownLocked(const std::string& pair, std::int64_t now) {
  auto it = known_.find(pair);
  if (it == known_.end()) return false;
  if (now - it->second >= policy_.known_client_seconds) {
    known_.erase(it);
    return false;
  }
  return true;
}

Status LoginThrottle::Check(const std::string& account, const std::string& client, std::int64_t now) {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string pair = PairKey(account, client);
  std::int64_t wait = BlockedFor(by_pair_, pair, policy_.max_failures_per_account_and_client, now);
  if (wait == 0 && !KnownLocked(pair, now)) {
    wait = std::max(BlockedFor(by_client_, client, policy_.max_failures_per_client, now),
                    BlockedFor(by_account_, account, policy_.max_failures_per_account, now));
  }
  if (wait == 0) return Status::Ok();
  return Status::TooManyRequests(
      "too many failed sign-ins; try again in " + std::to_string(wait) + " seconds", static_cast<int>(wait));
}

void LoginThrottle::RecordFailure(const std::string& account, const std::string& client, std::int64_t now) {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string pair = PairKey(account, client);
  Count(by_pair_, pair, now);
  if (KnownLocked(pair, now)) return;  // a known client's typos count against it alone
  Count(by_client_, client, now);
  Count(by_account_, account, now);
}

void LoginThrottle::RecordSuccess(const std::string& account, const std::string& client, std::int64_t now) {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string pair = PairKey(account, client);
  by_pair_.erase(pair);
  MakeRoom(known_, pair, [](const auto& kv) { return kv.second; });
  known_[pair] = now;
}

}  // namespace platewise
