#ifndef PLATEWISE_CORE_PORTS_PROFILE_SETTINGS_REPOSITORY_H_
#define PLATEWISE_CORE_PORTS_PROFILE_SETTINGS_REPOSITORY_H_

// Where the API keeps the profile settings (core/account/profile_settings.h)
// next to the body profile. Thread-safe.

#include "core/account/profile_settings.h"
#include "core/diary/diary_entry.h"
#include "core/energy/calorie_goal.h"
#include "core/status.h"

namespace platewise {

class ProfileSettingsRepository {
 public:
  virtual ~ProfileSettingsRepository() = default;
  // NotFound when the owner has not set them (a body profile alone is not
  // settings).
  virtual Result<ProfileSettings> Get(UserId owner) = 0;
  // Saves settings and body profile together, in one transaction.
  virtual Status Save(UserId owner, const ProfileSettings& settings, const BodyProfile& body) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_PROFILE_SETTINGS_REPOSITORY_H_
