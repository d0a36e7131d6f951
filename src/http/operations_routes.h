#ifndef PLATEWISE_HTTP_OPERATIONS_ROUTES_H_
#define PLATEWISE_HTTP_OPERATIONS_ROUTES_H_

// Routes for whoever runs the server (docs/operations.md):
//   GET /readyz    200 {"status":"ready"}; 503 {"error":...} before the server
//                  accepts connections and while it drains (SIGTERM)
//   GET /metrics   the server's metrics in the Prometheus text format
//                  (http/server_metrics.h), to a client on loopback that did not
//                  come through a proxy, or to any client that sends
//                  `Authorization: Bearer TOKEN` with the --metrics-token;
//                  403 to everyone else, saying which of the two it needs.
// (GET /healthz, the database check, is one of the API routes:
// http/health_route.h.)

#include <string>

#include "http/access_log.h"
#include "http/readiness.h"
#include "http/router.h"
#include "http/server_metrics.h"

namespace platewise::http {

struct OperationsDeps {
  ServerMetrics& metrics;
  const Readiness& readiness;
  // Empty: no token, loopback only. Compared in constant time.
  std::string metrics_token;
  const AccessLog* access_log = nullptr;  // its dropped lines are a metric
};

// True for 127.0.0.0/8, ::1 and IPv4-mapped 127.x.y.z, as canonical text.
bool IsLoopbackAddress(const std::string& address);

// `deps` (copied) refers to objects that must outlive the router.
void AddOperationsRoutes(Router& router, const OperationsDeps& deps);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_OPERATIONS_ROUTES_H_
