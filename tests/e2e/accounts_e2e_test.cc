// End-to-end: accounts, sessions, CSRF, API tokens and login throttling of the
// real `platewise serve`.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <barrier>
#include <thread>
#include <vector>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;
using testing::ApiUser;
using testing::HttpClient;

class AccountsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<testing::ServerProcess>(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir_)));
    ASSERT_TRUE(server_->started()) << server_->output();
  }
  testing::HttpResult Post(HttpClient& c, const std::string& target, const json& body) {
    return c.Request("POST", target, body.dump());
  }

  testing::TempDir dir_;
  std::unique_ptr<testing::ServerProcess> server_;
};

TEST_F(AccountsTest, SignupSetsAHardenedSessionCookieAndReturnsACsrfToken) {
  HttpClient c(server_->port());
  auto r = Post(c, "/api/v1/signup", {{"email", "Ann@Example.org"}, {"password", "0123456789"}});
  ASSERT_EQ(r.status, 201) << r.body;
  std::string cookie = r.header("Set-Cookie");
  EXPECT_NE(cookie.find("platewise_session="), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // not configured behind TLS
  json body = json::parse(r.body);
  EXPECT_EQ(body["user"]["email"], "ann@example.org");
  EXPECT_EQ(body["csrf_token"].get<std::string>().size(), 64u);
  // The token in the cookie is 256 bits (64 hex digits).
  EXPECT_EQ(testing::SessionCookieOf(r).size(), std::string("platewise_session=").size() + 64);
}

TEST_F(AccountsTest, RejectsDuplicateEmailsCaseInsensitivelyAndShortPasswords) {
  HttpClient c(server_->port());
  ASSERT_EQ(Post(c, "/api/v1/signup", {{"email", "ann@example.org"}, {"password", "0123456789"}}).status, 201);
  auto dup = Post(c, "/api/v1/signup", {{"email", "ANN@example.ORG"}, {"password", "0123456789"}});
  EXPECT_EQ(dup.status, 409);
  auto shortpw = Post(c, "/api/v1/signup", {{"email", "bob@example.org"}, {"password", "012345678"}});
  EXPECT_EQ(shortpw.status, 422);
  EXPECT_EQ(json::parse(shortpw.body)["error"]["field"], "password");
  auto bad_email = Post(c, "/api/v1/signup", {{"email", "bob"}, {"password", "0123456789"}});
  EXPECT_EQ(bad_email.status, 422);
  EXPECT_EQ(json::parse(bad_email.body)["error"]["field"], "email");
}

TEST_F(AccountsTest, LoginIsCaseInsensitiveOnEmailAndLogoutEndsTheSession) {
  ApiUser ann(server_->port(), "ann@example.org");
  ASSERT_TRUE(ann.ok());
  HttpClient c(server_->port());
  auto login = Post(c, "/api/v1/login", {{"email", "ANN@EXAMPLE.ORG"}, {"password", ApiUser::kPassword}});
  ASSERT_EQ(login.status, 200) << login.body;
  c.SetHeader("Cookie", testing::SessionCookieOf(login));
  EXPECT_EQ(c.Get("/api/v1/account").status, 200);
  // Logout is state-changing: it needs the CSRF token too.
  EXPECT_EQ(c.Request("POST", "/api/v1/logout").status, 403);
  c.SetHeader("X-CSRF-Token", json::parse(login.body)["csrf_token"]);
  auto out = c.Request("POST", "/api/v1/logout");
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(out.header("Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(c.Get("/api/v1/account").status, 401);  // the old cookie is dead
  EXPECT_EQ(ann.Call("GET", "/api/v1/account").status, 200);  // other sessions live on
}

TEST_F(AccountsTest, WrongPasswordsAreThrottledPerAccountWithRetryAfter) {
  ApiUser ann(server_->port(), "ann@example.org");
  HttpClient c(server_->port());
  for (int i = 0; i < 5; ++i) {
    auto r = Post(c, "/api/v1/login", {{"email", "ann@example.org"}, {"password", "wrong password"}});
    EXPECT_EQ(r.status, 401) << i;
  }
  auto blocked = Post(c, "/api/v1/login", {{"email", "ann@example.org"}, {"password", ApiUser::kPassword}});
  EXPECT_EQ(blocked.status, 429);
  EXPECT_GT(std::stoi(blocked.header("Retry-After")), 0);
  EXPECT_EQ(json::parse(blocked.body)["error"]["code"], "too_many_requests");
}

// #14 point 4: sign-ups are throttled per client (each hashes a password on
// the server), and an email already taken is refused before any hashing.
TEST_F(AccountsTest, SignupsAreThrottledPerClientWithRetryAfter) {
  HttpClient c(server_->port());
  int created = 0;
  testing::HttpResult last;
  for (int i = 0; i < 12 && (last.status == 0 || last.status == 201); ++i) {
    std::string email = "n";  // built up: GCC 12 warns wrongly (-Wrestrict) about "n" + std::string
    email += std::to_string(i);
    email += "@example.org";
    last = Post(c, "/api/v1/signup", {{"email", email}, {"password", "0123456789"}});
    created += last.status == 201;
  }
  EXPECT_EQ(created, 10) << "the default: 10 accounts per client per 15 minutes";
  EXPECT_EQ(last.status, 429) << last.body;
  EXPECT_GT(std::stoi(last.header("Retry-After")), 0);
  EXPECT_NE(last.body.find("sign-ups"), std::string::npos) << last.body;
}

// #14 point 4: password hashing (real cost, as served) runs in fewer slots
// than the server has threads. Sign-ups arriving together while one hashes
// are refused at once with 503 and Retry-After (never 500, never queued on
// every thread), and the server answers other requests meanwhile.
TEST(HashingSlotsE2eTest, SignupsBeyondTheHashingSlotsAre503WithRetryAfter) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY, {"serve", "--listen", "127.0.0.1:0", "--threads", "2", "--db",
                                                   testing::SeededDatabase(PLATEWISE_BINARY, dir), "--data-dir", PLATEWISE_BUNDLED_DATA_DIR});
  ASSERT_TRUE(server.started()) << server.output();
  constexpr int kClients = 6;
  std::vector<testing::HttpResult> results(kClients);
  std::barrier start(kClients);
  std::vector<std::thread> clients;
  for (int i = 0; i < kClients; ++i) {
    clients.emplace_back([&, i] {
      HttpClient c(server.port());
      std::string email = "busy";
      email += std::to_string(i);
      email += "@example.org";
      const std::string body = json{{"email", email}, {"password", "0123456789"}}.dump();
      start.arrive_and_wait();
      results[i] = c.Request("POST", "/api/v1/signup", body);
    });
  }
  for (auto& t : clients) t.join();
  int created = 0, busy = 0;
  for (const auto& r : results) {
    if (r.status == 201) ++created;
    if (r.status != 503) continue;
    ++busy;
    EXPECT_EQ(r.header("Retry-After"), "1");
    EXPECT_EQ(json::parse(r.body)["error"]["code"], "unavailable") << r.body;
  }
  EXPECT_EQ(created + busy, kClients) << "every sign-up is 201 or 503";
  EXPECT_GE(created, 1);
  EXPECT_GE(busy, 1) << "six sign-ups at once on one hashing slot";
  HttpClient other(server.port());
  EXPECT_EQ(other.Get("/healthz").status, 200);
  // Defect: a sign-up refused as busy counted against the client's 10, so a
  // busy server spent its visitors' sign-ups (2 of 10 made it in a flood).
  int more = 0;
  for (int i = 0; i < 10 - created; ++i) {
    std::string email = "later";
    email += std::to_string(i);
    email += "@example.org";
    more += other.Request("POST", "/api/v1/signup", json{{"email", email}, {"password", "0123456789"}}.dump()).status ==
            201;
  }
  EXPECT_EQ(more, 10 - created) << "the busy refusals were counted as sign-ups";
}

TEST_F(AccountsTest, StateChangesByCookieNeedTheCsrfTokenButReadsDoNot) {
  ApiUser ann(server_->port(), "ann@example.org");
  json entry = {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 100}};
  ann.client().SetHeader("X-CSRF-Token", "");
  EXPECT_EQ(ann.Call("GET", "/api/v1/diary/2026-11-29").status, 200);
  EXPECT_EQ(ann.Call("POST", "/api/v1/diary/2026-11-29/entries", entry).status, 403);
  ann.client().SetHeader("X-CSRF-Token", std::string(64, '0'));
  EXPECT_EQ(ann.Call("POST", "/api/v1/diary/2026-11-29/entries", entry).status, 403);
  ann.client().SetHeader("X-CSRF-Token", ann.csrf());
  EXPECT_EQ(ann.Call("POST", "/api/v1/diary/2026-11-29/entries", entry).status, 201);
  auto day = ann.Must(200, "GET", "/api/v1/diary/2026-11-29");
  EXPECT_EQ(day["meals"]["lunch"].size(), 1u);  // the refused posts stored nothing
}

