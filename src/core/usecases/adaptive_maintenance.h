#ifndef PLATEWISE_CORE_USECASES_ADAPTIVE_MAINTENANCE_H_
#define PLATEWISE_CORE_USECASES_ADAPTIVE_MAINTENANCE_H_

// A person's choice to budget on what their log says they burn (the Weight
// screen's "recalibrated budget") instead of the formula's maintenance, and
// back (ProfileSettings::adaptive_maintenance). The budget then moves on to
// every screen at once: it is ProfileCalorieGoal's.

#include "core/usecases/current_profile.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

// Stores today's adaptive estimate (the projection's, ProjectUserWeight) as
// the person's maintenance. NotFound without a profile; Conflict while the
// estimate has too few days ("14 days with both a fully logged day and a
// weigh-in are needed, you have 3"). Returns the profile as saved.
Result<CurrentProfile> ApplyAdaptiveMaintenance(UseCaseContext& ctx, UserId user);

// Back to the formula's maintenance. NotFound without a profile; doing it
// twice is not an error.
Result<CurrentProfile> ClearAdaptiveMaintenance(UseCaseContext& ctx, UserId user);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_ADAPTIVE_MAINTENANCE_H_
