// End-to-end: what `platewise serve` tells whoever runs it. GET /metrics by
// route template, the access log's lines, /healthz on a read-only database,
// /readyz, the drain on SIGTERM, and what X-Forwarded-For and
// X-Forwarded-Proto may change (only from a trusted proxy).

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

namespace asio = boost::asio;
using nlohmann::json;

constexpr char kMetricsToken[] = "metrics-token-for-tests-0123456789";

std::vector<std::string> Args(const std::string& db, std::vector<std::string> more = {}) {
  std::vector<std::string> args = testing::ServeArgs(db);
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<json> LogLines(const std::string& path) {
  std::vector<json> out;
  std::istringstream in(ReadFile(path));
  for (std::string line; std::getline(in, line);) out.push_back(json::parse(line));
  return out;
}

// The access log is written by a thread of its own: wait (up to 10 s) until
// it has `lines` lines.
std::vector<json> WaitForLogLines(const std::string& path, std::size_t lines) {
  for (int i = 0; i < 200; ++i) {
    auto got = LogLines(path);
    if (got.size() >= lines) return got;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return LogLines(path);
}

// The value of an unlabelled or labelled sample line, or -1 when absent.
double Sample(const std::string& metrics, const std::string& series) {
  std::istringstream in(metrics);
  for (std::string line; std::getline(in, line);) {
    if (line.compare(0, series.size() + 1, series + " ") == 0) return std::stod(line.substr(series.size() + 1));
  }
  return -1;
}

class ObservabilityTest : public ::testing::Test {
 protected:
  testing::TempDir dir_;
};

TEST_F(ObservabilityTest, MetricsCountRequestsByRouteTemplateNeverByPath) {
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_)));
  ASSERT_TRUE(server.started()) << server.output();
  testing::ApiUser ann(server.port(), "ann@example.org");
  ASSERT_TRUE(ann.ok());
  for (const char* date : {"2026-01-01", "2026-01-02", "2026-01-02"}) {
    ASSERT_EQ(ann.Call("GET", std::string("/api/v1/diary/") + date).status, 200);
  }
  ASSERT_EQ(ann.Call("GET", "/api/v1/nothing-here/12345").status, 404);
  testing::HttpClient local(server.port());
  auto r = local.Get("/metrics");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.content_type, "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_EQ(Sample(r.body, R"(platewise_http_requests_total{route="/api/v1/diary/{date}",status="200"})"), 3)
      << r.body;
  EXPECT_EQ(Sample(r.body, R"(platewise_http_requests_total{route="/api/v1/signup",status="201"})"), 1) << r.body;
  EXPECT_EQ(Sample(r.body, R"m(platewise_http_requests_total{route="(unmatched)",status="404"})m"), 1) << r.body;
  EXPECT_EQ(r.body.find("2026-01-0"), std::string::npos) << "a path became a label";
  EXPECT_EQ(r.body.find("12345"), std::string::npos) << "a path became a label";
  EXPECT_EQ(Sample(r.body, R"(platewise_http_request_duration_seconds_count{route="/api/v1/diary/{date}"})"), 3);
  EXPECT_GT(Sample(r.body, "platewise_http_request_database_seconds_count"), 0);
  EXPECT_GT(Sample(r.body, "platewise_http_request_database_seconds_sum"), 0);
  // The second read of 2026-01-02 came from the diary-day cache.
  EXPECT_GE(Sample(r.body, R"(platewise_cache_hits_total{cache="diary_days"})"), 1) << r.body;
  EXPECT_GE(Sample(r.body, R"(platewise_cache_misses_total{cache="diary_days"})"), 2) << r.body;
  // This connection and ann's are open; this request is in flight.
  EXPECT_GE(Sample(r.body, "platewise_http_connections"), 2);
  EXPECT_EQ(Sample(r.body, "platewise_http_requests_in_flight"), 1);
}

