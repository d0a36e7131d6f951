#ifndef PLATEWISE_HTTP_DIARY_DAY_RESPONSES_H_
#define PLATEWISE_HTTP_DIARY_DAY_RESPONSES_H_

// The body of GET /api/v1/diary/{date}, kept per user and date and served
// again while the day's inputs are the same (core/usecases/diary_day.h,
// SameDiaryDay): the most frequent request then skips summing the day and
// writing its JSON, which were two thirds of its handler's time.
//
// Never stale where the inputs are not: each request reads the inputs afresh
// (through the store's caches, storage/caching/), so a write seen by the
// store's caches is seen here on the same request. Bounded: past `capacity`
// days, an arbitrary one makes room. Thread-safe.

#include <cstddef>
#include <memory>
#include <string>

#include "core/usecases/diary_day.h"
#include "storage/shared_cache.h"

namespace platewise::http {

class DiaryDayResponses {
 public:
  explicit DiaryDayResponses(std::size_t capacity = 4096) : days_(capacity) {}

  // The JSON of the day that `inputs` give (json/day_summary_json.h): the one
  // kept for `user` and that date when SameDiaryDay, else written now and kept.
  std::string Json(UserId user, DiaryDayInputs inputs);

 private:
  struct Key {
    UserId user = 0;
    int day = 0;  // DayNumber(date)
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      return std::hash<std::int64_t>()(k.user * 1000003 ^ static_cast<std::int64_t>(k.day));
    }
  };
  struct Kept {
    DiaryDayInputs inputs;  // holds its foods, so SameDiaryDay's address comparison is sound
    std::string json;
  };

  SharedCache<Key, std::shared_ptr<const Kept>, KeyHash> days_;
};

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_DIARY_DAY_RESPONSES_H_
