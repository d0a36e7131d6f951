#include "http/authenticator.h"

#include "auth/secret_token.h"

namespace platewise::http {

std::string CookieValue(const std::string& header, const std::string& name) {
  size_t i = 0;
  while (i < header.size()) {
    while (i < header.size() && (header[i] == ' ' || header[i] == ';')) ++i;
    size_t end = header.find(';', i);
    if (end == std::string::npos) end = header.size();
    std::string pair = header.substr(i, end - i);
    size_t eq = pair.find('=');
    if (eq != std::string::npos && pair.substr(0, eq) == name) return pair.substr(eq + 1);
    i = end;
  }
  return "";
}

std::string SessionCookie(const std::string& token, bool secure) {
  return std::string(kSessionCookie) + "=" + token + "; Path=/; Max-Age=" + std::to_string(kSessionLifetimeSeconds) +
         "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
}

std::string ClearedSessionCookie(bool secure) {
  return std::string(kSessionCookie) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
}

void Authenticator::Authenticate(Request& request) const {
  request.auth = RequestAuth{};
  std::string authorization = request.Header("authorization");
  if (!authorization.empty()) {
    constexpr std::string_view kBearer = "Bearer ";
    if (authorization.size() > kBearer.size() && authorization.compare(0, kBearer.size(), kBearer) == 0) {
      auto owner = accounts_.FindApiToken(auth::HashSecretToken(authorization.substr(kBearer.size())));
      if (owner.ok()) {
        request.auth.via = RequestAuth::Via::kApiToken;
        request.auth.user = *owner;
      }
    }
    return;  // a bad Authorization header is not rescued by a cookie
  }
  std::string token = CookieValue(request.Header("cookie"), kSessionCookie);
  if (token.empty()) return;
  std::string hash = auth::HashSecretToken(token);
  auto session = accounts_.FindSession(hash, clock_.NowSeconds());
  if (!session.ok()) return;
  request.auth.via = RequestAuth::Via::kSession;
  request.auth.user = session->owner;
  request.auth.session_token_hash = hash;
  request.auth.csrf_ok = auth::ConstantTimeEquals(request.Header("x-csrf-token"), session->csrf_token);
  request.auth.csrf_token = session->csrf_token;
}

}  // namespace platewise::http
