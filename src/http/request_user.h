#ifndef PLATEWISE_HTTP_REQUEST_USER_H_
#define PLATEWISE_HTTP_REQUEST_USER_H_

// Which user a request acts for. Every route that reads or writes user data
// calls RequireUser and passes the id to the repositories, which filter by it.
//
// The authenticator (http/authenticator.h) has already looked at the session
// cookie or the "Authorization: Bearer" API token. RequireUser answers:
//   - Unauthenticated (401) when there is neither (or it is unknown/expired);
//   - Forbidden (403) when a cookie-authenticated request changes state
//     (any method but GET, HEAD, OPTIONS) without the session's CSRF token in
//     X-CSRF-Token. Bearer tokens need no CSRF token: browsers never send
//     them on their own.

#include "core/diary/diary_entry.h"
#include "core/status.h"
#include "http/http_message.h"

namespace platewise::http {

inline bool IsSafeMethod(const std::string& method) {
  return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

inline Result<UserId> RequireUser(const Request& request) {
  if (request.auth.via == RequestAuth::Via::kNone) {
    return Status::Unauthenticated(
        "sign in first: POST /api/v1/login, then send the session cookie, or send Authorization: Bearer TOKEN");
  }
  if (request.auth.via == RequestAuth::Via::kSession && !IsSafeMethod(request.method) && !request.auth.csrf_ok) {
    return Status::Forbidden("missing or wrong X-CSRF-Token header: send the csrf_token from sign-in");
  }
  return request.auth.user;
}

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_REQUEST_USER_H_
