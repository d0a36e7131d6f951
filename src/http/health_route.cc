#include "http/health_route.h"

#include <cstdint>
#include <limits>

#include "http/error_response.h"

namespace platewise::http {
namespace {

// A write that every store must be able to commit and that changes nothing:
// pruning the sign-in throttle's windows begun, and known clients seen, by
// the earliest time there is, which is none. It takes the store's write lock
// (SQLite: BEGIN IMMEDIATE) and commits, so a read-only file, a full disk or
// a read-only database server fails it, as they would fail a diary entry.
Status CheckWrite(LoginAttempts& attempts) {
  constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::min();
  auto pruned = attempts.Prune(kNone, kNone);
  return pruned.ok() ? Status::Ok() : pruned.status();
}

Response Unhealthy(const std::string& what, const Status& status) {
  return ErrorResponse(Status::Unavailable("the database " + what + ": " + status.message()));
}

}  // namespace

void AddHealthRoute(Router& router, Store& store) {
  router.Add("GET", "/healthz", [&store](const Request& req) {
    auto count = store.foods->CountFoods();
    if (!count.ok()) return Unhealthy("did not answer a read", count.status());
    nlohmann::json body = {{"status", "ok"}, {"foods", *count}};
    auto write = req.query.find("write");
    if (write != req.query.end()) {
      if (write->second != "1") {
        return ErrorResponse(Status::InvalidArgument("write \"" + write->second + "\" must be 1 (or left out)"));
      }
      if (Status wrote = CheckWrite(*store.login_attempts); !wrote.ok()) return Unhealthy("refused a write", wrote);
      body["write"] = "ok";
    }
    return JsonResponse(200, body);
  });
}

}  // namespace platewise::http
