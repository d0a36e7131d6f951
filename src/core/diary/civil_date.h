#ifndef PLATEWISE_CORE_DIARY_CIVIL_DATE_H_
#define PLATEWISE_CORE_DIARY_CIVIL_DATE_H_

// A calendar date in the user's own time zone, as "YYYY-MM-DD". The core never
// reads the clock: callers hand it today's date.

#include <string>
#include <string_view>

#include "core/status.h"

namespace platewise {

struct CivilDate {
  int year = 1970;
  int month = 1;
  int day = 1;
  std::string ToString() const;  // "2026-11-29"
  auto operator<=>(const CivilDate&) const = default;
};

// Accepts exactly YYYY-MM-DD naming a real day of years 1900-2999.
Result<CivilDate> ParseCivilDate(std::string_view text);

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_CIVIL_DATE_H_
