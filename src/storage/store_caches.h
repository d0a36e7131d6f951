#ifndef PLATEWISE_STORAGE_STORE_CACHES_H_
#define PLATEWISE_STORAGE_STORE_CACHES_H_

// The caches of one store, shared by its repositories: a row cached by one
// repository may be changed by another (deleting an account removes its
// sessions, profile and custom foods), which then drops the entry.
//
// Each repository fills and drops entries while it holds the connection lock,
// so a read that raced with a write cannot put a stale entry back after the
// write dropped it.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "core/account/profile_settings.h"
#include "core/energy/calorie_goal.h"
#include "core/ports/account_repository.h"
#include "core/ports/diary_repository.h"
#include "core/status.h"
#include "storage/food_cache.h"
#include "storage/shared_cache.h"

namespace platewise {

// What a token hash (session or API token) stands for.
struct CachedCredential {
  UserId owner = 0;
  std::optional<SessionRecord> session;  // nullopt: an API token
};

// A user's profile rows, as GetProfile and Get answer them (NotFound included).
struct CachedProfile {
  Result<BodyProfile> body;
  Result<ProfileSettings> settings;
};

// A user's diary day (entries, water, exercise) as read at `generation`.
struct CachedDay {
  std::uint64_t generation = 0;
  DiaryDayRows rows;
};

struct DayKey {
  UserId owner = 0;
  int day = 0;  // DayNumber(date)
  bool operator==(const DayKey&) const = default;
};

struct DayKeyHash {
  std::size_t operator()(const DayKey& k) const {
    return std::hash<std::int64_t>()(k.owner * 1000003 ^ static_cast<std::int64_t>(k.day));
  }
};

struct StoreCaches {
  // Rows another process may change are read again after this long (a
  // session ended or a profile saved elsewhere is noticed within it).
  static constexpr std::chrono::seconds kRowTtl{5};

  FoodCache foods;
  SharedCache<std::string, CachedCredential> credentials{16384, kRowTtl};  // by token hash
  SharedCache<UserId, CachedProfile> profiles{16384, kRowTtl};

  // Diary days: an entry counts only while its generation is the owner's
  // current one. A write to a user's entries, water or exercise moves the
  // owner to a new generation (ChangedDays) after it commits, which retires
  // all their cached days at once, at O(1) cost. A reader takes the
  // generation before it opens its snapshot: a write that commits after that
  // moves the generation, so what the reader caches is never taken for new.
  SharedCache<DayKey, CachedDay, DayKeyHash> days{16384, kRowTtl};

  std::uint64_t DayGeneration(UserId owner) {
    if (auto g = day_generations_.Find(owner)) return *g;
    std::uint64_t g = ++last_generation_;  // unknown (new, or evicted): a fresh one matches nothing cached
    day_generations_.Put(owner, g);
    return g;
  }
  void ChangedDays(UserId owner) { day_generations_.Put(owner, ++last_generation_); }

 private:
  SharedCache<UserId, std::uint64_t> day_generations_{1 << 20};
  std::atomic<std::uint64_t> last_generation_{0};
};

// Declared at the start of a repository method that changes a user's diary
// rows (after taking the writer lock, or before a helper that takes it):
// retires the user's cached days when the method returns, after its write
// committed. That order is all the day cache needs (see days above).
class DayRowsChange {
 public:
  DayRowsChange(StoreCaches& caches, UserId owner) : caches_(caches), owner_(owner) {}
  ~DayRowsChange() { caches_.ChangedDays(owner_); }
  DayRowsChange(const DayRowsChange&) = delete;
  DayRowsChange& operator=(const DayRowsChange&) = delete;

 private:
  StoreCaches& caches_;
  UserId owner_;
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_STORE_CACHES_H_