TEST_F(ObservabilityTest, MetricsFromLoopbackThroughAProxyNeedTheToken) {
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_), {"--trusted-proxy", "127.0.0.1"}),
                                {.env = {std::string("PLATEWISE_METRICS_TOKEN=") + kMetricsToken}});
  ASSERT_TRUE(server.started()) << server.output();
  testing::HttpClient proxied(server.port());
  proxied.SetHeader("X-Forwarded-For", "198.51.100.7");
  auto refused = proxied.Get("/metrics");
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_NE(refused.body.find("metrics token"), std::string::npos) << refused.body;
  proxied.SetHeader("Authorization", std::string("Bearer ") + kMetricsToken);  // from the environment
  EXPECT_EQ(proxied.Get("/metrics").status, 200);
  proxied.SetHeader("Authorization", "Bearer not-the-metrics-token");
  EXPECT_EQ(proxied.Get("/metrics").status, 403);
}

TEST_F(ObservabilityTest, AShortMetricsTokenIsRefusedAtStart) {
  auto r = testing::RunCommand(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_), {"--metrics-token", "short"}));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("must be at least 16 characters"), std::string::npos) << r.err;
}

TEST_F(ObservabilityTest, TheAccessLogHasOneLinePerRequestAndNoSecrets) {
  const std::string log = dir_.File("access.log");
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_), {"--access-log", log}));
  ASSERT_TRUE(server.started()) << server.output();
  testing::ApiUser ann(server.port(), "ann@example.org");
  ASSERT_TRUE(ann.ok());
  ASSERT_EQ(ann.Call("GET", "/api/v1/diary/2026-01-01").status, 200);
  ASSERT_EQ(ann.Call("GET", "/api/v1/foods?q=secretword").status, 200);
  json token = ann.Must(201, "POST", "/api/v1/tokens", {{"name", "script"}});
  testing::HttpClient anonymous(server.port());
  ASSERT_EQ(anonymous.Get("/healthz").status, 200);

  auto lines = WaitForLogLines(log, 5);
  ASSERT_EQ(lines.size(), 5u) << ReadFile(log);
  EXPECT_EQ(lines[0]["route"], "/api/v1/signup");
  EXPECT_EQ(lines[0]["method"], "POST");
  EXPECT_EQ(lines[0]["status"], 201);
  EXPECT_FALSE(lines[0].contains("user"));  // signed up, but not signed in when it came
  EXPECT_EQ(lines[1]["route"], "/api/v1/diary/{date}");
  EXPECT_EQ(lines[1]["user"], ann.id());
  EXPECT_EQ(lines[1]["client"], "127.0.0.1");
  EXPECT_TRUE(std::regex_match(lines[1]["time"].get<std::string>(),
                               std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")))
      << lines[1]["time"];
  EXPECT_GE(lines[1]["duration_ms"].get<double>(), 0);
  EXPECT_EQ(lines[2]["route"], "/api/v1/foods");
  EXPECT_EQ(lines[3]["route"], "/api/v1/tokens");
  EXPECT_EQ(lines[4]["route"], "/healthz");
  EXPECT_FALSE(lines[4].contains("user"));
  const std::string text = ReadFile(log);
  for (const std::string& secret : {std::string(testing::ApiUser::kPassword), std::string("secretword"),
                                    ann.csrf(), token["token"].get<std::string>(), std::string("ann@example.org"),
                                    std::string("platewise_session")}) {
    EXPECT_EQ(text.find(secret), std::string::npos) << "the access log holds " << secret;
  }
}

TEST_F(ObservabilityTest, AnAccessLogThatCannotBeOpenedStopsTheStartWithItsPath) {
  auto r = testing::RunCommand(PLATEWISE_BINARY,
                               Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_), {"--access-log", dir_.File("no-such-folder/access.log")}));
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("cannot open the access log"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no-such-folder/access.log"), std::string::npos) << r.err;
}

