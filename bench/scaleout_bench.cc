// api_scaleout: is a second `platewise serve` on the same PostgreSQL worth
// it? Both servers are real processes (as deployed), each with its own
// caches and connection pool; nginx balances over them, as docs/scaling.md
// describes. The same nginx also serves the answer's bytes as a static file:
// the baseline of the same run.

#include "scaleout_bench.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <memory>
#include <thread>
#include <vector>

#include "load_tools.h"
#include "testing/subprocess.h"

namespace platewise::bench {
namespace {

std::string Upstream(const std::string& name, const std::vector<int>& ports) {
  std::string out = "  upstream " + name + " {\n";
  for (int port : ports) out += "    server 127.0.0.1:" + std::to_string(port) + ";\n";
  return out + "    keepalive 64;\n  }\n";
}

std::string Proxy(int listen, const std::string& upstream) {
  return "  server {\n    listen 127.0.0.1:" + std::to_string(listen) + ";\n    location / {\n      proxy_pass http://" +
         upstream + ";\n      proxy_http_version 1.1;\n      proxy_set_header Connection \"\";\n    }\n  }\n";
}

// CPU seconds: the whole machine's busy time (all cores, /proc/stat), and one
// process's own (user + system, /proc/PID/stat).
double MachineBusySeconds() {
  std::ifstream stat("/proc/stat");
  std::string cpu;
  long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
  stat >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
  return static_cast<double>(user + nice + system + irq + softirq + steal) / static_cast<double>(sysconf(_SC_CLK_TCK));
}
double ProcessSeconds(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  std::getline(stat, line);
  std::istringstream fields(line.substr(line.rfind(')') + 2));  // after "pid (comm) "
  std::string skip;
  for (int i = 3; i < 14; ++i) fields >> skip;  // state .. cmajflt
  long long utime = 0, stime = 0;
  fields >> utime >> stime;
  return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

}  // namespace

void RunScaleOut(const ScaleOutSetup& setup) {
  std::vector<std::unique_ptr<testing::ServerProcess>> servers;
  for (int i = 0; i < 2; ++i) {
    servers.push_back(std::make_unique<testing::ServerProcess>(
        PLATEWISE_BINARY, std::vector<std::string>{"serve", "--listen", "127.0.0.1:0", "--threads", "2", "--db",
                                                   setup.db_uri, "--data-dir", PLATEWISE_BUNDLED_DATA_DIR}));
    if (!servers.back()->started()) {
      std::cerr << "bench: platewise serve did not start:\n" << servers.back()->output() << "\n";
      return;
    }
  }
  const int one = FreePort(), two = FreePort(), files = FreePort();
  const std::string http = Upstream("one", {servers[0]->port()}) +
                           Upstream("two", {servers[0]->port(), servers[1]->port()}) + Proxy(one, "one") +
                           Proxy(two, "two") + "  server {\n    listen 127.0.0.1:" + std::to_string(files) +
                           ";\n    location / { root " + (setup.dir / "www").string() +
                           "; default_type application/json; }\n  }\n";
  const pid_t nginx = StartNginx(setup.dir / "balancer", http);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));

  const std::string secs = std::to_string(setup.seconds) + "s", conns = std::to_string(setup.connections);
  auto drive = [&](int port, const std::string& path, bool signed_in) {
    std::vector<std::string> args = {"-t2", "-c" + conns, "-d" + secs, "--latency"};
    if (signed_in) args.insert(args.end(), {"-H", "Authorization: Bearer " + setup.token});
    args.push_back("http://127.0.0.1:" + std::to_string(port) + path);
    return RunWrk(args);
  };
  const WrkResult through_one = drive(one, setup.target, true);
  // Where the cores go with two servers: theirs, and everything else (the
  // database, nginx, wrk).
  const double busy_before = MachineBusySeconds();
  double servers_before = 0;
  for (auto& s : servers) servers_before += ProcessSeconds(s->pid());
  const WrkResult through_two = drive(two, setup.target, true);
  double servers_cpu = -servers_before;
  for (auto& s : servers) servers_cpu += ProcessSeconds(s->pid());
  const double busy = MachineBusySeconds() - busy_before;
  const WrkResult static_file = drive(files, "/day.json", false);
  StopProcess(nginx);
  for (auto& s : servers) s->Stop();
  if (through_one.rps == 0 || through_two.rps == 0) std::cerr << through_one.raw << through_two.raw;
  std::printf("api_scaleout one_rps=%.0f two_rps=%.0f nginx_rps=%.0f two_over_one=%.2f ratio=%.2f errors=%ld\n",
              through_one.rps, through_two.rps, static_file.rps,
              through_one.rps > 0 ? through_two.rps / through_one.rps : 0.0,
              static_file.rps > 0 ? through_two.rps / static_file.rps : 0.0, through_one.errors + through_two.errors);
  std::printf("api_scaleout_cpu cores=%ld busy_s=%.1f of %.1f servers_s=%.1f others_s=%.1f (PostgreSQL, nginx, wrk)\n",
              sysconf(_SC_NPROCESSORS_ONLN), busy, static_cast<double>(setup.seconds * sysconf(_SC_NPROCESSORS_ONLN)),
              servers_cpu, busy - servers_cpu);
}

}  // namespace platewise::bench