TEST_F(AccountsTest, ApiTokensWorkWithoutCsrfAndCanBeRevoked) {
  ApiUser ann(server_->port(), "ann@example.org");
  json created = ann.Must(201, "POST", "/api/v1/tokens", {{"name", "script"}});
  std::string token = created["token"];
  HttpClient script(server_->port());
  script.SetHeader("Authorization", "Bearer " + token);
  EXPECT_EQ(script.Request("POST", "/api/v1/diary/2026-11-29/water", json{{"ml", 250}}.dump()).status, 201);
  json list = ann.Must(200, "GET", "/api/v1/tokens");
  ASSERT_EQ(list["tokens"].size(), 1u);
  EXPECT_EQ(list["tokens"][0]["name"], "script");
  EXPECT_FALSE(list["tokens"][0].contains("token"));  // shown once, at creation
  ann.Must(204, "DELETE", "/api/v1/tokens/" + std::to_string(created["id"].get<int>()));
  EXPECT_EQ(script.Get("/api/v1/diary/2026-11-29").status, 401);
  HttpClient wrong(server_->port());
  wrong.SetHeader("Authorization", "Bearer " + std::string(64, 'a'));
  EXPECT_EQ(wrong.Get("/api/v1/account").status, 401);
}

TEST_F(AccountsTest, PasswordChangeEndsOtherSessionsAndOldPasswordStopsWorking) {
  ApiUser ann(server_->port(), "ann@example.org");
  HttpClient other(server_->port());
  auto login = Post(other, "/api/v1/login", {{"email", "ann@example.org"}, {"password", ApiUser::kPassword}});
  other.SetHeader("Cookie", testing::SessionCookieOf(login));
  auto wrong = ann.Call("PUT", "/api/v1/account/password",
                        {{"current_password", "not it at all"}, {"new_password", "a brand new secret"}});
  EXPECT_EQ(wrong.status, 403);
  // In words, as the web app shows it beside the field.
  EXPECT_EQ(nlohmann::json::parse(wrong.body)["error"]["message"], "the current password is wrong") << wrong.body;
  auto short_one = ann.Call("PUT", "/api/v1/account/password",
                            {{"current_password", ApiUser::kPassword}, {"new_password", "short"}});
  EXPECT_EQ(short_one.status, 422);
  EXPECT_EQ(nlohmann::json::parse(short_one.body)["error"]["message"],
            "the new password is 5 characters long; use at least 10") << short_one.body;
  ann.Must(204, "PUT", "/api/v1/account/password",
           {{"current_password", ApiUser::kPassword}, {"new_password", "a brand new secret"}});
  EXPECT_EQ(other.Get("/api/v1/account").status, 401);
  EXPECT_EQ(ann.Call("GET", "/api/v1/account").status, 200);
  HttpClient c(server_->port());
  EXPECT_EQ(Post(c, "/api/v1/login", {{"email", "ann@example.org"}, {"password", ApiUser::kPassword}}).status, 401);
  EXPECT_EQ(Post(c, "/api/v1/login", {{"email", "ann@example.org"}, {"password", "a brand new secret"}}).status, 200);
}