// /healthz said "ok" on a database it could not write: ?write=1 commits a
// write, and a read-only database file answers 503.
TEST_F(ObservabilityTest, HealthzWithWriteIs503OnAReadOnlyDatabase) {
  const std::string db = dir_.File("ro/p.db");
  {
    testing::ServerProcess first(PLATEWISE_BINARY, Args(db));  // creates it, imports the foods
    ASSERT_TRUE(first.started()) << first.output();
    ASSERT_EQ(first.Stop(), 0);
  }
  // Read-only to the server: mode 0400, and when the tests run as root the
  // server runs as nobody (owner of the file and its folder, for the -shm
  // file that reading a WAL database needs).
  if (getuid() == 0) {
    const passwd* nobody = getpwnam("nobody");
    ASSERT_NE(nobody, nullptr);
    ASSERT_EQ(chown(dir_.path().c_str(), nobody->pw_uid, nobody->pw_gid), 0);
    ASSERT_EQ(chown(dir_.File("ro").c_str(), nobody->pw_uid, nobody->pw_gid), 0);
    ASSERT_EQ(chown(db.c_str(), nobody->pw_uid, nobody->pw_gid), 0);
  }
  ASSERT_EQ(chmod(db.c_str(), 0400), 0);
  testing::ServerProcess server(PLATEWISE_BINARY, Args(db), {.unprivileged = true});
  ASSERT_TRUE(server.started()) << server.output();
  testing::HttpClient client(server.port());
  auto read = client.Get("/healthz");
  EXPECT_EQ(read.status, 200) << read.body;
  auto write = client.Get("/healthz?write=1");
  EXPECT_EQ(write.status, 503) << write.body;
  EXPECT_NE(write.body.find("the database refused a write"), std::string::npos) << write.body;
  EXPECT_NE(write.body.find("readonly"), std::string::npos) << write.body;
}

TEST_F(ObservabilityTest, HealthzWithWriteIsOkOnAWritableDatabase) {
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_)));
  ASSERT_TRUE(server.started()) << server.output();
  testing::HttpClient client(server.port());
  auto r = client.Get("/healthz?write=1");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["write"], "ok");
  EXPECT_EQ(json::parse(r.body)["foods"], 8858);
}

TEST_F(ObservabilityTest, ReadyzIsReadyWhileServing) {
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_)));
  ASSERT_TRUE(server.started()) << server.output();
  testing::HttpClient client(server.port());
  auto r = client.Get("/readyz");
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["status"], "ready");
}

// Connects to the server; false once it no longer accepts.
bool Connects(int port) {
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  boost::system::error_code ec;
  socket.connect({asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)}, ec);
  return !ec;
}

// Everything the server sends on `socket` until it closes it (or 10 s pass),
// or until `until` is in what came, when given.
std::string ReadUntilClosed(asio::ip::tcp::socket& socket, bool* closed = nullptr, const std::string& until = "") {
  if (closed) *closed = false;
  std::string out;
  char buf[4096];
  socket.non_blocking(true);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline) {
    boost::system::error_code ec;
    std::size_t n = socket.read_some(asio::buffer(buf), ec);
    if (ec == asio::error::would_block) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      continue;
    }
    if (ec) {
      if (closed) *closed = true;
      break;
    }
    out.append(buf, n);
    if (!until.empty() && out.find(until) != std::string::npos) break;
  }
  return out;
}

