#include "testing/api_user.h"

#include <gtest/gtest.h>

namespace platewise::testing {

std::vector<std::string> ServeArgs(const std::string& db) {
  return {"serve", "--listen", "127.0.0.1:0", "--threads", "2", "--db", db, "--data-dir", PLATEWISE_BUNDLED_DATA_DIR,
          "--password-hash-cost", "minimum"};
}

std::string SessionCookieOf(const HttpResult& r) {
  std::string set = r.header("Set-Cookie");
  return set.substr(0, set.find(';'));
}

ApiUser::ApiUser(int port, const std::string& email) : client_(port), port_(port) {
  auto r = client_.Request("POST", "/api/v1/signup", nlohmann::json{{"email", email}, {"password", kPassword}}.dump());
  if (r.status != 201) {
    ADD_FAILURE() << "signup of " << email << " failed: " << r.status << " " << r.body;
    return;
  }
  auto body = nlohmann::json::parse(r.body);
  csrf_ = body["csrf_token"];
  id_ = body["user"]["id"];
  cookie_ = SessionCookieOf(r);
  client_.SetHeader("Cookie", cookie_);
  client_.SetHeader("X-CSRF-Token", csrf_);
}

std::unique_ptr<HttpClient> ApiUser::Connect() const {
  auto c = std::make_unique<HttpClient>(port_);
  c->SetHeader("Cookie", cookie_);
  c->SetHeader("X-CSRF-Token", csrf_);
  return c;
}

HttpResult ApiUser::Call(const std::string& method, const std::string& target, const nlohmann::json& body) {
  return client_.Request(method, target, body.is_null() ? "" : body.dump());
}

nlohmann::json ApiUser::Must(int status, const std::string& method, const std::string& target,
                             const nlohmann::json& body) {
  auto r = Call(method, target, body);
  EXPECT_EQ(r.status, status) << method << " " << target << ": " << r.body;
  if (r.body.empty() || r.content_type != "application/json") return nullptr;
  return nlohmann::json::parse(r.body);
}

}  // namespace platewise::testing
