#include "core/utc_time.h"

#include <cstdio>
#include <ctime>

namespace platewise {

std::string UtcTimestamp(std::int64_t unix_ms, bool with_milliseconds) {
  const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[40];
  std::size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  if (with_milliseconds) {
    std::snprintf(text + n, sizeof text - n, ".%03dZ", static_cast<int>(unix_ms % 1000));
  } else {
    std::snprintf(text + n, sizeof text - n, "Z");
  }
  return text;
}

}  // namespace platewise
