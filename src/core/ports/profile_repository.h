#ifndef PLATEWISE_CORE_PORTS_PROFILE_REPOSITORY_H_
#define PLATEWISE_CORE_PORTS_PROFILE_REPOSITORY_H_

#include "core/diary/diary_entry.h"
#include "core/energy/calorie_goal.h"
#include "core/status.h"

namespace platewise {

// A user's body profile and goal. Thread-safe.
class ProfileRepository {
 public:
  virtual ~ProfileRepository() = default;
  // NotFound when the owner has not set a profile.
  virtual Result<BodyProfile> GetProfile(UserId owner) = 0;
  // Replaces the owner's profile (settings untouched).
  virtual Status SaveProfile(UserId owner, const BodyProfile& profile) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_PROFILE_REPOSITORY_H_