// Regression (hardening): API tokens made before a password change kept working.
TEST_F(AccountsTest, PasswordChangeEndsApiTokensUnlessAskedToKeepThem) {
  ApiUser ann(server_->port(), "ann@example.org");
  HttpClient script(server_->port());
  script.SetHeader("Authorization", "Bearer " + ann.Must(201, "POST", "/api/v1/tokens", {{"name", "a"}})["token"].get<std::string>());
  ann.Must(204, "PUT", "/api/v1/account/password",
           {{"current_password", ApiUser::kPassword}, {"new_password", "a brand new secret"}});
  EXPECT_EQ(script.Get("/api/v1/account").status, 401);
  EXPECT_TRUE(ann.Must(200, "GET", "/api/v1/tokens")["tokens"].empty());

  HttpClient kept(server_->port());
  kept.SetHeader("Authorization", "Bearer " + ann.Must(201, "POST", "/api/v1/tokens", {{"name", "b"}})["token"].get<std::string>());
  ann.Must(204, "PUT", "/api/v1/account/password",
           {{"current_password", "a brand new secret"}, {"new_password", "another new secret"}, {"keep_api_tokens", true}});
  EXPECT_EQ(kept.Get("/api/v1/account").status, 200);
}

// Regression (hardening): a wrong current password on password change or
// account deletion was not throttled, so a stolen session could guess it.
TEST_F(AccountsTest, WrongCurrentPasswordsAreThrottledLikeSignIn) {
  ApiUser ann(server_->port(), "ann@example.org");
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(ann.Call("DELETE", "/api/v1/account", {{"password", "guess " + std::to_string(i)}}).status, 403);
  }
  auto blocked = ann.Call("PUT", "/api/v1/account/password",
                          {{"current_password", ApiUser::kPassword}, {"new_password", "a brand new secret"}});
  EXPECT_EQ(blocked.status, 429) << blocked.body;
  EXPECT_GT(std::stoi(blocked.header("Retry-After")), 0);
  EXPECT_EQ(ann.Call("GET", "/api/v1/account").status, 200);  // the account is still there
}

