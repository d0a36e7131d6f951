// LoginAttempts in memory: failure windows by key and known clients, each
// call under the store's one lock.

#include <algorithm>

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

class MemoryLoginAttempts final : public LoginAttempts {
 public:
  explicit MemoryLoginAttempts(State state) : s_(std::move(state)) {}

  Result<LoginWindow> CountFailure(const std::string& key, std::int64_t now, int window_seconds) override {
    std::lock_guard lock(s_->mutex);
    LoginWindow& w = s_->login_windows[key];
    if (w.failures == 0 || now - w.start >= window_seconds) w = LoginWindow{now, 0};
    ++w.failures;
    return w;
  }

  Result<LoginWindow> GetWindow(const std::string& key) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->login_windows.find(key);
    return it == s_->login_windows.end() ? LoginWindow{} : it->second;
  }

  Status ClearWindow(const std::string& key) override {
    std::lock_guard lock(s_->mutex);
    s_->login_windows.erase(key);
    return Status::Ok();
  }

  Status RememberClient(const std::string& account, const std::string& client, std::int64_t now) override {
    std::lock_guard lock(s_->mutex);
    auto [it, added] = s_->known_clients.try_emplace({account, client}, now);
    if (!added) it->second = std::max(it->second, now);
    return Status::Ok();
  }

  Result<std::optional<std::int64_t>> LastSignIn(const std::string& account, const std::string& client) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->known_clients.find({account, client});
    if (it == s_->known_clients.end()) return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(it->second);
  }

  Result<std::int64_t> Prune(std::int64_t windows_begun_by, std::int64_t clients_seen_by) override {
    std::lock_guard lock(s_->mutex);
    std::int64_t removed =
        std::erase_if(s_->login_windows, [&](const auto& kv) { return kv.second.start <= windows_begun_by; });
    removed += std::erase_if(s_->known_clients, [&](const auto& kv) { return kv.second <= clients_seen_by; });
    return removed;
  }

 private:
  State s_;
};

}  // namespace

std::unique_ptr<LoginAttempts> MakeLoginAttempts(State state) {
  return std::make_unique<MemoryLoginAttempts>(std::move(state));
}

}  // namespace platewise::memory
