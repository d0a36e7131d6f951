#ifndef PLATEWISE_CORE_USECASES_CURRENT_PROFILE_H_
#define PLATEWISE_CORE_USECASES_CURRENT_PROFILE_H_

// A user's profile as every rule needs it today, and the user's "today".
//
// Today for a user is the date in their profile's time zone, UTC when they
// have none: every route and command that defaults to today asks UserToday.
// Age is whole years from the birth date to that today, so a birthday that
// crosses a DRI life stage (30 -> 31, 50 -> 51) or the budget formula's age
// moves targets and budget on that day; a profile given by age (no birth
// date) keeps the age it was given.

#include <optional>
#include <string>

#include "core/account/profile_settings.h"
#include "core/energy/calorie_goal.h"
#include "core/status.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

struct CurrentProfile {
  BodyProfile body;  // age_years as of `today`
  ProfileSettings settings;  // the stored ones, or the defaults (UTC, metric, no birth date)
  CivilDate today;  // in settings.time_zone
};

// The calorie goal of a profile: the one budget the diary day, the
// suggestions, the badges, the weekly summaries, GET /api/v1/goal and the
// CLI use. On the adaptive maintenance when the person chose it
// (ProfileSettings::adaptive_maintenance), else on the formula's.
CalorieGoal ProfileCalorieGoal(const CurrentProfile& profile);

// The user's time zone: their profile's, UTC without one (or with one the
// clock no longer knows).
Result<std::string> UserTimeZone(UseCaseContext& ctx, UserId user);
// Today's date in UserTimeZone.
Result<CivilDate> UserToday(UseCaseContext& ctx, UserId user);

// nullopt when the user has set no body profile.
Result<std::optional<CurrentProfile>> FindCurrentProfile(UseCaseContext& ctx, UserId user);

// As FindCurrentProfile, but NotFound ("no profile set ...") without one.
Result<CurrentProfile> RequireCurrentProfile(UseCaseContext& ctx, UserId user);

// Saves settings and body profile together; settings without an
// adaptive_maintenance keep the stored one, and stored settings keep their
// macro targets and weight goal (set by core/usecases/goals.h; a first save
// takes those of `settings`). With a birth date, the age is
// computed from it on today in settings.time_zone and must be 18-120
// (Unprocessable naming "birth_date"); an unknown time zone is Unprocessable
// naming "time_zone". Returns the profile as saved.
Result<CurrentProfile> SaveCurrentProfile(UseCaseContext& ctx, UserId user, const ProfileSettings& settings,
                                          BodyProfile body);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_CURRENT_PROFILE_H_
