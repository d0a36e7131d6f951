#ifndef PLATEWISE_STORAGE_CACHING_CACHE_STATS_H_
#define PLATEWISE_STORAGE_CACHING_CACHE_STATS_H_

// How often each cache of storage/caching/ answered from memory (a hit) and
// how often it read the store (a miss: nothing kept, or kept under a stamp
// that is no longer current), for the server's metrics (GET /metrics).
//
// The counts are the process's, as a metrics scrape reads a process: every
// store opened in it adds to the same counters. Relaxed atomics, one add per
// cached read: no lock on the hot path.

#include <atomic>
#include <cstdint>

namespace platewise {

struct CacheCounter {
  std::atomic<std::uint64_t> hits{0};
  std::atomic<std::uint64_t> misses{0};

  void Hit() { hits.fetch_add(1, std::memory_order_relaxed); }
  void Miss() { misses.fetch_add(1, std::memory_order_relaxed); }
};

struct CacheStats {
  CacheCounter foods;        // caching_foods.h: GetFood, GetVisibleFood
  CacheCounter credentials;  // caching_accounts.h: FindSession, FindApiToken
  CacheCounter profiles;     // caching_profiles.h: a user's profile and settings
  CacheCounter diary_days;   // caching_diary.h: GetDay
};

// The process's counters.
inline CacheStats& ProcessCacheStats() {
  static CacheStats stats;
  return stats;
}

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_CACHING_CACHE_STATS_H_
