#ifndef PLATEWISE_CORE_PORTS_FRESH_READS_H_
#define PLATEWISE_CORE_PORTS_FRESH_READS_H_

// Read-your-writes across processes. A request must see every write that was
// acknowledged before it began, whichever process made it. A front end marks
// the start of each request on the thread that runs it (FreshReadsScope); a
// cache (storage/caching/) may then answer from a version stamp whose store
// read began at or after that instant, on any thread, without reading the
// stamp again: that read already saw every write acknowledged before the
// request. So a request reads each stamp it needs at most once, instead of
// on every cached read.
//
// Outside a scope (commands, start-up) nothing is promised here: caches use
// their own refresh rule.

#include <chrono>
#include <cstdint>
#include <optional>

namespace platewise {

// Steady-clock nanoseconds, the unit in which caches record when a read began.
inline std::int64_t FreshReadsNow() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

namespace fresh_reads_internal {
inline thread_local std::optional<std::int64_t> request_start;
}  // namespace fresh_reads_internal

// The start of the request this thread is running; nullopt outside one.
inline std::optional<std::int64_t> FreshReadsSince() { return fresh_reads_internal::request_start; }

// Marks the start of a request on this thread for its lifetime (scopes nest:
// the outer one is restored).
class FreshReadsScope {
 public:
  FreshReadsScope() : outer_(fresh_reads_internal::request_start) {
    fresh_reads_internal::request_start = FreshReadsNow();
  }
  ~FreshReadsScope() { fresh_reads_internal::request_start = outer_; }
  FreshReadsScope(const FreshReadsScope&) = delete;
  FreshReadsScope& operator=(const FreshReadsScope&) = delete;

 private:
  std::optional<std::int64_t> outer_;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_FRESH_READS_H_
