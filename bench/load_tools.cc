#include "load_tools.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <utility>  // before Asio: Boost 1.74 needs std::exchange

#include <boost/asio.hpp>
#include <cstdio>
#include <fstream>
#include <regex>

namespace platewise::bench {
namespace {

namespace fs = std::filesystem;

double ToMs(double value, const std::string& unit) {
  if (unit == "us") return value / 1000;
  if (unit == "s") return value * 1000;
  return value;  // ms
}

}  // namespace

int FreePort() {
  boost::asio::io_context ioc;
  boost::asio::ip::tcp::acceptor a(ioc, {boost::asio::ip::make_address("127.0.0.1"), 0});
  return a.local_endpoint().port();
}

WrkResult RunWrk(const std::vector<std::string>& args) {
  std::string cmd = "wrk";
  for (const auto& a : args) cmd += " '" + a + "'";
  WrkResult r;
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return r;
  char buf[4096];
  while (fgets(buf, sizeof buf, p)) r.raw += buf;
  pclose(p);
  std::smatch m;
  if (std::regex_search(r.raw, m, std::regex("Requests/sec:\\s+([0-9.]+)"))) r.rps = std::stod(m[1]);
  if (std::regex_search(r.raw, m, std::regex("([0-9]+) requests in"))) r.requests = std::stol(m[1]);
  if (std::regex_search(r.raw, m, std::regex("99%\\s+([0-9.]+)(us|ms|s)"))) r.p99_ms = ToMs(std::stod(m[1]), m[2]);
  if (std::regex_search(r.raw, m, std::regex("Non-2xx or 3xx responses:\\s+([0-9]+)"))) r.errors += std::stol(m[1]);
  if (std::regex_search(r.raw, m,
                        std::regex("Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)"))) {
    for (int i = 1; i <= 4; ++i) r.errors += std::stol(m[i]);
  }
  return r;
}

pid_t StartNginx(const fs::path& dir, const std::string& http_block) {
  fs::create_directories(dir / "logs");
  std::ofstream conf(dir / "nginx.conf");
  conf << "worker_processes 2;\nuser root;\npid " << (dir / "nginx.pid").string() << ";\nerror_log "
       << (dir / "logs/error.log").string() << ";\nevents { worker_connections 4096; }\n"
       << "http {\n  access_log off;\n" << http_block << "}\n";
  conf.close();
  pid_t pid = fork();
  if (pid == 0) {
    execlp("nginx", "nginx", "-p", dir.c_str(), "-e", (dir / "logs/error.log").c_str(), "-c",
           (dir / "nginx.conf").c_str(), "-g", "daemon off;", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

pid_t StartStaticNginx(const fs::path& dir, int port) {
  return StartNginx(dir, "  server {\n    listen 127.0.0.1:" + std::to_string(port) + ";\n    location / { root " +
                             (dir / "www").string() + "; default_type application/json; }\n  }\n");
}

void StopProcess(pid_t pid) {
  if (pid <= 0) return;
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
}

}  // namespace platewise::bench
