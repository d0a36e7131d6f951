#ifndef PLATEWISE_HTTP_AUTHENTICATOR_H_
#define PLATEWISE_HTTP_AUTHENTICATOR_H_

// Finds who sent a request, before its route runs (Router::SetRequestFilter):
//   - "Authorization: Bearer TOKEN": a personal API token (no CSRF needed);
//   - else the session cookie (kSessionCookie) of a signed-in browser, with
//     csrf_ok when X-CSRF-Token equals the session's CSRF token.
// Unknown, revoked or expired credentials leave the request unauthenticated
// (RequireUser then answers 401). Only hashes of tokens are looked up.

#include <string>

#include "core/ports/account_repository.h"
#include "core/ports/clock.h"
#include "http/http_message.h"

namespace platewise::http {

inline constexpr char kSessionCookie[] = "platewise_session";
inline constexpr std::int64_t kSessionLifetimeSeconds = 30 * 24 * 3600;

class Authenticator {
 public:
  Authenticator(AccountRepository& accounts, Clock& clock) : accounts_(accounts), clock_(clock) {}
  void Authenticate(Request& request) const;

 private:
  AccountRepository& accounts_;
  Clock& clock_;
};

// The value of cookie `name` in a Cookie header, or "".
std::string CookieValue(const std::string& cookie_header, const std::string& name);

// Set-Cookie values: a new session, and one that removes it.
std::string SessionCookie(const std::string& token, bool secure);
std::string ClearedSessionCookie(bool secure);

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_AUTHENTICATOR_H_
