#ifndef PLATEWISE_SYSTEM_SYSTEM_CLOCK_H_
#define PLATEWISE_SYSTEM_SYSTEM_CLOCK_H_

// The Clock port (core/ports/clock.h) on the real clock and the system's
// time-zone data (TZif files under $TZDIR, else /usr/share/zoneinfo).

#include <string>

#include "core/ports/clock.h"

namespace platewise {

class SystemClock final : public Clock {
 public:
  std::int64_t NowSeconds() override;
  // Thread-safe; answers are kept per thread for a minute.
  bool IsKnownTimeZone(const std::string& name) override;
  // Thread-safe: answers are kept per thread until the next whole minute,
  // and computing one is serialised (it switches the process's TZ briefly).
  CivilDate TodayIn(const std::string& name) override;

 private:
  // Whether `name` is a safe relative path to a TZif file of the zone data.
  static bool ReadsAsZoneFile(const std::string& name);
};

// The machine's own zone name: $TZ when it names a known zone, else the
// zone /etc/localtime links to, else /etc/timezone, else "UTC". The default
// time zone of the CLI's local user.
std::string MachineTimeZone(Clock& clock);

}  // namespace platewise

#endif  // PLATEWISE_SYSTEM_SYSTEM_CLOCK_H_
