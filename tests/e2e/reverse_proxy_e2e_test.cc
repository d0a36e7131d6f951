// End-to-end behind nginx: the `location` block of docs/operations.md, as it
// is written there, in front of a `platewise serve`. nginx runs in the
// foreground with its own prefix and configuration in a temporary folder, on
// a free port, and reaches the server from 127.0.0.2 (proxy_bind), the one
// address the server trusts; test clients reach nginx from other loopback
// addresses, so the client the server logs tells who it believed.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/wait.h>
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

// The `location / { ... }` block of the nginx configuration in
// docs/operations.md, its upstream pointed at `upstream_port`; "" when the
// document has none.
std::string DocumentedLocation(int upstream_port) {
  const std::string doc = ReadFile(std::string(PLATEWISE_SOURCE_DIR) + "/docs/operations.md");
  const auto block = doc.find("```nginx\n");
  if (block == std::string::npos) return "";
  const auto start = doc.find("  location / {", block);
  const auto end = doc.find("\n  }\n", start);
  if (start == std::string::npos || end == std::string::npos) return "";
  std::string location = doc.substr(start, end + 4 - start);
  const std::string documented_upstream = "http://127.0.0.1:8080";
  const auto at = location.find(documented_upstream);
  if (at == std::string::npos) return "";
  location.replace(at, documented_upstream.size(), "http://127.0.0.1:" + std::to_string(upstream_port));
  return location;
}

// nginx in the foreground, stopped (SIGQUIT, then reaped) on destruction.
class Nginx {
 public:
  Nginx(const testing::TempDir& dir, int port, const std::string& location) {
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
    // The documented block, reaching the server from the trusted address.
    std::string bound = location;
    bound.insert(bound.find('{') + 1, "\n    proxy_bind " + std::string(kProxyAddress) + ";");
    conf << "  server {\n    listen 127.0.0.1:" << port << ";\n" << bound << "\n  }\n}\n";
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

class ReverseProxyE2e : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> args = testing::ServeArgs(dir_.File("p.db"));
    args.insert(args.end(), {"--trusted-proxy", kProxyAddress, "--access-log", log_});
    server_ = std::make_unique<testing::ServerProcess>(
        PLATEWISE_BINARY, args,
        testing::ServerProcessOptions{.env = {std::string("PLATEWISE_METRICS_TOKEN=") + kMetricsToken}});
    ASSERT_TRUE(server_->started()) << server_->output();
    const std::string location = DocumentedLocation(server_->port());
    ASSERT_FALSE(location.empty()) << "docs/operations.md has no nginx location block proxying to 127.0.0.1:8080";
    port_ = FreePort();
    nginx_ = std::make_unique<Nginx>(dir_, port_, location);
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

}  // namespace
}  // namespace platewise
