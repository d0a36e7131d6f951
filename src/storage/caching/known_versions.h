#ifndef PLATEWISE_STORAGE_CACHING_KNOWN_VERSIONS_H_
#define PLATEWISE_STORAGE_CACHING_KNOWN_VERSIONS_H_

// What this process knows of a store's version stamps (core/ports/
// data_versions.h): per user, and for the foods, the newest stamp it has
// seen. Every cache of storage/caching/ tags an entry with a stamp and uses
// it only while that stamp is the one known here.
//
// Why that is right:
// - A tag is never newer than the rows it stands for: it is the stamp read in
//   the rows' own snapshot (a diary day), or a stamp known before the rows
//   were read (everything else), and stamps are committed values that only
//   move forward.
// - The process that wrote: each decorator calls AfterWrite once its write
//   returned, which reads the store's stamp again (necessarily the write's or
//   a later one) and raises the known stamp to it; every entry read before
//   the write carries an older tag and misses from then on.
// - Other processes: a known stamp is read again from the store when it was
//   last read more than `refresh` ago (zero: on every use), so another
//   process's write is seen within `refresh`.
//
// If reading a stamp after a write fails, the key is marked unknown: caches
// are bypassed for it until a store read that began after the mark succeeds.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <unordered_map>

#include "core/ports/data_versions.h"

namespace platewise {

template <typename Key>
class KnownStamps {
 public:
  using Clock = std::chrono::steady_clock;
  using ReadStamp = std::function<Result<std::uint64_t>(const Key&)>;

  KnownStamps(ReadStamp read, Clock::duration refresh, std::size_t capacity)
      : read_(std::move(read)), refresh_(refresh), capacity_(capacity) {}

  // The stamp to check cache entries of `key` against; nullopt when it cannot
  // be known (the store failed): then the caller reads through.
  std::optional<std::uint64_t> Current(const Key& key) {
    if (refresh_ > Clock::duration::zero()) {
      const Clock::time_point now = Clock::now();
      std::shared_lock lock(mutex_);
      auto it = slots_.find(key);
      if (it != slots_.end() && it->second.valid && now - it->second.read_at < refresh_) return it->second.stamp;
    }
    return Refresh(key);
  }

  // `stamp` was read together with committed rows: known from now on.
  void Seen(const Key& key, std::uint64_t stamp) {
    std::unique_lock lock(mutex_);
    Slot& slot = SlotLocked(key);
    if (stamp > slot.stamp) slot.stamp = stamp;
  }

  // Called after a write that moves `key`'s stamp returned (committed or
  // not): reads the stamp now, so entries read before the write miss.
  void AfterWrite(const Key& key) {
    if (Refresh(key)) return;
    std::unique_lock lock(mutex_);
    ++epoch_;
    SlotLocked(key).valid = false;
  }

 private:
  struct Slot {
    std::uint64_t stamp = 0;
    Clock::time_point read_at;
    bool valid = false;
  };

  std::optional<std::uint64_t> Refresh(const Key& key) {
    std::uint64_t epoch;
    {
      std::unique_lock lock(mutex_);
      epoch = epoch_;
    }
    const Clock::time_point started = Clock::now();
    auto stamp = read_(key);
    if (!stamp.ok()) return std::nullopt;
    std::unique_lock lock(mutex_);
    Slot& slot = SlotLocked(key);
    if (*stamp > slot.stamp) slot.stamp = *stamp;
    if (epoch != epoch_ && !slot.valid) return std::nullopt;  // marked unknown while this read ran
    slot.valid = true;
    if (started > slot.read_at) slot.read_at = started;
    return slot.stamp;
  }

  Slot& SlotLocked(const Key& key) {
    if (slots_.size() >= capacity_ && !slots_.count(key)) slots_.erase(slots_.begin());  // read again when needed
    return slots_[key];
  }

  const ReadStamp read_;
  const Clock::duration refresh_;
  const std::size_t capacity_;
  std::shared_mutex mutex_;
  std::unordered_map<Key, Slot> slots_;  // guarded by mutex_
  std::uint64_t epoch_ = 0;              // guarded by mutex_; counts marks of "unknown"
};

// The stamps of one store, shared by its caching decorators.
struct KnownVersions {
  KnownVersions(std::shared_ptr<DataVersions> store, std::chrono::steady_clock::duration refresh)
      : versions(std::move(store)),
        users([v = versions.get()](const UserId& owner) { return v->UserVersion(owner); }, refresh, 1 << 20),
        foods([v = versions.get()](const int&) { return v->FoodsVersion(); }, refresh, 1) {}

  std::shared_ptr<DataVersions> versions;
  KnownStamps<UserId> users;
  KnownStamps<int> foods;  // one key: kFoods
  static constexpr int kFoods = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_CACHING_KNOWN_VERSIONS_H_
