#ifndef PLATEWISE_CORE_TESTING_FIXED_CLOCK_H_
#define PLATEWISE_CORE_TESTING_FIXED_CLOCK_H_

// A Clock for tests: a fixed "now" and a date per time zone that the test
// sets. It knows UTC and the zones it was given a date for.

#include <map>
#include <mutex>
#include <string>

#include "core/ports/clock.h"

namespace platewise::testing {

class FixedClock final : public Clock {
 public:
  explicit FixedClock(CivilDate utc_today, std::int64_t now_seconds = 1'800'000'000)
      : now_(now_seconds) {
    dates_["UTC"] = utc_today;
  }
  void SetToday(const std::string& zone, const CivilDate& date) {
    std::lock_guard<std::mutex> lock(mu_);
    dates_[zone] = date;
  }
  void SetNow(std::int64_t seconds) {
    std::lock_guard<std::mutex> lock(mu_);
    now_ = seconds;
  }

  std::int64_t NowSeconds() override {
    std::lock_guard<std::mutex> lock(mu_);
    return now_;
  }
  bool IsKnownTimeZone(const std::string& name) override {
    std::lock_guard<std::mutex> lock(mu_);
    return dates_.count(name) > 0;
  }
  CivilDate TodayIn(const std::string& name) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = dates_.find(name);
    return it == dates_.end() ? dates_.at("UTC") : it->second;
  }

 private:
  std::mutex mu_;
  std::int64_t now_;
  std::map<std::string, CivilDate> dates_;
};

}  // namespace platewise::testing

#endif  // PLATEWISE_CORE_TESTING_FIXED_CLOCK_H_
