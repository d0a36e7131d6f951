// End-to-end behind nginx: the body limit and `location` blocks of
// docs/operations.md, as they are written there, in front of a `platewise
// serve`. nginx runs in the foreground with its own prefix and configuration
// in a temporary folder, on a free port, and reaches the server from
// 127.0.0.2 (proxy_bind), the one address the server trusts; test clients
// reach nginx from other loopback addresses, so the client the server logs
// tells who it believed.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
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

constexpr char kProxyAddress[] = "127.0.0.2";
constexpr char kClientAddress[] = "127.0.0.3";
constexpr char kMetricsToken[] = "metrics-token-for-the-proxy-test";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

int FreePort() {
  asio::io_context ioc;
  asio::ip::tcp::acceptor a(ioc, {asio::ip::make_address("127.0.0.1"), 0});
  return a.local_endpoint().port();
}

// What the https server of the nginx configuration in docs/operations.md
// proxies, as written there: its lines from `client_max_body_size` to the
// server's end (the body limit and every `location` block), each upstream
// pointed at `upstream_port`; "" when the document has none.
std::string DocumentedProxying(int upstream_port) {
  const std::string doc = ReadFile(std::string(PLATEWISE_SOURCE_DIR) + "/docs/operations.md");
  const auto block = doc.find("```nginx\n");
  if (block == std::string::npos) return "";
  const auto block_end = doc.find("\n```", block);
  const auto start = doc.find("  client_max_body_size", block);
  const auto end = doc.find("\n}\n", start);  // the server's closing brace
  if (start == std::string::npos || end == std::string::npos || end > block_end) return "";
  std::string proxying = doc.substr(start, end + 1 - start);
  const std::string documented_upstream = "http://127.0.0.1:8080";
  const std::string upstream = "http://127.0.0.1:" + std::to_string(upstream_port);
  bool found = false;
  for (auto at = proxying.find(documented_upstream); at != std::string::npos;
       at = proxying.find(documented_upstream, at + upstream.size())) {
    proxying.replace(at, documented_upstream.size(), upstream);
    found = true;
  }
  return found ? proxying : "";
}

// nginx in the foreground, stopped (SIGQUIT, then reaped) on destruction.
class Nginx {
 public:
  Nginx(const testing::TempDir& dir, int port, const std::string& proxying) {
    const std::string prefix = dir.File("nginx");
    std::filesystem::create_directories(prefix + "/logs");
    std::filesystem::create_directories(prefix + "/tmp");
    std::ofstream conf(prefix + "/nginx.conf");
    if (getuid() == 0) conf << "user root;\n";  // its workers read this folder, which is root's alone
    conf << "worker_processes 1;\npid " << prefix << "/nginx.pid;\nerror_log " << prefix << "/logs/error.log;\n"
         << "events { worker_connections 64; }\nhttp {\n  access_log off;\n";
    for (const char* temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
      conf << "  " << temp << "_temp_path " << prefix << "/tmp/" << temp << ";\n";
    }
    // The documented lines, every location reaching the server from the
    // trusted address (proxy_bind of the server, which they inherit).
    conf << "  server {\n    listen 127.0.0.1:" << port << ";\n    proxy_bind " << kProxyAddress << ";\n"
         << proxying << "  }\n}\n";
    conf.close();
    pid_ = fork();
    if (pid_ == 0) {
      execlp("nginx", "nginx", "-p", prefix.c_str(), "-e", (prefix + "/logs/error.log").c_str(), "-c",
             (prefix + "/nginx.conf").c_str(), "-g", "daemon off;", static_cast<char*>(nullptr));
      _exit(127);
    }
    error_log_ = prefix + "/logs/error.log";
  }
  ~Nginx() {
    if (pid_ <= 0) return;
    kill(pid_, SIGQUIT);
    waitpid(pid_, nullptr, 0);
  }
  std::string errors() const { return ReadFile(error_log_); }

 private:
  pid_t pid_ = -1;
  std::string error_log_;
};

// One request on a new connection from `source` (a loopback address) to
// `port`; the whole answer as text.
std::string Exchange(const std::string& source, int port, const std::string& request) {
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.open(asio::ip::tcp::v4());
  socket.bind({asio::ip::make_address(source), 0});
  socket.connect({asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)});
  asio::write(socket, asio::buffer(request));
  std::string out;
  boost::system::error_code ec;
  asio::read(socket, asio::dynamic_buffer(out), ec);  // until the server closes (Connection: close)
  return out;
}

std::string Get(const std::string& path, const std::string& extra_headers = "") {
  return "GET " + path + " HTTP/1.1\r\nHost: tracker.example.org\r\nConnection: close\r\n" + extra_headers + "\r\n";
}

