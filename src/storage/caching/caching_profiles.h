#ifndef PLATEWISE_STORAGE_CACHING_CACHING_PROFILES_H_
#define PLATEWISE_STORAGE_CACHING_CACHING_PROFILES_H_

// The profile cache: a user's body profile and profile settings (NotFound
// included), read together and tagged with the user's stamp as known before
// they were read. Saving either through this decorator learns the user's new
// stamp once the save returns.

#include <memory>

#include "core/ports/profile_repository.h"
#include "core/ports/profile_settings_repository.h"
#include "storage/caching/known_versions.h"
#include "storage/shared_cache.h"

namespace platewise {

class CachingProfiles final : public ProfileRepository, public ProfileSettingsRepository {
 public:
  // `inner_settings` is owned with `inner` (as in Store).
  CachingProfiles(std::unique_ptr<ProfileRepository> inner, ProfileSettingsRepository* inner_settings,
                  std::shared_ptr<KnownVersions> known)
      : inner_(std::move(inner)), inner_settings_(inner_settings), known_(std::move(known)) {}

  Result<BodyProfile> GetProfile(UserId owner) override { return Load(owner).body; }
  Status SaveProfile(UserId owner, const BodyProfile& profile) override;
  Result<ProfileSettings> Get(UserId owner) override { return Load(owner).settings; }
  Status Save(UserId owner, const ProfileSettings& settings, const BodyProfile& body) override;

 private:
  struct Cached {
    std::uint64_t tag = 0;
    Result<BodyProfile> body;
    Result<ProfileSettings> settings;
  };
  Cached Load(UserId owner);

  std::unique_ptr<ProfileRepository> inner_;
  ProfileSettingsRepository* inner_settings_;
  std::shared_ptr<KnownVersions> known_;
  SharedCache<UserId, Cached> profiles_{16384};
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_CACHING_CACHING_PROFILES_H_
