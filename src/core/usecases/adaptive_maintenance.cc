#include "core/usecases/adaptive_maintenance.h"

#include "core/usecases/user_projection.h"

namespace platewise {
namespace {

Result<CurrentProfile> SaveChoice(UseCaseContext& ctx, UserId user, CurrentProfile profile,
                                  std::optional<AdaptiveMaintenance> choice) {
  profile.settings.adaptive_maintenance = choice;
  // Straight to the store: SaveCurrentProfile keeps a stored choice when it
  // is given none, which is what "back to the formula" must not do.
  PW_RETURN_IF_ERROR(ctx.store.profile_settings->Save(user, profile.settings, profile.body));
  return profile;
}

}  // namespace

Result<CurrentProfile> ApplyAdaptiveMaintenance(UseCaseContext& ctx, UserId user) {
  auto profile = RequireCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  auto projection = ProjectUserWeight(ctx, user, 1);
  if (!projection.ok()) return projection.status();
  const ExpenditureEstimate& e = projection->expenditure;
  if (!e.observed) {
    return Status::Conflict("there is no estimate from your log yet: it needs " + std::to_string(e.days_needed) +
                            " days with both a fully logged day and a weigh-in in the last " +
                            std::to_string(kExpenditureWindowDays) + " days, and you have " +
                            std::to_string(e.days_with_both));
  }
  const AdaptiveMaintenance choice{e.estimate, profile->today};
  return SaveChoice(ctx, user, std::move(*profile), choice);
}

Result<CurrentProfile> ClearAdaptiveMaintenance(UseCaseContext& ctx, UserId user) {
  auto profile = RequireCurrentProfile(ctx, user);
  if (!profile.ok()) return profile.status();
  return SaveChoice(ctx, user, std::move(*profile), std::nullopt);
}

}  // namespace platewise