// A MyFitnessPal Nutrition-Summary (per meal) of more than `min_bytes`: the
// four meals of the fixture mfp/nutrition_per_meal_bom.csv (1500.5 kcal in
// all) on each of `days` days from 2000-01-01, each row with a note long
// enough for the size (notes are not imported). Found on the way: the size
// does not come from more days because an import's time grows with the
// square of its rows (8,548 days of these took 3.5 minutes, 1,000 days 4 s),
// and `serve` answers no request, not even /healthz, while it runs.
std::string LargeMfpExport(std::size_t min_bytes, int days) {
  std::istringstream fixture(
      ReadFile(std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/mfp/nutrition_per_meal_bom.csv"));
  std::string header;
  std::getline(fixture, header);
  std::vector<std::string> meals;  // each row without its date, its Note (the last cell) empty
  for (std::string line; std::getline(fixture, line);) {
    if (line.size() > 10 && line.back() == ',') meals.push_back(line.substr(10));  // after "2026-03-01"
  }
  if (meals.empty() || days <= 0) return "";
  std::string note;
  while (note.size() * meals.size() * static_cast<std::size_t>(days) <= min_bytes) note += "ate out with friends ";
  std::string out = header + "\n";
  using namespace std::chrono;
  sys_days day{2000y / January / 1};
  for (int i = 0; i < days; ++i, day += std::chrono::days{1}) {
    const year_month_day ymd(day);
    char date[16];  // "YYYY-MM-DD" and room the compiler asks for
    std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    for (const std::string& meal : meals) out += std::string(date) + meal + note + "\n";
  }
  return out;
}

class ReverseProxyE2e : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> args = testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir_));
    args.insert(args.end(), {"--trusted-proxy", kProxyAddress, "--access-log", log_});
    server_ = std::make_unique<testing::ServerProcess>(
        PLATEWISE_BINARY, args,
        testing::ServerProcessOptions{.env = {std::string("PLATEWISE_METRICS_TOKEN=") + kMetricsToken}});
    ASSERT_TRUE(server_->started()) << server_->output();
    const std::string proxying = DocumentedProxying(server_->port());
    ASSERT_FALSE(proxying.empty())
        << "docs/operations.md has no nginx server with a client_max_body_size and locations proxying to "
           "127.0.0.1:8080";
    port_ = FreePort();
    nginx_ = std::make_unique<Nginx>(dir_, port_, proxying);
    // Until nginx answers (it starts in a few ms; a missing nginx never does).
    for (int i = 0; i < 200; ++i) {
      boost::system::error_code ec;
      asio::io_context ioc;
      asio::ip::tcp::socket probe(ioc);
      probe.connect({asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port_)}, ec);
      if (!ec) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL() << "nginx did not start (scripts/install-deps installs it): " << nginx_->errors();
  }

  // The access log's lines for `route`, once the log has written `count`.
  std::vector<json> LoggedFor(const std::string& route, std::size_t count) {
    std::vector<json> found;
    for (int i = 0; i < 200; ++i) {
      found.clear();
      std::istringstream in(ReadFile(log_));
      for (std::string line; std::getline(in, line);) {
        json j = json::parse(line);
        if (j["route"] == route) found.push_back(j);
      }
      if (found.size() >= count) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return found;
  }

  testing::TempDir dir_;
  std::string log_ = dir_.File("access.log");
  std::unique_ptr<testing::ServerProcess> server_;
  std::unique_ptr<Nginx> nginx_;
  int port_ = 0;
};

TEST_F(ReverseProxyE2e, SignUpThroughNginxAndUseTheDiary) {
  testing::ApiUser ann(port_, "ann@example.org");
  ASSERT_TRUE(ann.ok()) << nginx_->errors();
  json day = ann.Must(200, "GET", "/api/v1/diary/2026-01-01");
  EXPECT_EQ(day["date"], "2026-01-01");
  auto logged = LoggedFor("/api/v1/diary/{date}", 1);
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0]["user"], ann.id());
  EXPECT_EQ(logged[0]["client"], "127.0.0.1");  // the test's client, named by nginx; not nginx's 127.0.0.2
}

// nginx appends the address it saw to what the client sent: the server takes
// that one, not the address the client wrote in.
TEST_F(ReverseProxyE2e, TheClientIsTheAddressNginxSawNotOneTheClientSent) {
  std::string reply = Exchange(kClientAddress, port_, Get("/healthz", "X-Forwarded-For: 203.0.113.9\r\n"));
  ASSERT_NE(reply.find("HTTP/1.1 200"), std::string::npos) << reply;
  auto logged = LoggedFor("/healthz", 1);
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0]["client"], kClientAddress);
}

