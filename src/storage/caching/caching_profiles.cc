#include "storage/caching/caching_profiles.h"

#include "storage/caching/cache_stats.h"

namespace platewise {

CachingProfiles::Cached CachingProfiles::Load(UserId owner) {
  const std::optional<std::uint64_t> current = known_->users.Current(owner);
  CacheCounter& counter = ProcessCacheStats().profiles;
  if (current) {
    if (auto hit = profiles_.Find(owner); hit && hit->tag == *current) {
      counter.Hit();
      return *std::move(hit);
    }
  }
  counter.Miss();
  // Read after `current` was known: the rows are of that stamp or newer.
  Cached p{current.value_or(0), inner_->GetProfile(owner),
           inner_settings_ ? inner_settings_->Get(owner) : Result<ProfileSettings>(Status::NotFound("no profile set"))};
  auto settled = [](const Status& s) { return s.ok() || s.code() == StatusCode::kNotFound; };
  if (current && settled(p.body.status()) && settled(p.settings.status())) profiles_.Put(owner, p);
  return p;
}

Status CachingProfiles::SaveProfile(UserId owner, const BodyProfile& profile) {
  Status s = inner_->SaveProfile(owner, profile);
  known_->users.AfterWrite(owner);
  return s;
}

Status CachingProfiles::Save(UserId owner, const ProfileSettings& settings, const BodyProfile& body) {
  Status s = inner_settings_ ? inner_settings_->Save(owner, settings, body)
                             : Status::Internal("this store keeps no profile settings");
  known_->users.AfterWrite(owner);
  return s;
}

}  // namespace platewise
