#ifndef PLATEWISE_HTTP_HTTP_MESSAGE_H_
#define PLATEWISE_HTTP_HTTP_MESSAGE_H_

// Plain request and response values passed between the Beast server and the
// route handlers, so handlers do not depend on Beast and can be tested alone.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/diary_entry.h"

namespace platewise::http {

// Who sent a request, as the authenticator (http/authenticator.h) found it
// before the route ran. Routes do not read this: they call RequireUser.
struct RequestAuth {
  enum class Via { kNone, kSession, kApiToken };
  Via via = Via::kNone;
  UserId user = 0;
  std::string session_token_hash;  // with kSession: the session, for logout
  bool csrf_ok = false;            // with kSession: X-CSRF-Token matched the session's
  std::string csrf_token;          // with kSession: the session's token (GET /api/v1/account answers it)
};

struct Request {
  std::string method;                         // "GET"
  std::string path;                           // decoded path, no query: "/api/v1/foods/11457"
  std::map<std::string, std::string> query;   // decoded query parameters (last one wins)
  std::map<std::string, std::string> params;  // path parameters matched by the router: {"id":"11457"}
  std::string body;
  // Header fields by lower-case name (last one wins): "cookie", "authorization", ...
  // (Default member initialisers let routes' tests keep writing
  // Request{method, path, query, params, body}.)
  std::map<std::string, std::string> headers = {};
  // Who sent it (http/server.cc sets these, in one place): the client is the
  // peer, or from a trusted proxy the address its X-Forwarded-For names (for
  // throttling and the access log); `https` is true only when a trusted proxy
  // said X-Forwarded-Proto: https. `forwarded`: the request carries
  // X-Forwarded-For, Forwarded or X-Real-IP, from anyone: it came through a
  // proxy (or claims to), so its peer being loopback says nothing of the client.
  std::string client_address = {};
  std::string peer_address = {};
  bool forwarded = false;
  bool https = false;
  RequestAuth auth = {};
  // The template of the route that answered ("/api/v1/diary/{date}"), set by
  // the Router (the pattern that matched the path, for a 405 too); empty when
  // no route matched. Views the router's own text, which lives as long as it.
  std::string_view route = {};
  // For a route whose body the server streams to a file (ServerOptions::
  // file_uploads): that file's path, and `body` is empty. The route may
  // rename the file away to keep it; what is left there is removed after the
  // answer. Empty for every other route.
  std::string body_file = {};

  // The header's value, or "" when absent. `name` is lower-case.
  std::string Header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
};

// Percent-decoding of a URL component; '+' becomes a space when `plus_is_space`.
// Returns false on a malformed escape.
bool UrlDecode(const std::string& in, std::string& out, bool plus_is_space);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_HTTP_MESSAGE_H_
