// End-to-end: `platewise serve` out of file descriptors (accept failing with
// EMFILE). It used to re-arm the accept at once, spinning a core at 100%,
// logging nothing; now it backs off, says so once on standard error (and once
// when it accepts again), and keeps serving the connections it has.

#include <gtest/gtest.h>

#include <dirent.h>
#include <unistd.h>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "testing/api_user.h"
#include "testing/http_client.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using namespace std::chrono_literals;

constexpr unsigned kOpenFileLimit = 64;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

int Occurrences(const std::string& text, const std::string& part) {
  int n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// How many descriptors process `pid` has open.
int OpenDescriptors(pid_t pid) {
  DIR* dir = opendir(("/proc/" + std::to_string(pid) + "/fd").c_str());
  if (dir == nullptr) return -1;
  int n = 0;
  while (dirent* e = readdir(dir)) {
    if (e->d_name[0] != '.') ++n;
  }
  closedir(dir);
  return n;
}

// The CPU time process `pid` has used so far (user + system), in seconds.
double CpuSeconds(pid_t pid) {
  std::string stat = Slurp("/proc/" + std::to_string(pid) + "/stat");
  std::istringstream fields(stat.substr(stat.rfind(')') + 2));  // after "pid (comm) "
  std::string field;
  long ticks = 0;
  for (int i = 3; fields >> field; ++i) {               // field 3 is the state
    if (i == 14 || i == 15) ticks += std::stol(field);  // utime, stime
    if (i == 15) break;
  }
  return static_cast<double>(ticks) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// GET /healthz on a new connection: its status, or 0 when no answer came
// within `within` (the connection waits in the listen queue until accepted).
int HealthOnNewConnection(int port, std::chrono::seconds within) {
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(within);
  bhttp::request<bhttp::empty_body> req(bhttp::verb::get, "/healthz", 11);
  req.set(bhttp::field::host, "127.0.0.1:" + std::to_string(port));
  beast::flat_buffer buffer;
  bhttp::response<bhttp::string_body> res;
  int status = 0;
  stream.async_connect({asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)},
                       [&](beast::error_code ec) {
                         if (ec) return;
                         bhttp::async_write(stream, req, [&](beast::error_code ec, std::size_t) {
                           if (ec) return;
                           bhttp::async_read(stream, buffer, res, [&](beast::error_code ec, std::size_t) {
                             if (!ec) status = res.result_int();
                           });
                         });
                       });
  ioc.run();
  return status;
}

// Regression (hardening): with every descriptor in use, accept failed with
// EMFILE and was re-armed at once: a core at 100% for as long as it lasted,
// new clients hanging, nothing logged.
TEST(EmfileE2e, OutOfFileDescriptorsBacksOffLogsOnceAndKeepsServing) {
  testing::TempDir dir;
  const std::string err_path = dir.File("stderr");
  // Soft and hard: serve raises its soft limit to the hard one at start-up.
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)),
                                {.open_file_limit = kOpenFileLimit, .stderr_path = err_path});
  ASSERT_TRUE(server.started()) << server.output() << Slurp(err_path);
  const int baseline = OpenDescriptors(server.pid());
  ASSERT_GT(baseline, 0);
  ASSERT_LT(baseline + 4, static_cast<int>(kOpenFileLimit)) << "the server needs more descriptors than the test allows";

  // A keep-alive connection opened before the descriptors run out.
  testing::HttpClient open_connection(server.port());
  ASSERT_EQ(open_connection.Get("/healthz").status, 200);

  // Idle connections, more than the server has descriptors for: the ones it
  // cannot accept wait in its listen queue.
  asio::io_context ioc;
  std::vector<std::unique_ptr<asio::ip::tcp::socket>> idle;
  for (unsigned i = 0; i < kOpenFileLimit; ++i) {
    idle.push_back(std::make_unique<asio::ip::tcp::socket>(ioc));
    idle.back()->connect({asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(server.port())});
  }
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (OpenDescriptors(server.pid()) < static_cast<int>(kOpenFileLimit) &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(20ms);
  }
  ASSERT_EQ(OpenDescriptors(server.pid()), static_cast<int>(kOpenFileLimit)) << "the server never ran out";

  // (1) Out of descriptors, the server waits instead of spinning: a loop that
  // re-arms the accept at once burns about a second of CPU per second.
  std::this_thread::sleep_for(200ms);
  const double cpu_before = CpuSeconds(server.pid());
  std::this_thread::sleep_for(1s);
  const double cpu_used = CpuSeconds(server.pid()) - cpu_before;
  EXPECT_LT(cpu_used, 0.3) << "CPU seconds used in one second while out of descriptors";
  EXPECT_EQ(OpenDescriptors(server.pid()), static_cast<int>(kOpenFileLimit)) << "no longer out of descriptors";

  // (2) The connections it has are still served.
  EXPECT_EQ(open_connection.Get("/healthz").status, 200);

  // (3) Said once, with the limit, however many accepts failed.
  const std::string out_of_descriptors = "platewise: out of file descriptors (limit " + std::to_string(kOpenFileLimit) +
                                         "): not accepting new connections until one closes\n";
  EXPECT_EQ(Occurrences(Slurp(err_path), out_of_descriptors), 1) << Slurp(err_path);

  // (4) Once connections close, new clients are served again.
  idle.clear();
  EXPECT_EQ(HealthOnNewConnection(server.port(), 10s), 200);
  EXPECT_EQ(open_connection.Get("/healthz").status, 200);
  const std::string err = Slurp(err_path);
  EXPECT_EQ(Occurrences(err, out_of_descriptors), 1) << err;
  EXPECT_EQ(Occurrences(err, "platewise: accepting new connections again\n"), 1) << err;
  EXPECT_EQ(server.Stop(), 0);
}

// Each connection takes a descriptor: serve raises its soft limit to the
// hard one at start-up, and says nothing when it can.
TEST(EmfileE2e, ServeRaisesItsSoftOpenFileLimitToTheHardOne) {
  testing::TempDir dir;
  const std::string err_path = dir.File("stderr");
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)),
                                {.open_file_limit = 64, .open_file_hard_limit = 200, .stderr_path = err_path});
  ASSERT_TRUE(server.started()) << server.output() << Slurp(err_path);
  std::istringstream limits(Slurp("/proc/" + std::to_string(server.pid()) + "/limits"));
  std::string line;
  while (std::getline(limits, line) && !line.starts_with("Max open files")) {
  }
  std::istringstream fields(line.substr(std::string("Max open files").size()));
  std::string soft, hard;
  fields >> soft >> hard;
  EXPECT_EQ(soft, "200") << line;
  EXPECT_EQ(hard, "200") << line;
  EXPECT_EQ(Slurp(err_path), "");
  EXPECT_EQ(server.Stop(), 0);
}

}  // namespace
}  // namespace platewise
