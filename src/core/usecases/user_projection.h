#ifndef PLATEWISE_CORE_USECASES_USER_PROJECTION_H_
#define PLATEWISE_CORE_USECASES_USER_PROJECTION_H_

// The weight chart of a user (core/weight/weight_projection.h) from their
// current profile, weigh-ins up to their today and the intake of the last
// kIntakeLookbackDays days.

#include "core/usecases/use_case_context.h"
#include "core/weight/weight_projection.h"

namespace platewise {

// How far back the diary is read: the expenditure window (28 days) and the
// latest 14 fully logged days both lie within it for anyone logging at least
// every other week or so; older days do not describe today's intake.
inline constexpr int kIntakeLookbackDays = 90;

// NotFound without a profile. REQUIRES: days in 1..kMaxProjectionDays.
Result<WeightProjection> ProjectUserWeight(UseCaseContext& ctx, UserId user, int days);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_USER_PROJECTION_H_