TEST_F(AccountsTest, DeletingTheAccountRemovesEverythingItOwned) {
  ApiUser ann(server_->port(), "ann@example.org");
  ann.Must(201, "POST", "/api/v1/diary/2026-11-29/entries", {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 50}});
  json food = ann.Must(201, "POST", "/api/v1/foods", {{"name", "Ann's bar"}, {"nutrients", {{"energy", 400}}}});
  ann.Must(201, "POST", "/api/v1/weights", {{"date", "2026-11-29"}, {"weight_kg", 70}});
  EXPECT_EQ(ann.Call("DELETE", "/api/v1/account", {{"password", "wrong password!"}}).status, 403);
  ann.Must(204, "DELETE", "/api/v1/account", {{"password", ApiUser::kPassword}});
  EXPECT_EQ(ann.Call("GET", "/api/v1/account").status, 401);
  // A new account with the same email starts empty; the old custom food is gone.
  ApiUser again(server_->port(), "ann@example.org");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.Call("GET", "/api/v1/foods/" + food["id"].get<std::string>()).status, 404);
  json exported = again.Must(200, "GET", "/api/v1/export");
  EXPECT_TRUE(exported["diary_entries"].empty());
  EXPECT_TRUE(exported["weights"].empty());
  EXPECT_TRUE(exported["custom_foods"].empty());
}

TEST_F(AccountsTest, UserDataNeedsSignIn) {
  HttpClient c(server_->port());
  for (const char* target : {"/api/v1/diary/2026-11-29", "/api/v1/profile", "/api/v1/goal", "/api/v1/export",
                             "/api/v1/weights", "/api/v1/account", "/api/v1/tokens"}) {
    auto r = c.Get(target);
    EXPECT_EQ(r.status, 401) << target;
    EXPECT_EQ(json::parse(r.body)["error"]["code"], "unauthenticated") << target;
  }
  EXPECT_EQ(c.Get("/api/v1/foods?q=spinach").status, 200);  // shared foods are public
}

