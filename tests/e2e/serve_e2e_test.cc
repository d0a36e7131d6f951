// End-to-end: the real `platewise serve` on a free loopback port with a
// temporary database, queried over HTTP.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <utility>  // before Asio: Boost 1.74 needs std::exchange

#include <boost/asio.hpp>

#include "testing/api_user.h"
#include "testing/gunzip.h"
#include "testing/http_client.h"
#include "testing/subprocess.h"
#include "testing/seeded_database.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

using nlohmann::json;

// In a build with the web app (PLATEWISE_WEB), the server serves web/dist;
// in one without it, the build's default: no web app.
class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> args{"serve",   "--listen", "127.0.0.1:0", "--threads", "2", "--db",
                                  testing::SeededDatabase(PLATEWISE_BINARY, dir_, "platewise.db"), "--data-dir",
                                  PLATEWISE_BUNDLED_DATA_DIR};
#ifdef PLATEWISE_WEB_DIR
    args.insert(args.end(), {"--web-dir", PLATEWISE_WEB_DIR});
#endif
    server_ = std::make_unique<testing::ServerProcess>(PLATEWISE_BINARY, args);
    ASSERT_TRUE(server_->started()) << server_->output();
  }

  testing::TempDir dir_;
  std::unique_ptr<testing::ServerProcess> server_;
};

// The first start on a path that does not exist yet (its folder neither)
// makes the database and imports the bundled foods; the other tests start on
// a copy of such a database (testing/seeded_database.h).
TEST(ServeFirstStartTest, HealthzReportsTheBundledFoodsLoadedOnFirstStart) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(dir.File("var/platewise.db")));
  ASSERT_TRUE(server.started()) << server.output();
  testing::HttpClient client(server.port());
  auto r = client.Get("/healthz");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/json");
  EXPECT_EQ(json::parse(r.body)["foods"], 8858);
}

TEST_F(ServeTest, SearchesFoodsWithSummaryFields) {
  testing::HttpClient client(server_->port());
  auto r = client.Get("/api/v1/foods?q=spinach+raw&limit=3");
  ASSERT_EQ(r.status, 200) << r.body;
  json body = json::parse(r.body);
  ASSERT_FALSE(body["foods"].empty());
  EXPECT_LE(body["foods"].size(), 3u);
  const json& first = body["foods"][0];
  EXPECT_EQ(first["id"], "11457");
  EXPECT_EQ(first["name"], "Spinach, raw");
  EXPECT_EQ(first["food_group"], "Vegetables and Vegetable Products");
  EXPECT_EQ(first["kcal_per_100g"], 23.0);
  EXPECT_EQ(first["default_portion"]["grams"], 30.0);
}

// #14 point 8: large JSON (and text assets) go gzip-coded to a client that
// accepts it, and read back to the same bytes; others get them as they are.
TEST_F(ServeTest, LargeAnswersAreGzippedForClientsThatAcceptIt) {
  const std::string target = "/api/v1/foods?q=raw&limit=50";
  testing::HttpClient plain(server_->port());
  auto identity = plain.Get(target);
  ASSERT_EQ(identity.status, 200) << identity.body;
  ASSERT_GE(identity.body.size(), 2000u) << "the test needs a large answer";
  EXPECT_EQ(identity.header("Content-Encoding"), "");
  EXPECT_EQ(identity.header("Vary"), "Accept-Encoding");

  testing::HttpClient gzip(server_->port());
  gzip.SetHeader("Accept-Encoding", "gzip, deflate, br");
  auto coded = gzip.Get(target);
  ASSERT_EQ(coded.status, 200);
  EXPECT_EQ(coded.header("Content-Encoding"), "gzip");
  EXPECT_LT(coded.body.size(), identity.body.size() / 2);
  EXPECT_EQ(testing::Gunzip(coded.body), identity.body);

  auto small = gzip.Get("/healthz");
  EXPECT_EQ(small.header("Content-Encoding"), "") << "a small answer is not worth coding";
#ifdef PLATEWISE_WEB_DIR
  // The web app's script, named in its page.
  auto page = plain.Get("/");
  ASSERT_EQ(page.status, 200);
  std::smatch script;
  ASSERT_TRUE(std::regex_search(page.body, script, std::regex("src=\"(/assets/[^\"]+\\.js)\"")));
  auto js = plain.Get(script[1]);
  auto js_coded = gzip.Get(script[1]);
  ASSERT_EQ(js_coded.status, 200);
  EXPECT_EQ(js_coded.header("Content-Encoding"), "gzip");
  EXPECT_EQ(testing::Gunzip(js_coded.body), js.body);
#endif
}

