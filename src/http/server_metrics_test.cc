// The metrics' text exposition: counts by route template and status, the
// histograms' cumulative buckets, and labels that stay bounded and escaped.

#include "http/server_metrics.h"

#include <gtest/gtest.h>

namespace platewise::http {
namespace {

Router TwoRoutes() {
  Router router;
  router.Add("GET", "/api/v1/diary/{date}", [](const Request&) { return Response{}; });
  router.Add("DELETE", "/api/v1/diary/{date}", [](const Request&) { return Response{}; });
  router.Add("GET", "/healthz", [](const Request&) { return Response{}; });
  return router;
}

bool Has(const std::string& text, const std::string& line) { return text.find(line + "\n") != std::string::npos; }

TEST(ServerMetricsTest, CountsRequestsByRouteTemplateAndStatus) {
  Router router = TwoRoutes();
  ServerMetrics metrics;
  metrics.AddRoutes(router);
  metrics.RecordRequest("/api/v1/diary/{date}", 200, 1'000'000, 0);
  metrics.RecordRequest("/api/v1/diary/{date}", 200, 1'000'000, 0);
  metrics.RecordRequest("/api/v1/diary/{date}", 404, 1'000'000, 0);
  metrics.RecordRequest("/healthz", 503, 1'000'000, 0);
  const std::string text = metrics.Exposition(CacheStats{});
  EXPECT_TRUE(Has(text, "# TYPE platewise_http_requests_total counter")) << text;
  EXPECT_TRUE(Has(text, R"(platewise_http_requests_total{route="/api/v1/diary/{date}",status="200"} 2)")) << text;
  EXPECT_TRUE(Has(text, R"(platewise_http_requests_total{route="/api/v1/diary/{date}",status="404"} 1)")) << text;
  EXPECT_TRUE(Has(text, R"(platewise_http_requests_total{route="/healthz",status="503"} 1)")) << text;
  // One row per template, though two methods share it.
  EXPECT_EQ(text.find(R"(route="/api/v1/diary/{date}",status="200")"),
            text.rfind(R"(route="/api/v1/diary/{date}",status="200")"));
}

// Unbounded label values are a defect: whatever a caller passes as a route,
// only the router's templates and the fixed labels become series.
TEST(ServerMetricsTest, ARouteWithoutARowCountsAsUnmatchedNotAsItsOwnSeries) {
  Router router = TwoRoutes();
  ServerMetrics metrics;
  metrics.AddRoutes(router);
  metrics.RecordRequest("/api/v1/diary/2026-01-01", 200, 1000, 0);
  metrics.RecordRequest("/api/v1/nope/12345", 404, 1000, 0);
  const std::string text = metrics.Exposition(CacheStats{});
  EXPECT_EQ(text.find("2026-01-01"), std::string::npos) << text;
  EXPECT_EQ(text.find("12345"), std::string::npos) << text;
  EXPECT_TRUE(Has(text, R"m(platewise_http_requests_total{route="(unmatched)",status="200"} 1)m")) << text;
  EXPECT_TRUE(Has(text, R"m(platewise_http_requests_total{route="(unmatched)",status="404"} 1)m")) << text;
}

TEST(ServerMetricsTest, LatencyBucketsAreCumulativeAndInfEqualsCount) {
  Router router = TwoRoutes();
  ServerMetrics metrics;
  metrics.AddRoutes(router);
  metrics.RecordRequest("/healthz", 200, 300'000, 0);         // 0.3 ms: in le=0.0005
  metrics.RecordRequest("/healthz", 200, 2'000'000, 0);       // 2 ms: in le=0.0025
  metrics.RecordRequest("/healthz", 200, 60'000'000'000, 0);  // 60 s: only in +Inf
  const std::string text = metrics.Exposition(CacheStats{});
  const std::string name = "platewise_http_request_duration_seconds";
  EXPECT_TRUE(Has(text, "# TYPE " + name + " histogram")) << text;
  EXPECT_TRUE(Has(text, name + R"(_bucket{route="/healthz",le="0.0005"} 1)")) << text;
  EXPECT_TRUE(Has(text, name + R"(_bucket{route="/healthz",le="0.001"} 1)")) << text;
  EXPECT_TRUE(Has(text, name + R"(_bucket{route="/healthz",le="0.0025"} 2)")) << text;
  EXPECT_TRUE(Has(text, name + R"(_bucket{route="/healthz",le="10"} 2)")) << text;
  EXPECT_TRUE(Has(text, name + R"(_bucket{route="/healthz",le="+Inf"} 3)")) << text;
  EXPECT_TRUE(Has(text, name + R"(_count{route="/healthz"} 3)")) << text;
  EXPECT_TRUE(Has(text, name + R"(_sum{route="/healthz"} 60.0023)")) << text;
  // A route never requested has no latency series yet.
  EXPECT_EQ(text.find(name + R"(_count{route="/api/v1/diary/{date}"})"), std::string::npos) << text;
}

TEST(ServerMetricsTest, DatabaseTimeConnectionsAndCachesAreExposed) {
  ServerMetrics metrics;
  metrics.RecordRequest("/x", 200, 5'000'000, 4'000'000);
  metrics.ConnectionOpened();
  metrics.ConnectionOpened();
  metrics.ConnectionClosed();
  CacheStats caches;
  caches.diary_days.Hit();
  caches.diary_days.Hit();
  caches.diary_days.Miss();
  const std::string text = metrics.Exposition(caches);
  EXPECT_TRUE(Has(text, R"(platewise_http_request_database_seconds_bucket{le="0.0025"} 0)")) << text;
  EXPECT_TRUE(Has(text, R"(platewise_http_request_database_seconds_bucket{le="0.005"} 1)")) << text;
  EXPECT_TRUE(Has(text, "platewise_http_request_database_seconds_sum 0.004")) << text;
  EXPECT_TRUE(Has(text, "platewise_http_connections 1")) << text;
  EXPECT_TRUE(Has(text, R"(platewise_cache_hits_total{cache="diary_days"} 2)")) << text;
  EXPECT_TRUE(Has(text, R"(platewise_cache_misses_total{cache="diary_days"} 1)")) << text;
  EXPECT_TRUE(Has(text, R"(platewise_cache_hits_total{cache="foods"} 0)")) << text;
}

TEST(ServerMetricsTest, LabelValuesEscapeBackslashQuoteAndNewline) {
  EXPECT_EQ(EscapeLabelValue("a\\b\"c\nd"), "a\\\\b\\\"c\\nd");
  EXPECT_EQ(EscapeLabelValue("/api/v1/foods/{id}"), "/api/v1/foods/{id}");
}

}  // namespace
}  // namespace platewise::http
