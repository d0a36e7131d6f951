#ifndef PLATEWISE_CORE_ACCOUNT_PROFILE_SETTINGS_H_
#define PLATEWISE_CORE_ACCOUNT_PROFILE_SETTINGS_H_

// The parts of an API user's profile that BodyProfile does not hold: birth
// date (BodyProfile::age_years is computed from it and "today" by the
// caller: the core reads no clock), preferred display units and IANA time
// zone (the diary's dates are local dates in it).

#include <string>
#include <string_view>

#include "core/diary/civil_date.h"
#include "core/status.h"

namespace platewise {

enum class DisplayUnits { kMetric, kImperial };

struct ProfileSettings {
  CivilDate birth_date;
  DisplayUnits units = DisplayUnits::kMetric;
  std::string time_zone = "UTC";  // IANA name, validated where the zone data is (http/)
};

const char* DisplayUnitsName(DisplayUnits units);  // "metric", "imperial"
Result<DisplayUnits> ParseDisplayUnits(std::string_view text);

// Whole years from `birth` to `today`; negative when birth is after today.
int AgeInYears(const CivilDate& birth, const CivilDate& today);

}  // namespace platewise

#endif  // PLATEWISE_CORE_ACCOUNT_PROFILE_SETTINGS_H_
