#ifndef PLATEWISE_CORE_UTC_TIME_H_
#define PLATEWISE_CORE_UTC_TIME_H_

// Times as the product prints them for machines and logs: ISO 8601 in UTC.

#include <cstdint>
#include <string>

namespace platewise {

// 1796188282123 -> "2026-12-02T05:11:22.123Z" (with milliseconds) or
// "2026-12-02T05:11:22Z" (without: the milliseconds are dropped).
std::string UtcTimestamp(std::int64_t unix_ms, bool with_milliseconds);

}  // namespace platewise

#endif  // PLATEWISE_CORE_UTC_TIME_H_
