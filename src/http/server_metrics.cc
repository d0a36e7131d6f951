#include "http/server_metrics.h"

#include <charconv>

namespace platewise::http {
namespace {

constexpr std::array<std::int64_t, DurationHistogram::kBounds.size()> BoundsInNanoseconds() {
  std::array<std::int64_t, DurationHistogram::kBounds.size()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<std::int64_t>(DurationHistogram::kBounds[i] * 1e9);
  return out;
}
constexpr auto kBoundsNs = BoundsInNanoseconds();

// A number as the text format writes it: the shortest text that reads back
// as the same double, never in exponent form ("0.0005", "10", "2.5").
std::string Number(double v) {
  char buf[400];  // fixed notation of any double fits
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buf, end) : "NaN";
}

void Header(std::string& out, std::string_view name, std::string_view type, std::string_view help) {
  out += "# HELP ";
  out += name;
  out += ' ';
  out += help;
  out += "\n# TYPE ";
  out += name;
  out += ' ';
  out += type;
  out += '\n';
}

void Sample(std::string& out, std::string_view name, std::string_view labels, const std::string& value) {
  out += name;
  if (!labels.empty()) {
    out += '{';
    out += labels;
    out += '}';
  }
  out += ' ';
  out += value;
  out += '\n';
}

std::string Label(std::string_view key, std::string_view value) {
  std::string out(key);
  out += "=\"";
  out += EscapeLabelValue(value);
  out += '"';
  return out;
}

}  // namespace

std::string EscapeLabelValue(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

void DurationHistogram::Observe(std::int64_t nanoseconds) {
  std::size_t bucket = 0;
  while (bucket < kBoundsNs.size() && nanoseconds > kBoundsNs[bucket]) ++bucket;
  counts_[bucket].fetch_add(1, std::memory_order_relaxed);
  sum_nanoseconds_.fetch_add(static_cast<std::uint64_t>(nanoseconds > 0 ? nanoseconds : 0), std::memory_order_relaxed);
}

std::uint64_t DurationHistogram::count() const {
  std::uint64_t n = 0;
  for (const auto& c : counts_) n += c.load(std::memory_order_relaxed);
  return n;
}

void DurationHistogram::Write(std::string& out, std::string_view name, std::string_view labels) const {
  // Read once, then cumulate: the +Inf bucket and _count are the same number.
  std::uint64_t cumulative = 0;
  const std::string prefix = labels.empty() ? std::string() : std::string(labels) + ",";
  const std::string bucket_name = std::string(name) + "_bucket";
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    cumulative += counts_[i].load(std::memory_order_relaxed);
    std::string le = i < kBounds.size() ? Number(kBounds[i]) : "+Inf";
    Sample(out, bucket_name, prefix + Label("le", le), std::to_string(cumulative));
  }
  Sample(out, std::string(name) + "_sum", labels, Number(sum_nanoseconds_.load(std::memory_order_relaxed) / 1e9));
  Sample(out, std::string(name) + "_count", labels, std::to_string(cumulative));
}

ServerMetrics::ServerMetrics() {
  for (std::string_view fixed : {kStaticFiles, kNoRoute, kMalformed}) AddRow(fixed);
  no_route_ = by_route_.at(kNoRoute);
}

ServerMetrics::Row& ServerMetrics::AddRow(std::string_view route) {
  if (auto it = by_route_.find(route); it != by_route_.end()) return *it->second;
  rows_.push_back(std::make_unique<Row>(std::string(route)));
  Row& row = *rows_.back();
  by_route_.emplace(row.route, &row);
  return row;
}

void ServerMetrics::AddRoutes(const Router& router) {
  for (const Router::Route& r : router.routes()) AddRow(r.pattern);
}

void ServerMetrics::RecordRequest(std::string_view route, int status, std::int64_t duration_ns,
                                  std::int64_t database_ns) {
  auto it = by_route_.find(route);
  Row& row = it == by_route_.end() ? *no_route_ : *it->second;
  const int index = (status < kFirstStatus || status > kLastStatus ? 500 : status) - kFirstStatus;
  row.by_status[static_cast<std::size_t>(index)].fetch_add(1, std::memory_order_relaxed);
  row.latency.Observe(duration_ns);
  database_.Observe(database_ns);
}

std::string ServerMetrics::Exposition(const CacheStats& caches) const {
  std::string out;
  Header(out, "platewise_http_requests_total", "counter", "Requests answered, by route template and status.");
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row->by_status.size(); ++i) {
      std::uint64_t n = row->by_status[i].load(std::memory_order_relaxed);
      if (n == 0) continue;
      Sample(out, "platewise_http_requests_total",
             Label("route", row->route) + "," + Label("status", std::to_string(kFirstStatus + static_cast<int>(i))),
             std::to_string(n));
    }
  }
  Header(out, "platewise_http_request_duration_seconds", "histogram",
         "Time from a request's header read to its answer ready, by route template.");
  for (const auto& row : rows_) {
    // A route's series appear once it is first requested, as its counts do.
    if (row->latency.count() == 0) continue;
    row->latency.Write(out, "platewise_http_request_duration_seconds", Label("route", row->route));
  }
  Header(out, "platewise_http_request_database_seconds", "histogram",
         "Time each request spent waiting for and using database connections (cache hits take none).");
  database_.Write(out, "platewise_http_request_database_seconds", "");
  Header(out, "platewise_http_connections", "gauge", "Open client connections.");
  Sample(out, "platewise_http_connections", "", std::to_string(connections()));
  Header(out, "platewise_http_requests_in_flight", "gauge", "Requests being read or answered.");
  Sample(out, "platewise_http_requests_in_flight", "", std::to_string(in_flight()));
  const std::pair<std::string_view, const CacheCounter*> cache_rows[] = {
      {"foods", &caches.foods}, {"credentials", &caches.credentials}, {"profiles", &caches.profiles},
      {"diary_days", &caches.diary_days}};
  Header(out, "platewise_cache_hits_total", "counter", "Cached reads answered from memory, by cache.");
  for (const auto& [name, counter] : cache_rows) {
    Sample(out, "platewise_cache_hits_total", Label("cache", name),
           std::to_string(counter->hits.load(std::memory_order_relaxed)));
  }
  Header(out, "platewise_cache_misses_total", "counter", "Cached reads that read the store, by cache.");
  for (const auto& [name, counter] : cache_rows) {
    Sample(out, "platewise_cache_misses_total", Label("cache", name),
           std::to_string(counter->misses.load(std::memory_order_relaxed)));
  }
  return out;
}

}  // namespace platewise::http
