#ifndef PLATEWISE_HTTP_CLOCK_H_
#define PLATEWISE_HTTP_CLOCK_H_

// The server's reading of the clock and of the system's time-zone data (the
// core reads neither: handlers pass it "today").

#include <cstdint>
#include <string>

#include "core/diary/civil_date.h"

namespace platewise::http {

std::int64_t NowSeconds();  // seconds since the epoch

// True for an IANA zone name the system knows ("Europe/Berlin", "UTC").
bool IsKnownTimeZone(const std::string& name);

// Today's date in the zone `name` (REQUIRES: IsKnownTimeZone(name)).
// Thread-safe (serialised: it switches the process's TZ briefly).
CivilDate TodayIn(const std::string& name);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_CLOCK_H_
