#ifndef PLATEWISE_HTTP_SERVER_METRICS_H_
#define PLATEWISE_HTTP_SERVER_METRICS_H_

// The server's counters, and their Prometheus text exposition (GET /metrics,
// format 0.0.4): requests by route template and status, latency per route,
// the time each request spent in the store, open connections and requests in
// flight, and the caches' hits and misses (storage/caching/cache_stats.h).
//
// Cheap on the hot path: every count is a relaxed atomic add into a row
// made before the server starts; a request takes no lock. The `route` label
// is a route template of the Router (or one of the three fixed labels
// below), never a request's path: the number of series is bounded by the
// routes the server has, whatever clients send.

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "http/router.h"
#include "storage/caching/cache_stats.h"

namespace platewise::http {

// A histogram of durations with fixed buckets (seconds, Prometheus' le).
class DurationHistogram {
 public:
  static constexpr std::array<double, 14> kBounds = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                     0.1,    0.25,  0.5,    1,     2.5,   5,     10};
  void Observe(std::int64_t nanoseconds);
  std::uint64_t count() const;
  // `name`_bucket (cumulative, +Inf last), `name`_sum and `name`_count lines;
  // `labels` is "" or `key="value",...` put before le.
  void Write(std::string& out, std::string_view name, std::string_view labels) const;

 private:
  std::array<std::atomic<std::uint64_t>, kBounds.size() + 1> counts_{};  // per bucket, not cumulative
  std::atomic<std::uint64_t> sum_nanoseconds_{0};
};

class ServerMetrics {
 public:
  // Route labels of requests that no route template answered.
  static constexpr std::string_view kStaticFiles = "(static)";   // the web app's files (and their 404)
  static constexpr std::string_view kNoRoute = "(unmatched)";    // an API path no route knows
  static constexpr std::string_view kMalformed = "(malformed)";  // refused before routing: 400, 413

  ServerMetrics();

  // A row for each route template of `router`. Call before the server
  // starts (routes are registered first); afterwards rows are only read.
  void AddRoutes(const Router& router);

  // One answered request: its route template (or a fixed label above), its
  // status, how long the server took and how much of that was in the store.
  // A route with no row counts under kNoRoute.
  void RecordRequest(std::string_view route, int status, std::int64_t duration_ns, std::int64_t database_ns);

  void ConnectionOpened() { connections_.fetch_add(1, std::memory_order_relaxed); }
  void ConnectionClosed() { connections_.fetch_sub(1, std::memory_order_relaxed); }
  void RequestStarted() { in_flight_.fetch_add(1, std::memory_order_relaxed); }
  void RequestFinished() { in_flight_.fetch_sub(1, std::memory_order_relaxed); }
  std::int64_t connections() const { return connections_.load(std::memory_order_relaxed); }
  std::int64_t in_flight() const { return in_flight_.load(std::memory_order_relaxed); }

  // Every metric in the text format, the caches' from `caches`.
  std::string Exposition(const CacheStats& caches) const;

 private:
  static constexpr int kFirstStatus = 100, kLastStatus = 599;
  struct Row {
    explicit Row(std::string r) : route(std::move(r)) {}
    std::string route;
    std::array<std::atomic<std::uint64_t>, kLastStatus - kFirstStatus + 1> by_status{};
    DurationHistogram latency;
  };
  Row& AddRow(std::string_view route);

  std::vector<std::unique_ptr<Row>> rows_;                // in the order added
  std::unordered_map<std::string_view, Row*> by_route_;  // keys view rows_' text
  Row* no_route_ = nullptr;
  DurationHistogram database_;
  std::atomic<std::int64_t> connections_{0};
  std::atomic<std::int64_t> in_flight_{0};
};

// `value` as a label value of the text format: \, " and newline escaped.
std::string EscapeLabelValue(std::string_view value);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_SERVER_METRICS_H_
