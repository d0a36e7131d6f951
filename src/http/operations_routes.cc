#include "http/operations_routes.h"

#include <memory>

#include "auth/secret_token.h"
#include "http/error_response.h"

namespace platewise::http {
namespace {

constexpr std::string_view kBearer = "Bearer ";

struct MetricsGate {
  std::string token_hash;  // SHA-256 of the token, or empty: equal lengths to compare in constant time

  // Nullopt when the request may read the metrics, else the refusal.
  std::optional<Response> Refusal(const Request& req) const {
    const std::string authorization = req.Header("authorization");
    const bool bearer = authorization.size() > kBearer.size() && authorization.starts_with(kBearer);
    if (bearer && !token_hash.empty()) {
      if (auth::ConstantTimeEquals(auth::HashSecretToken(authorization.substr(kBearer.size())), token_hash)) {
        return std::nullopt;
      }
      return ErrorResponse(403, "forbidden", "wrong metrics token");
    }
    // Through a proxy every client's peer is the proxy, often on loopback:
    // a request that names another client is not a loopback client's.
    if (!req.forwarded && IsLoopbackAddress(req.peer_address)) return std::nullopt;
    return ErrorResponse(403, "forbidden",
                         token_hash.empty()
                             ? "metrics are served only to clients on loopback, not through a proxy "
                               "(start serve with --metrics-token to allow others)"
                             : "metrics need Authorization: Bearer with the server's metrics token "
                               "(or a client on loopback, not through a proxy)");
  }
};

}  // namespace

bool IsLoopbackAddress(const std::string& address) {
  return address.starts_with("127.") || address == "::1" || address.starts_with("::ffff:127.");
}

void AddOperationsRoutes(Router& router, const OperationsDeps& deps) {
  const Readiness* readiness = &deps.readiness;
  router.Add("GET", "/readyz", [readiness](const Request&) {
    if (!readiness->ready()) {
      Response r = ErrorResponse(Status::Unavailable("not ready: starting or draining"));
      r.headers.emplace_back("Retry-After", "1");
      return r;
    }
    return JsonResponse(200, {{"status", "ready"}});
  });

  auto gate = std::make_shared<MetricsGate>();
  if (!deps.metrics_token.empty()) gate->token_hash = auth::HashSecretToken(deps.metrics_token);
  ServerMetrics* metrics = &deps.metrics;
  const AccessLog* access_log = deps.access_log;
  router.Add("GET", "/metrics", [gate, metrics, access_log](const Request& req) {
    if (auto refusal = gate->Refusal(req)) return *refusal;
    Response r;
    r.content_type = "text/plain; version=0.0.4; charset=utf-8";
    r.body = metrics->Exposition(ProcessCacheStats());
    if (access_log) {
      r.body += "# HELP platewise_access_log_dropped_lines_total Access log lines dropped: the output was too slow.\n"
                "# TYPE platewise_access_log_dropped_lines_total counter\n"
                "platewise_access_log_dropped_lines_total " +
                std::to_string(access_log->dropped()) + "\n";
    }
    return r;
  });
}

}  // namespace platewise::http
