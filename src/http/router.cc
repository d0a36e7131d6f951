#include "http/router.h"


#include "http/error_response.h"
#include "http/header_text.h"

namespace platewise::http {
namespace {

std::vector<std::string> Split(const std::string& path) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < path.size()) {
    while (i < path.size() && path[i] == '/') ++i;
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    if (j > i) out.push_back(path.substr(i, j - i));
    i = j;
  }
  return out;
}

bool Matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
             std::map<std::string, std::string>& params) {
  if (pattern.size() != path.size()) return false;
  std::map<std::string, std::string> found;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const std::string& p = pattern[i];
    if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
      found[p.substr(1, p.size() - 2)] = path[i];
    } else if (p != path[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

// Every route here reads a JSON body, so a body in any other media type is
// refused before the handler runs: a cross-site HTML form can send only
// text/plain, urlencoded or multipart bodies, and so cannot sign someone in
// to an attacker's account (login CSRF) or post to any route.
bool IsJson(std::string_view content_type) {
  return AsciiLower(TrimOws(content_type.substr(0, content_type.find(';')))) == "application/json";
}

}  // namespace

void Router::Add(std::string method, std::string pattern, Handler handler) {
  auto segments = Split(pattern);
  routes_.push_back({std::move(method), std::move(pattern), std::move(segments), std::move(handler)});
}

std::optional<Response> Router::Dispatch(Request& request) const {
  auto path = Split(request.path);
  bool path_matched = false;
  std::string allowed;
  for (const Route& r : routes_) {
    std::map<std::string, std::string> params;
    if (!Matches(r.segments, path, params)) continue;
    if (!path_matched) request.route = r.pattern;
    path_matched = true;
    if (r.method == request.method || (request.method == "HEAD" && r.method == "GET")) {
      if (!request.body.empty() && !IsJson(request.Header("content-type"))) {
        return ErrorResponse(415, "unsupported_media_type",
                             "the request body must be JSON, sent with Content-Type: application/json");
      }
      request.route = r.pattern;
      request.params = std::move(params);
      if (filter_) filter_(request);
      return r.handler(request);
    }
    allowed += (allowed.empty() ? "" : ", ") + r.method;
  }
  if (!path_matched) return std::nullopt;
  Response resp = ErrorResponse(405, "method_not_allowed",
                                "method " + request.method + " is not allowed on " + request.path);
  resp.headers.emplace_back("Allow", allowed);
  return resp;
}

}  // namespace platewise::http
