#ifndef PLATEWISE_TESTS_TESTING_API_USER_H_
#define PLATEWISE_TESTS_TESTING_API_USER_H_

// A signed-up user of a running `platewise serve`, with a client that sends
// the session cookie and CSRF token like a browser would.

#include <nlohmann/json.hpp>
#include <memory>
#include <string>

#include "testing/http_client.h"

namespace platewise::testing {

// Arguments for `platewise serve` on a free port with a database in `db`:
// quick (minimum-cost) password hashing, since tests create many accounts.
std::vector<std::string> ServeArgs(const std::string& db);

class ApiUser {
 public:
  // Signs up `email` (password kPassword); check ok() after.
  ApiUser(int port, const std::string& email);

  bool ok() const { return !csrf_.empty(); }
  HttpClient& client() { return client_; }
  const std::string& csrf() const { return csrf_; }
  std::int64_t id() const { return id_; }

  // A new connection sending this user's cookie and CSRF token.
  std::unique_ptr<HttpClient> Connect() const;

  HttpResult Call(const std::string& method, const std::string& target, const nlohmann::json& body = nullptr);
  // The body of a call that must succeed with `status` (fails the test otherwise).
  nlohmann::json Must(int status, const std::string& method, const std::string& target,
                      const nlohmann::json& body = nullptr);

  static constexpr char kPassword[] = "correct horse battery";

 private:
  HttpClient client_;
  int port_;
  std::string cookie_;
  std::string csrf_;
  std::int64_t id_ = 0;
};

// The session cookie ("name=value") from a response's Set-Cookie.
std::string SessionCookieOf(const HttpResult& r);

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_TESTING_API_USER_H_
