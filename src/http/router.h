#ifndef PLATEWISE_HTTP_ROUTER_H_
#define PLATEWISE_HTTP_ROUTER_H_

// Maps a method and a path pattern ("/api/v1/foods/{id}") to a handler.
// Patterns are literal segments and {name} segments that match one non-empty
// segment. Routes are registered at start-up, then only read: Dispatch is
// safe to call from many threads once registration is over.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/http_message.h"

namespace platewise::http {

using Handler = std::function<Response(const Request&)>;

class Router {
 public:
  void Add(std::string method, std::string pattern, Handler handler);

  // Runs on every request that matches a route, before its handler (the
  // authenticator fills Request::auth here). Set before the server starts.
  void SetRequestFilter(std::function<void(Request&)> filter) { filter_ = std::move(filter); }
  // Runs that filter on a request that is not dispatched (yet): an upload's
  // headers, checked before its body is stored (FileUpload::admit).
  void ApplyRequestFilter(Request& request) const {
    if (filter_) filter_(request);
  }

  // The handler's response; sets request.route to the matching pattern.
  // 405 when the path matches under another method;
  // nullopt when no pattern matches the path (the caller decides: static file
  // or 404).
  std::optional<Response> Dispatch(Request& request) const;

  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
  };
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
  std::function<void(Request&)> filter_;
};

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_ROUTER_H_