// Regression (hardening, login CSRF): a page of another site could sign the
// visitor in to the attacker's account with a form post.
TEST_F(AccountsTest, SignupAndLoginFromAnotherSitesPageAreRefused) {
  HttpClient setup(server_->port());
  ASSERT_EQ(Post(setup, "/api/v1/signup", {{"email", "own@example.org"}, {"password", "0123456789"}}).status, 201);
  const json login = {{"email", "own@example.org"}, {"password", "0123456789"}};

  HttpClient foreign(server_->port());
  foreign.SetHeader("Origin", "https://attacker.example");
  auto r = Post(foreign, "/api/v1/login", login);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_NE(r.body.find("another site"), std::string::npos) << r.body;
  EXPECT_TRUE(r.header("Set-Cookie").empty());
  EXPECT_EQ(Post(foreign, "/api/v1/signup", {{"email", "new@example.org"}, {"password", "0123456789"}}).status, 403);
  foreign.SetHeader("Origin", "null");  // a sandboxed frame or a file: page
  EXPECT_EQ(Post(foreign, "/api/v1/login", login).status, 403);

  HttpClient fetch_metadata(server_->port());
  fetch_metadata.SetHeader("Sec-Fetch-Site", "cross-site");
  EXPECT_EQ(Post(fetch_metadata, "/api/v1/login", login).status, 403);

  HttpClient own_page(server_->port());  // the web app's own pages send their origin
  own_page.SetHeader("Origin", "http://127.0.0.1:" + std::to_string(server_->port()));
  own_page.SetHeader("Sec-Fetch-Site", "same-origin");
  EXPECT_EQ(Post(own_page, "/api/v1/login", login).status, 200);
  HttpClient api_client(server_->port());  // no Origin: curl, scripts
  EXPECT_EQ(Post(api_client, "/api/v1/login", login).status, 200);
}

// Regression (hardening, login CSRF): the JSON routes read bodies sent as
// text/plain, which an HTML form can send across sites without a preflight.
TEST_F(AccountsTest, ABodyThatIsNotSentAsJsonIsRefusedOnEveryRoute) {
  HttpClient c(server_->port());
  const std::string body = json{{"email", "form@example.org"}, {"password", "0123456789"}}.dump();
  for (const char* type : {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""}) {
    auto r = c.Request("POST", "/api/v1/signup", body, type);
    EXPECT_EQ(r.status, 415) << type << ": " << r.body;
    EXPECT_NE(r.body.find("application/json"), std::string::npos) << r.body;
  }
  EXPECT_EQ(c.Request("POST", "/api/v1/signup", body, "application/json; charset=utf-8").status, 201);
  ApiUser u(server_->port(), "u@example.org");
  ASSERT_TRUE(u.ok());
  auto r = u.client().Request("POST", "/api/v1/diary/2026-11-29/entries",
                              R"({"meal":"lunch","food_id":"11457","grams":90})", "text/plain");
  EXPECT_EQ(r.status, 415) << r.body;
}

