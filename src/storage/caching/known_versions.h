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
//   process's write is seen within `refresh`. Within a request
//   (core/ports/fresh_reads.h), a stamp whose read began after the request
//   did is used as it is, whatever `refresh`: it already reflects every write
//   acknowledged before the request began. With `refresh` zero, that is
//   read-your-writes across processes at one stamp read per key per request.
//
// If reading a stamp after a write fails, the key is marked unknown: caches
// are bypassed for it until a store read that began after the mark succeeds.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include "core/ports/data_versions.h"
#include "core/ports/fresh_reads.h"

namespace platewise {

// A fixed table of slots, one key each (a key whose slot another key took is
// simply read from the store again). Reads, on every cached read of every
// request, are a few atomic loads under a sequence lock (no lock word written,
// so request threads do not contend); writes are serialised by a mutex.
template <typename Key>  // an integer
class KnownStamps {
 public:
  using Clock = std::chrono::steady_clock;
  using ReadStamp = std::function<Result<std::uint64_t>(const Key&)>;

  // `slots`: a power of two.
  KnownStamps(ReadStamp read, Clock::duration refresh, std::size_t slots)
      : read_(std::move(read)),
        refresh_ns_(std::chrono::duration_cast<std::chrono::nanoseconds>(refresh).count()),
        mask_(slots - 1),
        slots_(new Slot[slots]) {}

  // The stamp to check cache entries of `key` against; nullopt when it cannot
  // be known (the store failed): then the caller reads through.
  std::optional<std::uint64_t> Current(const Key& key) {
    const std::optional<std::int64_t> request_start = FreshReadsSince();
    if (refresh_ns_ > 0 || request_start) {
      const Slot& slot = SlotOf(key);
      for (int attempt = 0; attempt < 4; ++attempt) {
        const std::uint32_t before = slot.seq.load(std::memory_order_acquire);
        if (before & 1) continue;  // being written
        const bool valid = slot.valid.load(std::memory_order_relaxed);
        const Key owner = slot.key.load(std::memory_order_relaxed);
        const std::uint64_t stamp = slot.stamp.load(std::memory_order_relaxed);
        const std::int64_t read_at = slot.read_at.load(std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_acquire);
        if (slot.seq.load(std::memory_order_relaxed) != before) continue;
        const bool fresh = Now() - read_at < refresh_ns_ || (request_start && read_at >= *request_start);
        if (valid && owner == key && fresh) return stamp;
        break;
      }
    }
    return Refresh(key);
  }

  // `stamp` was read together with committed rows: known from now on.
  void Seen(const Key& key, std::uint64_t stamp) {
    const Slot& seen = SlotOf(key);  // nothing new (the common case): no lock
    if (seen.key.load(kRelaxed) == key && seen.stamp.load(kRelaxed) >= stamp) return;
    std::lock_guard lock(write_mutex_);
    Slot& slot = ClaimLocked(key);
    if (stamp > slot.stamp.load(std::memory_order_relaxed)) Write(slot, [&] { slot.stamp.store(stamp, kRelaxed); });
  }

  // Called after a write that moves `key`'s stamp returned (committed or
  // not): reads the stamp now, so entries read before the write miss.
  void AfterWrite(const Key& key) {
    if (Refresh(key)) return;
    std::lock_guard lock(write_mutex_);
    ++epoch_;
    Slot& slot = ClaimLocked(key);
    Write(slot, [&] { slot.valid.store(false, kRelaxed); });
  }

 private:
  static constexpr std::memory_order kRelaxed = std::memory_order_relaxed;

  struct Slot {
    std::atomic<std::uint32_t> seq{0};  // odd while being written
    std::atomic<Key> key{0};
    std::atomic<std::uint64_t> stamp{0};
    std::atomic<std::int64_t> read_at{0};  // Now() when the store read that confirmed `stamp` began
    std::atomic<bool> valid{false};        // false: never read for `key`, or marked unknown
  };

