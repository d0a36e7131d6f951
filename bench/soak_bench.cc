// platewise-bench soak: a `platewise serve` process (a new SQLite file, the
// bundled foods) under a mixed load for a stated time, to show that nothing
// degrades: no errors, the same p99 at the end as at the start, and no growth
// of the server's memory. wrk drives 64 connections with a mix of the
// requests a day of logging makes: 70% diary-day reads over 28 dates, 10%
// entries added, 10% deleted again, 10% food searches. Prints
//   soak seconds=N requests=R errors=E p99_start_ms=A p99_end_ms=B rss_start_mb=X rss_end_mb=Y
// where "start" is the first 10 s (after a 5 s warm-up) and "end" the last
// 10 s; the RSS is read from /proc after each. Options: --seconds N (the
// whole run, default 120, at least 30), --connections N (default 64).

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "bench_parts.h"
#include "load_tools.h"
#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace platewise::bench {
namespace {


double RssMegabytes(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024;  // kB
  }
  return -1;
}

// The wrk script of the mix; `token` signs every request. Entries added are
// deleted again later (their ids are taken from the 201 answers), so the days
// stay about the same size: what changes over the run is the server, not the
// data it is asked for.
std::string MixScript(const std::string& token) {
  return "local n = 0\n"
         "local added = {}\n"
         "response = function(status, headers, body)\n"
         "  if status == 201 then\n"
         "    local id = string.match(body, '\"id\":(%d+)')\n"
         "    if id then table.insert(added, id) end\n"
         "  end\n"
         "end\n"
         "request = function()\n"
         "  n = n + 1\n"
         "  local headers = { [\"Authorization\"] = \"Bearer " + token + "\" }\n"
         "  local pick = n % 10\n"
         "  local date = string.format(\"2026-11-%02d\", n % 28 + 1)\n"
         "  if pick == 0 then\n"
         "    headers[\"Content-Type\"] = \"application/json\"\n"
         "    return wrk.format(\"POST\", \"/api/v1/diary/\" .. date .. \"/entries\", headers,\n"
         "      '{\"meal\":\"snacks\",\"food_id\":\"12061\",\"grams\":28}')\n"
         "  elseif pick == 5 and #added > 0 then\n"
         "    return wrk.format(\"DELETE\", \"/api/v1/diary/entries/\" .. table.remove(added, 1), headers)\n"
         "  elseif pick == 3 then\n"
         "    local q = ({\"spinach\", \"almonds\", \"milk\", \"rice\"})[n % 4 + 1]\n"
         "    return wrk.format(\"GET\", \"/api/v1/foods?q=\" .. q, headers)\n"
         "  end\n"
         "  return wrk.format(\"GET\", \"/api/v1/diary/\" .. date, headers)\n"
         "end\n";
}

int RunSoakBench(const std::vector<std::string>& args) {
  int seconds = 120, connections = 64;
  for (size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == "--seconds") seconds = std::max(30, std::stoi(args[i + 1]));
    if (args[i] == "--connections") connections = std::stoi(args[i + 1]);
  }
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY,
                                {"serve", "--listen", "127.0.0.1:0", "--threads", "2", "--db", dir.File("soak.db"),
                                 "--data-dir", PLATEWISE_BUNDLED_DATA_DIR, "--password-hash-cost", "minimum"});
  if (!server.started()) return std::cerr << "bench: platewise serve did not start:\n" << server.output(), 1;
  testing::ApiUser user(server.port(), "soak@example.org");
  if (!user.ok()) return std::cerr << "bench: sign-up failed\n", 1;
  const std::string token = user.Must(201, "POST", "/api/v1/tokens", {{"name", "soak"}})["token"];
  const std::string script = dir.File("mix.lua");
  std::ofstream(script) << MixScript(token);
  const std::string url = "http://127.0.0.1:" + std::to_string(server.port());
  auto drive = [&](int secs) {
    return RunWrk({"-t2", "-c" + std::to_string(connections), "-d" + std::to_string(secs) + "s", "--latency", "-s",
                   script, url});
  };
  drive(5);  // warm-up: caches, the allocator's pools
  const WrkResult start = drive(10);
  const double rss_start = RssMegabytes(server.pid());
  const WrkResult middle = drive(seconds - 25);
  const WrkResult end = drive(10);
  const double rss_end = RssMegabytes(server.pid());
  const long requests = start.requests + middle.requests + end.requests;
  std::printf("soak seconds=%d requests=%ld errors=%ld p99_start_ms=%.2f p99_end_ms=%.2f rss_start_mb=%.1f "
              "rss_end_mb=%.1f\n",
              seconds - 5, requests, start.errors + middle.errors + end.errors, start.p99_ms, end.p99_ms, rss_start,
              rss_end);
  return 0;
}

}  // namespace

int RunSoak(const std::vector<std::string>& args) { return RunSoakBench(args); }

}  // namespace platewise::bench
