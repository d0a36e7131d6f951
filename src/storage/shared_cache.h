#ifndef PLATEWISE_STORAGE_SHARED_CACHE_H_
#define PLATEWISE_STORAGE_SHARED_CACHE_H_

// A small thread-safe map of values read from the database, for the rows that
// nearly every request reads again: credentials, profiles, foods. Many readers
// share it at once; writers take it alone.
//
// Contract for users: the repository that writes a row Erases (or Clears) its
// entry in the same process after the write commits, so this process never
// reads its own stale data. Rows another process may change (the CLI, or
// another server on a shared database) are bounded by `ttl`: an entry older
// than that is read again. Past `capacity` entries, an arbitrary one makes
// room.

#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <unordered_map>

namespace platewise {

template <typename Key, typename Value, typename Hash = std::hash<Key>>
class SharedCache {
 public:
  using Clock = std::chrono::steady_clock;

  // ttl zero: entries never expire by age.
  explicit SharedCache(std::size_t capacity, Clock::duration ttl = Clock::duration::zero())
      : capacity_(capacity), ttl_(ttl) {}

  std::optional<Value> Find(const Key& key) const {
    std::shared_lock lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    if (ttl_ != Clock::duration::zero() && Clock::now() >= it->second.expires) return std::nullopt;
    return it->second.value;
  }

  void Put(const Key& key, Value value) {
    std::unique_lock lock(mutex_);
    if (entries_.size() >= capacity_ && !entries_.count(key)) entries_.erase(entries_.begin());
    entries_.insert_or_assign(key, Entry{std::move(value), Clock::now() + ttl_});
  }

  void Erase(const Key& key) {
    std::unique_lock lock(mutex_);
    entries_.erase(key);
  }

  // Erases every entry for which `pred(key, value)` holds.
  void EraseIf(const std::function<bool(const Key&, const Value&)>& pred) {
    std::unique_lock lock(mutex_);
    std::erase_if(entries_, [&pred](const auto& kv) { return pred(kv.first, kv.second.value); });
  }

  void Clear() {
    std::unique_lock lock(mutex_);
    entries_.clear();
  }

 private:
  struct Entry {
    Value value;
    Clock::time_point expires;
  };

  const std::size_t capacity_;
  const Clock::duration ttl_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<Key, Entry, Hash> entries_;  // guarded by mutex_
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_SHARED_CACHE_H_