// nginx sets X-Forwarded-Proto to its own scheme (plain HTTP here), so a
// client that claims https through it does not get Secure cookies; nor does
// one that claims it to the server directly (127.0.0.1 is not trusted).
TEST_F(ReverseProxyE2e, ForwardedProtoComesFromNginxNotFromTheClient) {
  const std::string body = json{{"email", "bob@example.org"}, {"password", testing::ApiUser::kPassword}}.dump();
  const std::string signup = "POST /api/v1/signup HTTP/1.1\r\nHost: tracker.example.org\r\nConnection: close\r\n"
                             "Content-Type: application/json\r\nX-Forwarded-Proto: https\r\nContent-Length: " +
                             std::to_string(body.size()) + "\r\n\r\n" + body;
  std::string through_nginx = Exchange(kClientAddress, port_, signup);
  ASSERT_NE(through_nginx.find("HTTP/1.1 201"), std::string::npos) << through_nginx;
  EXPECT_NE(through_nginx.find("platewise_session="), std::string::npos);
  EXPECT_EQ(through_nginx.find("Secure"), std::string::npos) << through_nginx;

  std::string direct = signup;
  direct.replace(direct.find("bob@"), 4, "cid@");
  std::string reply = Exchange(kClientAddress, server_->port(), direct);
  ASSERT_NE(reply.find("HTTP/1.1 201"), std::string::npos) << reply;
  EXPECT_EQ(reply.find("Secure"), std::string::npos) << reply;
}

// Through the proxy every request comes from loopback: the metrics must
// still need the token there, while a local client asks without one.
TEST_F(ReverseProxyE2e, MetricsThroughNginxNeedTheToken) {
  std::string refused = Exchange(kClientAddress, port_, Get("/metrics"));
  EXPECT_NE(refused.find("HTTP/1.1 403"), std::string::npos) << refused;
  std::string with_token = Exchange(kClientAddress, port_, Get("/metrics", std::string("Authorization: Bearer ") +
                                                                             kMetricsToken + "\r\n"));
  EXPECT_NE(with_token.find("HTTP/1.1 200"), std::string::npos) << with_token;
  EXPECT_NE(with_token.find("platewise_http_requests_total"), std::string::npos);
  std::string local = Exchange("127.0.0.1", server_->port(), Get("/metrics"));
  EXPECT_NE(local.find("HTTP/1.1 200"), std::string::npos) << local;
}

// The documented `location = /api/v1/imports` takes an export over the 2 MiB
// of every other path and streams it on: the job imports every day of it.
TEST_F(ReverseProxyE2e, AnMfpExportOverTwoMibUploadedThroughNginxIsImported) {
  testing::ApiUser ann(port_, "ann@example.org");
  ASSERT_TRUE(ann.ok()) << nginx_->errors();
  const int days = 366;  // 2000-01-01 to 2000-12-31
  const std::string file = LargeMfpExport((2 << 20) + (256 << 10), days);
  ASSERT_GT(file.size(), std::size_t{2 << 20});
  auto posted = ann.client().Request("POST", "/api/v1/imports?format=mfp&name=Nutrition-Summary.csv", file, "text/csv");
  ASSERT_EQ(posted.status, 202) << posted.body << nginx_->errors();
  const std::int64_t id = json::parse(posted.body)["id"];

  json job;
  for (int i = 0; i < 900; ++i) {  // at most 90 s
    job = ann.Must(200, "GET", "/api/v1/imports/" + std::to_string(id));
    if (job["state"] == "done" || job["state"] == "failed") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_EQ(job["state"], "done") << job.dump();
  EXPECT_EQ(job["progress"]["bytes_total"], file.size());
  EXPECT_EQ(job["summary"]["days"], days);
  EXPECT_EQ(job["summary"]["entries"], 4 * days);
  EXPECT_EQ(job["summary"]["skipped"], 0);
  for (const char* date : {"2000-01-01", "2000-12-31"}) {
    json day = ann.Must(200, "GET", std::string("/api/v1/diary/") + date);
    EXPECT_NEAR(day["totals"]["energy_kcal"].get<double>(), 420.5 + 650 + 250 + 180, 1e-6) << date << day.dump();
  }
  auto logged = LoggedFor("/api/v1/imports", 1);
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0]["user"], ann.id());
}

// Only the import path takes large bodies: through nginx every other route
// still refuses one over the server's 1 MiB with 413 (the server's own, below
// nginx's 2 MiB), and one over 2 MiB with nginx's.
TEST_F(ReverseProxyE2e, ABodyOverOneMibToAnyOtherRouteIsStill413) {
  testing::ApiUser ann(port_, "ann@example.org");
  ASSERT_TRUE(ann.ok()) << nginx_->errors();
  auto over_server = ann.Connect()->Request("POST", "/api/v1/foods", std::string((1 << 20) + (512 << 10), ' '));
  EXPECT_EQ(over_server.status, 413);
  EXPECT_NE(over_server.body.find("1048576 bytes"), std::string::npos) << over_server.body;
  auto over_nginx = ann.Connect()->Request("POST", "/api/v1/foods", std::string(3 << 20, ' '));
  EXPECT_EQ(over_nginx.status, 413);
  EXPECT_NE(over_nginx.body.find("nginx"), std::string::npos) << over_nginx.body;
}

}  // namespace
}  // namespace platewise
