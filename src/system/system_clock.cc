#include "system/system_clock.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>

namespace platewise {
namespace {

std::string ZoneInfoDir() {
  const char* dir = std::getenv("TZDIR");
  return dir != nullptr && *dir != '\0' ? dir : "/usr/share/zoneinfo";
}

}  // namespace

std::int64_t SystemClock::NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool SystemClock::IsKnownTimeZone(const std::string& name) {
  // Every request that defaults to today asks (UserToday): answers are kept
  // per thread for a minute, so the zone file is not opened each time.
  struct Known {
    std::int64_t until = 0;
    bool known = false;
  };
  thread_local std::map<std::string, Known> cache;
  const std::int64_t now = NowSeconds();
  if (auto it = cache.find(name); it != cache.end() && now < it->second.until) return it->second.known;
  const bool known = ReadsAsZoneFile(name);
  if (cache.size() > 1000) cache.clear();
  cache[name] = {now + 60, known};
  return known;
}

bool SystemClock::ReadsAsZoneFile(const std::string& name) {
  if (name.empty() || name.size() > 64 || name.front() == '/' || name.find("..") != std::string::npos) return false;
  for (char c : name) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '_' ||
              c == '-' || c == '+';
    if (!ok) return false;
  }
  std::ifstream in(ZoneInfoDir() + "/" + name, std::ios::binary);
  char magic[4] = {};
  return in.read(magic, 4) && std::string(magic, 4) == "TZif";
}

CivilDate SystemClock::TodayIn(const std::string& name) {
  // Switching TZ reads the zone file: answers are cached per zone until the
  // next whole minute (a date cannot change between minutes in any zone).
  struct Cached {
    std::int64_t until = 0;
    CivilDate date;
  };
  // Each thread keeps its own answers, so request threads do not queue on a
  // lock for the common case; TZ is process-wide, so computing one is locked.
  thread_local std::map<std::string, Cached> cache;
  std::int64_t now_s = NowSeconds();
  if (auto it = cache.find(name); it != cache.end() && now_s < it->second.until) return it->second.date;
  static std::mutex tz_mutex;
  std::lock_guard<std::mutex> lock(tz_mutex);
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  setenv("TZ", name.c_str(), 1);
  tzset();
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  if (old) setenv("TZ", saved.c_str(), 1); else unsetenv("TZ");
  tzset();
  CivilDate today{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
  if (cache.size() > 1000) cache.clear();
  cache[name] = {now_s - now_s % 60 + 60, today};
  return today;
}

std::string MachineTimeZone(Clock& clock) {
  if (const char* tz = std::getenv("TZ"); tz != nullptr) {
    std::string name = *tz == ':' ? tz + 1 : tz;
    if (clock.IsKnownTimeZone(name)) return name;
  }
  std::error_code ec;
  std::filesystem::path target = std::filesystem::read_symlink("/etc/localtime", ec);
  if (!ec) {
    std::string s = target.string();
    auto at = s.find("zoneinfo/");
    if (at != std::string::npos && clock.IsKnownTimeZone(s.substr(at + 9))) return s.substr(at + 9);
  }
  std::ifstream in("/etc/timezone");
  std::string name;
  if (in >> name && clock.IsKnownTimeZone(name)) return name;
  return "UTC";
}

}  // namespace platewise