// Regression (hardening): anyone could lock a person out with five wrong
// passwords for their email. Behind a trusted proxy, the client is the
// X-Forwarded-For address; from anyone else the header is ignored.
TEST(AccountsThrottleTest, AnAttackersFailuresDoNotBlockTheOwnerBehindATrustedProxy) {
  testing::TempDir dir;
  auto args = testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir));
  args.push_back("--trusted-proxy");
  args.push_back("127.0.0.1");
  testing::ServerProcess server(PLATEWISE_BINARY, args);
  ASSERT_TRUE(server.started()) << server.output();
  ApiUser ann(server.port(), "ann@example.org");
  ASSERT_TRUE(ann.ok());
  const json wrong = {{"email", "ann@example.org"}, {"password", "wrong password"}};
  const json right = {{"email", "ann@example.org"}, {"password", ApiUser::kPassword}};

  HttpClient attacker(server.port());
  attacker.SetHeader("X-Forwarded-For", "203.0.113.66");
  for (int i = 0; i < 8; ++i) attacker.Request("POST", "/api/v1/login", wrong.dump());
  EXPECT_EQ(attacker.Request("POST", "/api/v1/login", right.dump()).status, 429);

  HttpClient owner(server.port());
  owner.SetHeader("X-Forwarded-For", "198.51.100.7");
  EXPECT_EQ(owner.Request("POST", "/api/v1/login", right.dump()).status, 200);

  // A client cannot pick its own address by sending the header through the
  // proxy: the proxy appends the real one, and that is the one taken.
  HttpClient spoofing(server.port());
  spoofing.SetHeader("X-Forwarded-For", "198.51.100.7, 203.0.113.66");
  EXPECT_EQ(spoofing.Request("POST", "/api/v1/login", right.dump()).status, 429);
}

TEST(AccountsThrottleTest, ForwardedForFromAnUntrustedPeerIsIgnored) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(server.started()) << server.output();
  ApiUser ann(server.port(), "ann@example.org");
  ASSERT_TRUE(ann.ok());
  const json wrong = {{"email", "ann@example.org"}, {"password", "wrong password"}};
  HttpClient c(server.port());
  for (int i = 0; i < 5; ++i) {
    c.SetHeader("X-Forwarded-For", "203.0.113." + std::to_string(i));  // a new "address" each time
    EXPECT_EQ(c.Request("POST", "/api/v1/login", wrong.dump()).status, 401);
  }
  EXPECT_EQ(c.Request("POST", "/api/v1/login", wrong.dump()).status, 429);  // all from 127.0.0.1
}

// The throttle's counts are in the store: two servers on one SQLite file
// refuse a client that guessed 3 times on one and twice on the other.
TEST(AccountsThrottleTest, TwoServersOnOneFileThrottleAsOne) {
  testing::TempDir dir;
  testing::ServerProcess a(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(a.started()) << a.output();
  testing::ServerProcess b(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(b.started()) << b.output();
  ApiUser ann(a.port(), "ann@example.org");
  ASSERT_TRUE(ann.ok());
  const json wrong = {{"email", "ann@example.org"}, {"password", "wrong password"}};
  const json right = {{"email", "ann@example.org"}, {"password", ApiUser::kPassword}};
  HttpClient on_a(a.port());
  HttpClient on_b(b.port());
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ((i % 2 == 0 ? on_a : on_b).Request("POST", "/api/v1/login", wrong.dump()).status, 401) << i;
  }
  EXPECT_EQ(on_b.Request("POST", "/api/v1/login", right.dump()).status, 429);
  EXPECT_EQ(on_a.Request("POST", "/api/v1/login", right.dump()).status, 429);
}

// Regression (hardening, headers): personal API answers (the diary, the
// export, tokens) could be kept by a browser or proxy cache.
TEST_F(AccountsTest, PersonalAnswersAreNeverStored) {
  ApiUser ann(server_->port(), "ann@example.org");
  for (const char* target : {"/api/v1/account", "/api/v1/diary/2026-11-29", "/api/v1/export", "/api/v1/tokens",
                             "/api/v1/no-such-route"}) {
    auto r = ann.Call("GET", target);
    EXPECT_EQ(r.header("Cache-Control"), "no-store") << target;
    EXPECT_EQ(r.header("X-Frame-Options"), "DENY") << target;
    EXPECT_EQ(r.header("Referrer-Policy"), "no-referrer") << target;
  }
  // The answers that carry a secret: a new API token, and a new session.
  EXPECT_EQ(ann.Call("POST", "/api/v1/tokens", {{"name", "t"}}).header("Cache-Control"), "no-store");
  HttpClient c(server_->port());
  auto login = Post(c, "/api/v1/login", {{"email", "ann@example.org"}, {"password", ApiUser::kPassword}});
  EXPECT_EQ(login.header("Cache-Control"), "no-store");
}

}  // namespace
}  // namespace platewise