TEST_F(ServeTest, ShowsAFoodWithNutrientsAndNotAnalysedAsNull) {
  testing::HttpClient client(server_->port());
  auto r = client.Get("/api/v1/foods/12061");
  ASSERT_EQ(r.status, 200);
  json body = json::parse(r.body);
  EXPECT_EQ(body["name"], "Nuts, almonds");
  bool saw_magnesium = false, saw_null = false;
  for (const json& n : body["nutrients"]) {
    if (n["key"] == "magnesium") saw_magnesium = n["per_100g"] == 268.0;
    if (n["per_100g"].is_null()) saw_null = true;
  }
  EXPECT_TRUE(saw_magnesium);
  EXPECT_TRUE(saw_null);  // almonds lack some nutrients: null, not 0
  EXPECT_FALSE(body["portions"].empty());
}

TEST_F(ServeTest, ErrorsAreJsonWithTheRightStatus) {
  testing::HttpClient client(server_->port());
  struct Case {
    const char* method;
    const char* target;
    int status;
    const char* code;
  };
  const Case kCases[] = {
      {"GET", "/api/v1/foods/99999", 404, "not_found"},
      {"GET", "/api/v1/foods", 400, "invalid_argument"},
      {"GET", "/api/v1/foods?q=egg&limit=0", 400, "invalid_argument"},
      {"GET", "/api/v1/foods?q=egg&limit=abc", 400, "invalid_argument"},
      {"GET", "/api/v1/foods?q=%zz", 400, "bad_request"},
      {"DELETE", "/api/v1/foods/11457", 405, "method_not_allowed"},
      {"GET", "/api/v1/nothing", 404, "not_found"},
  };
  for (const Case& c : kCases) {
    auto r = client.Request(c.method, c.target);
    EXPECT_EQ(r.status, c.status) << c.target;
    ASSERT_EQ(r.content_type, "application/json") << c.target;
    json body = json::parse(r.body);
    EXPECT_EQ(body["error"]["code"], c.code) << c.target;
    EXPECT_FALSE(body["error"]["message"].get<std::string>().empty());
  }
}

TEST_F(ServeTest, RejectsOversizedBodiesWith413) {
  testing::HttpClient client(server_->port());
  auto r = client.Request("POST", "/api/v1/foods", std::string(2 << 20, 'x'));
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(json::parse(r.body)["error"]["code"], "payload_too_large");
}

TEST_F(ServeTest, KeepsConnectionsAliveAcrossRequests) {
  testing::HttpClient client(server_->port());
  for (int i = 0; i < 5; ++i) {
    auto r = client.Get("/api/v1/foods?q=egg&limit=1");
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.keep_alive);
  }
}

#ifdef PLATEWISE_WEB_DIR
TEST_F(ServeTest, ServesTheWebPage) {
  testing::HttpClient client(server_->port());
  auto r = client.Get("/");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_NE(r.body.find("Platewise"), std::string::npos);
}

