#ifndef PLATEWISE_CORE_PORTS_CLOCK_H_
#define PLATEWISE_CORE_PORTS_CLOCK_H_

// The clock and the time-zone data, as the core sees them. The core never
// reads the system clock: "today" for a user is always
// TodayIn(the profile's time zone), UTC when the profile has none
// (core/usecases/current_profile.h). system/system_clock.h reads the real
// clock; tests hand in a fixed one. Thread-safe.

#include <cstdint>
#include <string>

#include "core/diary/civil_date.h"

namespace platewise {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::int64_t NowSeconds() = 0;  // seconds since the epoch
  // True for an IANA zone name the clock knows ("Europe/Berlin", "UTC").
  virtual bool IsKnownTimeZone(const std::string& name) = 0;
  // The calendar date now in the zone `name`. REQUIRES: IsKnownTimeZone(name).
  virtual CivilDate TodayIn(const std::string& name) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_CLOCK_H_
