#ifndef PLATEWISE_STORAGE_STORE_CACHES_H_
#define PLATEWISE_STORAGE_STORE_CACHES_H_

// The caches of one store, shared by its repositories: a row cached by one
// repository may be changed by another (deleting an account removes its
// sessions, profile and custom foods), which then drops the entry.
//
// Each repository fills and drops entries while it holds the connection lock,
// so a read that raced with a write cannot put a stale entry back after the
// write dropped it.

#include <chrono>
#include <optional>
#include <string>

#include "core/account/profile_settings.h"
#include "core/energy/calorie_goal.h"
#include "core/ports/account_repository.h"
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

struct StoreCaches {
  // Rows another process may change are read again after this long (a
  // session ended or a profile saved elsewhere is noticed within it).
  static constexpr std::chrono::seconds kRowTtl{5};

  FoodCache foods;
  SharedCache<std::string, CachedCredential> credentials{16384, kRowTtl};  // by token hash
  SharedCache<UserId, CachedProfile> profiles{16384, kRowTtl};
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_STORE_CACHES_H_
