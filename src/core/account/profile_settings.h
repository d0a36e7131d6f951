#ifndef PLATEWISE_CORE_ACCOUNT_PROFILE_SETTINGS_H_
#define PLATEWISE_CORE_ACCOUNT_PROFILE_SETTINGS_H_

// The parts of a user's profile that BodyProfile does not hold: birth date
// (when given, BodyProfile::age_years is computed from it on the user's
// today: core/usecases/current_profile.h), preferred display units and IANA
// time zone (the diary's dates, and "today", are local dates in it).

#include <optional>
#include <string>
#include <string_view>

#include "core/diary/civil_date.h"
#include "core/status.h"

namespace platewise {

enum class DisplayUnits { kMetric, kImperial };

struct ProfileSettings {
  // nullopt for a profile given by age (the CLI's `profile set --age`): then
  // the age stored in BodyProfile stands.
  std::optional<CivilDate> birth_date;
  DisplayUnits units = DisplayUnits::kMetric;
  std::string time_zone = "UTC";  // IANA name, validated against the Clock port
};

const char* DisplayUnitsName(DisplayUnits units);  // "metric", "imperial"
Result<DisplayUnits> ParseDisplayUnits(std::string_view text);

// Whole years from `birth` to `today`; negative when birth is after today.
int AgeInYears(const CivilDate& birth, const CivilDate& today);

}  // namespace platewise

#endif  // PLATEWISE_CORE_ACCOUNT_PROFILE_SETTINGS_H_
