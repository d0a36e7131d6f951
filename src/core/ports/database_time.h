#ifndef PLATEWISE_CORE_PORTS_DATABASE_TIME_H_
#define PLATEWISE_CORE_PORTS_DATABASE_TIME_H_

// Time a request spends in the store, for the server's metrics. The server
// opens a DatabaseTimeScope for each request on the thread that runs it; a
// backend puts a DatabaseTimer around each call that waits for and holds one
// of its connections (the SQLite store's connection locks, the PostgreSQL
// pool's leases), which adds that time to the scope of its thread. Answers
// from the caches (storage/caching/) reach no backend and add nothing.
//
// Timers nest (a call that lends a connection inside another): only the
// outermost one counts, so no time is counted twice. Outside a scope (the
// CLI, start-up) a timer reads no clock.

#include <chrono>
#include <cstdint>

namespace platewise {

namespace database_time_internal {
inline thread_local std::int64_t* request_total = nullptr;  // nanoseconds, of the open scope
inline thread_local int timers = 0;                          // open timers on this thread
inline std::int64_t Now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}
}  // namespace database_time_internal

// Collects the store time of one request on this thread for its lifetime
// (scopes nest: the outer one is restored, and does not see the inner's).
class DatabaseTimeScope {
 public:
  DatabaseTimeScope() : outer_(database_time_internal::request_total) {
    database_time_internal::request_total = &total_;
  }
  ~DatabaseTimeScope() { database_time_internal::request_total = outer_; }
  DatabaseTimeScope(const DatabaseTimeScope&) = delete;
  DatabaseTimeScope& operator=(const DatabaseTimeScope&) = delete;

  std::int64_t nanoseconds() const { return total_; }

 private:
  std::int64_t total_ = 0;
  std::int64_t* outer_;
};

// Adds the time from its construction to its destruction to this thread's
// scope, if it is the outermost timer and a scope is open.
class DatabaseTimer {
 public:
  DatabaseTimer()
      : start_(database_time_internal::timers++ == 0 && database_time_internal::request_total != nullptr
                   ? database_time_internal::Now()
                   : 0) {}
  ~DatabaseTimer() {
    if (--database_time_internal::timers == 0 && start_ != 0 && database_time_internal::request_total != nullptr) {
      *database_time_internal::request_total += database_time_internal::Now() - start_;
    }
  }
  DatabaseTimer(const DatabaseTimer&) = delete;
  DatabaseTimer& operator=(const DatabaseTimer&) = delete;

 private:
  std::int64_t start_;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_DATABASE_TIME_H_