  static std::int64_t Now() { return FreshReadsNow(); }
  Slot& SlotOf(const Key& key) const {
    return slots_[static_cast<std::size_t>(static_cast<std::uint64_t>(key) * 0x9E3779B97F4A7C15ull >> 32) & mask_];
  }

  // REQUIRES: write_mutex_ held.
  template <typename Change>
  static void Write(Slot& slot, Change change) {
    slot.seq.store(slot.seq.load(kRelaxed) + 1, kRelaxed);
    std::atomic_thread_fence(std::memory_order_release);
    change();
    slot.seq.store(slot.seq.load(kRelaxed) + 1, std::memory_order_release);
  }
  // The slot of `key`, taken over from another key if need be. REQUIRES: write_mutex_ held.
  Slot& ClaimLocked(const Key& key) {
    Slot& slot = SlotOf(key);
    if (slot.key.load(kRelaxed) != key) {
      Write(slot, [&] {
        slot.key.store(key, kRelaxed);
        slot.stamp.store(0, kRelaxed);
        slot.read_at.store(0, kRelaxed);
        slot.valid.store(false, kRelaxed);
      });
    }
    return slot;
  }

  std::optional<std::uint64_t> Refresh(const Key& key) {
    const ReadStart start = BeginRead();
    return FinishRead(key, start, read_(key));
  }

 public:
  // A store read of a stamp of `key` made by someone else (KnownVersions
  // reads the foods' stamp with a user's): BeginRead before it starts, then
  // FinishRead with what it gave. Returns the stamp now known, or nullopt.
  struct ReadStart {
    std::uint64_t epoch = 0;
    std::int64_t started = 0;
  };
  ReadStart BeginRead() {
    std::lock_guard lock(write_mutex_);
    return {epoch_, Now()};
  }
  std::optional<std::uint64_t> FinishRead(const Key& key, const ReadStart& start, const Result<std::uint64_t>& stamp) {
    const std::uint64_t epoch = start.epoch;
    const std::int64_t started = start.started;
    if (!stamp.ok()) return std::nullopt;
    std::lock_guard lock(write_mutex_);
    Slot& slot = ClaimLocked(key);
    const bool valid = slot.valid.load(kRelaxed);
    if (epoch != epoch_ && !valid) return std::nullopt;  // marked unknown while this read ran
    const std::uint64_t known = std::max(*stamp, slot.stamp.load(kRelaxed));
    Write(slot, [&] {
      slot.stamp.store(known, kRelaxed);
      slot.valid.store(true, kRelaxed);
      if (started > slot.read_at.load(kRelaxed)) slot.read_at.store(started, kRelaxed);
    });
    return known;
  }

 private:
  const ReadStamp read_;
  const std::int64_t refresh_ns_;
  const std::size_t mask_;
  const std::unique_ptr<Slot[]> slots_;
  std::mutex write_mutex_;
  std::uint64_t epoch_ = 0;  // guarded by write_mutex_; counts marks of "unknown"
};

// The stamps of one store, shared by its caching decorators.
struct KnownVersions {
  // A user's stamp is read together with the foods' (one round trip on
  // PostgreSQL), so a request's first cached read leaves both fresh.
  KnownVersions(std::shared_ptr<DataVersions> store, std::chrono::steady_clock::duration refresh)
      : versions(std::move(store)),
        users([this](const UserId& owner) { return ReadBoth(owner); }, refresh, 1 << 14),
        foods([v = versions.get()](const int&) { return v->FoodsVersion(); }, refresh, 1) {}

  std::shared_ptr<DataVersions> versions;
  KnownStamps<UserId> users;
  KnownStamps<int> foods;  // one key: kFoods
  static constexpr int kFoods = 0;

 private:
  Result<std::uint64_t> ReadBoth(UserId owner) {
    const auto start = foods.BeginRead();
    auto both = versions->BothVersions(owner);
    if (!both.ok()) return both.status();
    foods.FinishRead(kFoods, start, both->foods);
    return both->user;
  }
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_CACHING_KNOWN_VERSIONS_H_