// Regression (hardening, headers): the web app had no Content-Security-Policy
// and could be framed; hashed assets were cached for an hour only.
TEST_F(ServeTest, TheWebAppIsServedUnderAStrictPolicyWithItsAssetsCachedForAYear) {
  testing::HttpClient client(server_->port());
  auto page = client.Get("/");
  ASSERT_EQ(page.status, 200);
  const std::string csp = page.header("Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << csp;
  EXPECT_EQ(page.header("X-Frame-Options"), "DENY");
  EXPECT_EQ(page.header("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(page.header("Cache-Control"), "no-cache");
  const auto at = page.body.find("/assets/");
  ASSERT_NE(at, std::string::npos) << page.body;
  const std::string asset = page.body.substr(at, page.body.find('"', at) - at);
  auto r = client.Get(asset);
  EXPECT_EQ(r.status, 200) << asset;
  EXPECT_EQ(r.header("Cache-Control"), "public, max-age=31536000, immutable") << asset;
}
#else
TEST_F(ServeTest, SaysTheWebAppWasNotBuiltAndServesTheApi) {
  testing::HttpClient client(server_->port());
  auto page = client.Get("/");
  EXPECT_EQ(page.status, 404);
  EXPECT_EQ(page.content_type, "text/plain; charset=utf-8");
  EXPECT_NE(page.body.find("the web app was not built"), std::string::npos) << page.body;
  EXPECT_EQ(client.Get("/today").status, 404);
  auto health = client.Get("/healthz");
  EXPECT_EQ(health.status, 200) << health.body;
  auto foods = client.Get("/api/v1/foods?q=spinach&limit=1");
  EXPECT_EQ(foods.status, 200) << foods.body;
  EXPECT_EQ(json::parse(foods.body)["foods"].size(), 1u) << foods.body;
}
#endif

TEST_F(ServeTest, ShutsDownCleanlyOnSigterm) {
  { testing::HttpClient client(server_->port()); (void)client.Get("/healthz"); }
  EXPECT_EQ(server_->Stop(), 0);
  // The database is intact: a second server on it starts and sees the foods.
  testing::ServerProcess again(PLATEWISE_BINARY, {"serve", "--listen", "127.0.0.1:0", "--db",
                                                  dir_.File("platewise.db"), "--data-dir",
                                                  PLATEWISE_BUNDLED_DATA_DIR});
  ASSERT_TRUE(again.started());
  testing::HttpClient client(again.port());
  EXPECT_EQ(json::parse(client.Get("/healthz").body)["foods"], 8858);
}

TEST(ServeStartTest, RefusesABusyPortWithAClearError) {
  boost::asio::io_context ioc;
  boost::asio::ip::tcp::acceptor taken(ioc, {boost::asio::ip::make_address("127.0.0.1"), 0});
  testing::TempDir dir;
  auto r = testing::RunCommand(PLATEWISE_BINARY,
                               {"serve", "--listen", "127.0.0.1:" + std::to_string(taken.local_endpoint().port()),
                                "--db", testing::SeededDatabase(PLATEWISE_BINARY, dir), "--data-dir", PLATEWISE_BUNDLED_DATA_DIR});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("cannot listen on 127.0.0.1:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace platewise

namespace platewise {
namespace {

// The CLI and the API rank with the same index: the same query gives the
// same foods in the same order.
TEST_F(ServeTest, CliAndApiGiveTheSameSearchResults) {
  testing::HttpClient client(server_->port());
  for (const char* q : {"almo", "chick bre", "brocoli", "2% milk", "strawberries", "egg"}) {
    std::string target = "/api/v1/foods?limit=5&q=";
    for (const char* c = q; *c; ++c) target += (*c == ' ') ? std::string("+") : (*c == '%' ? std::string("%25") : std::string(1, *c));
    auto api = client.Get(target);
    ASSERT_EQ(api.status, 200) << q;
    auto cli = testing::RunCommand(PLATEWISE_BINARY, {"foods", "search", q, "--limit", "5", "--json", "--db",
                                                      testing::SeededDatabase(PLATEWISE_BINARY, dir_, "cli.db"), "--data-dir", PLATEWISE_BUNDLED_DATA_DIR});
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    json a = json::parse(api.body)["foods"], b = json::parse(cli.out)["foods"];
    ASSERT_FALSE(a.empty()) << q;
    EXPECT_EQ(a, b) << q;
  }
  EXPECT_EQ(json::parse(client.Get("/api/v1/foods?q=almo&limit=1").body)["foods"][0]["id"], "12061");
  EXPECT_EQ(json::parse(client.Get("/api/v1/foods?q=brocoli&limit=1").body)["foods"][0]["id"], "11090");
}

}  // namespace
}  // namespace platewise