// Waits until the server has begun a request besides the /metrics request
// that asks (requests in flight: 2), so that the signal comes mid-request.
bool WaitUntilARequestIsInFlight(int port) {
  testing::HttpClient local(port);
  for (int i = 0; i < 500; ++i) {
    if (Sample(local.Get("/metrics").body, "platewise_http_requests_in_flight") >= 2) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

// A request whose JSON body is sent in two parts: it is in flight from the
// first part on. By default a sign-up.
struct HalfSentSignup {
  explicit HalfSentSignup(int port, const std::string& request_line = "POST /api/v1/signup HTTP/1.1") : socket(ioc) {
    socket.connect({asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)});
    body = json{{"email", "late@example.org"}, {"password", testing::ApiUser::kPassword}}.dump();
    std::string head = request_line + "\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    head += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
    head += body.substr(0, 10);
    asio::write(socket, asio::buffer(head));
  }
  void SendRest() { asio::write(socket, asio::buffer(body.substr(10))); }

  asio::io_context ioc;
  asio::ip::tcp::socket socket;
  std::string body;
};

TEST_F(ObservabilityTest, SigtermFinishesTheRequestInFlightThenExitsZero) {
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_)));
  ASSERT_TRUE(server.started()) << server.output();
  const int port = server.port();
  // An idle keep-alive connection, between two requests.
  asio::io_context ioc;
  asio::ip::tcp::socket idle(ioc);
  idle.connect({asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)});
  asio::write(idle, asio::buffer(std::string("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")));
  ASSERT_NE(ReadUntilClosed(idle, nullptr, "\"status\":\"ok\"}").find("HTTP/1.1 200"), std::string::npos);

  HalfSentSignup signup(port);
  ASSERT_TRUE(WaitUntilARequestIsInFlight(port));
  server.Signal(SIGTERM);
  // It stops accepting at once...
  bool refused = false;
  for (int i = 0; i < 500 && !refused; ++i) {
    refused = !Connects(port);
    if (!refused) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(refused) << "still accepting connections after SIGTERM";
  // ...closes the idle connection...
  bool idle_closed = false;
  EXPECT_EQ(ReadUntilClosed(idle, &idle_closed), "");
  EXPECT_TRUE(idle_closed);
  // ...and answers the request in flight in full, as its last.
  signup.SendRest();
  bool closed = false;
  std::string reply = ReadUntilClosed(signup.socket, &closed);
  EXPECT_TRUE(closed);
  EXPECT_NE(reply.find("HTTP/1.1 201"), std::string::npos) << reply;
  EXPECT_NE(reply.find("Connection: close"), std::string::npos) << reply;
  EXPECT_NE(reply.find("late@example.org"), std::string::npos) << reply;
  EXPECT_EQ(server.Wait(10), 0);
}

// A load balancer's health check on a connection it keeps open hears, once
// the drain began, that the server is no longer ready.
TEST_F(ObservabilityTest, ReadyzIs503WhileTheServerDrains) {
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_)));
  ASSERT_TRUE(server.started()) << server.output();
  HalfSentSignup readyz(server.port(), "GET /readyz HTTP/1.1");  // a body, to be in flight when the signal comes
  ASSERT_TRUE(WaitUntilARequestIsInFlight(server.port()));
  server.Signal(SIGTERM);
  for (int i = 0; i < 500 && Connects(server.port()); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  readyz.SendRest();
  bool closed = false;
  std::string reply = ReadUntilClosed(readyz.socket, &closed);
  EXPECT_NE(reply.find("HTTP/1.1 503"), std::string::npos) << reply;
  EXPECT_NE(reply.find("draining"), std::string::npos) << reply;
  EXPECT_EQ(server.Wait(10), 0);
}

TEST_F(ObservabilityTest, TheDrainEndsAtItsTimeoutWithARequestThatNeverFinishes) {
  const std::string err = dir_.File("stderr.txt");
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_), {"--drain-timeout", "1"}),
                                {.stderr_path = err});
  ASSERT_TRUE(server.started()) << server.output();
  HalfSentSignup signup(server.port());  // the rest never comes
  ASSERT_TRUE(WaitUntilARequestIsInFlight(server.port()));
  server.Signal(SIGTERM);
  EXPECT_EQ(server.Wait(10), 0);
  EXPECT_NE(ReadFile(err).find("drain timeout over with 1 connection(s) still open"), std::string::npos)
      << ReadFile(err);
}

