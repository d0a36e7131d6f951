// ProfileRepository and ProfileSettingsRepository in memory: one object
// serves both ports, as the SQLite store's does.

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

class MemoryProfileRepository final : public ProfileRepository, public ProfileSettingsRepository {
 public:
  explicit MemoryProfileRepository(State state) : s_(std::move(state)) {}

  Result<BodyProfile> GetProfile(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->profiles.find(owner);
    if (it == s_->profiles.end()) return Status::NotFound("no profile set");
    return it->second;
  }

  Status SaveProfile(UserId owner, const BodyProfile& profile) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    s_->profiles[owner] = profile;
    s_->MoveUserStamp(owner);
    return Status::Ok();
  }

  Result<ProfileSettings> Get(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->settings.find(owner);
    if (it == s_->settings.end()) return Status::NotFound("no profile settings set");
    return it->second;
  }

  Status Save(UserId owner, const ProfileSettings& settings, const BodyProfile& body) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    s_->settings[owner] = settings;
    s_->profiles[owner] = body;
    s_->MoveUserStamp(owner);
    return Status::Ok();
  }

 private:
  State s_;
};

}  // namespace

std::unique_ptr<ProfileRepository> MakeProfileRepository(State state, ProfileSettingsRepository** settings) {
  auto repo = std::make_unique<MemoryProfileRepository>(std::move(state));
  *settings = repo.get();
  return repo;
}

}  // namespace platewise::memory