// An operator who does not want to wait for the drain signals again.
TEST_F(ObservabilityTest, ASecondSignalStopsAtOnceDuringTheDrain) {
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_), {"--drain-timeout", "3600"}));
  ASSERT_TRUE(server.started()) << server.output();
  HalfSentSignup signup(server.port());  // would hold the drain for the whole hour
  ASSERT_TRUE(WaitUntilARequestIsInFlight(server.port()));
  server.Signal(SIGTERM);
  for (int i = 0; i < 500 && Connects(server.port()); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  server.Signal(SIGINT);
  EXPECT_EQ(server.Wait(10), 0);
}

// X-Forwarded-Proto switches Secure cookies on only from a trusted proxy: a
// client talking to the server directly must not decide it.
TEST_F(ObservabilityTest, ForwardedProtoHttpsFromATrustedProxyMakesCookiesSecure) {
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_), {"--trusted-proxy", "127.0.0.1"}));
  ASSERT_TRUE(server.started()) << server.output();
  testing::HttpClient proxied(server.port());
  proxied.SetHeader("X-Forwarded-Proto", "https");
  proxied.SetHeader("X-Forwarded-For", "198.51.100.7");
  auto r = proxied.Request("POST", "/api/v1/signup",
                           json{{"email", "ann@example.org"}, {"password", testing::ApiUser::kPassword}}.dump());
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_NE(r.header("Set-Cookie").find("; Secure"), std::string::npos) << r.header("Set-Cookie");

  testing::HttpClient plain(server.port());
  plain.SetHeader("X-Forwarded-Proto", "http");
  auto http = plain.Request("POST", "/api/v1/signup",
                            json{{"email", "bob@example.org"}, {"password", testing::ApiUser::kPassword}}.dump());
  ASSERT_EQ(http.status, 201) << http.body;
  EXPECT_EQ(http.header("Set-Cookie").find("Secure"), std::string::npos) << http.header("Set-Cookie");
}

TEST_F(ObservabilityTest, ForwardedProtoHttpsFromAnUntrustedPeerChangesNothing) {
  testing::ServerProcess server(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_)));  // trusts no proxy
  ASSERT_TRUE(server.started()) << server.output();
  testing::HttpClient client(server.port());
  client.SetHeader("X-Forwarded-Proto", "https");
  auto r = client.Request("POST", "/api/v1/signup",
                          json{{"email", "ann@example.org"}, {"password", testing::ApiUser::kPassword}}.dump());
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.header("Set-Cookie").find("Secure"), std::string::npos) << r.header("Set-Cookie");
}

TEST_F(ObservabilityTest, TheAccessLogsClientIsForwardedForOnlyFromATrustedProxy) {
  const std::string trusted_log = dir_.File("trusted.log"), untrusted_log = dir_.File("untrusted.log");
  testing::ServerProcess trusting(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_, "a.db"), {"--trusted-proxy", "127.0.0.1",
                                                                              "--access-log", trusted_log}));
  testing::ServerProcess direct(PLATEWISE_BINARY, Args(testing::SeededDatabase(PLATEWISE_BINARY, dir_, "b.db"), {"--access-log", untrusted_log}));
  ASSERT_TRUE(trusting.started()) << trusting.output();
  ASSERT_TRUE(direct.started()) << direct.output();
  for (int port : {trusting.port(), direct.port()}) {
    testing::HttpClient client(port);
    client.SetHeader("X-Forwarded-For", "198.51.100.7");
    ASSERT_EQ(client.Get("/healthz").status, 200);
  }
  auto via_proxy = WaitForLogLines(trusted_log, 1);
  auto spoofed = WaitForLogLines(untrusted_log, 1);
  ASSERT_EQ(via_proxy.size(), 1u);
  ASSERT_EQ(spoofed.size(), 1u);
  EXPECT_EQ(via_proxy[0]["client"], "198.51.100.7");
  EXPECT_EQ(spoofed[0]["client"], "127.0.0.1");
}

}  // namespace
}  // namespace platewise
