#ifndef PLATEWISE_BENCH_LOAD_TOOLS_H_
#define PLATEWISE_BENCH_LOAD_TOOLS_H_

// The load generator and the baseline of the HTTP benchmarks: wrk and nginx,
// both Debian packages, run as child processes on loopback.

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace platewise::bench {

struct WrkResult {
  double rps = 0;
  long requests = 0;  // answered in the run
  double p99_ms = 0;
  long errors = 0;  // non-2xx/3xx answers and socket errors
  std::string raw;  // wrk's output
};

// A free TCP port on 127.0.0.1 (free when asked: another process may take it).
int FreePort();

// Runs wrk with `args` and reads its summary.
WrkResult RunWrk(const std::vector<std::string>& args);

// Starts nginx (in the foreground, as a child) with `http_block` as the body
// of its http {} section, in the folder `dir` (its pid file and logs go
// there); returns its pid, or -1.
pid_t StartNginx(const std::filesystem::path& dir, const std::string& http_block);
// nginx serving the files of dir/www on `port` (as application/json).
pid_t StartStaticNginx(const std::filesystem::path& dir, int port);
void StopProcess(pid_t pid);

}  // namespace platewise::bench

#endif  // PLATEWISE_BENCH_LOAD_TOOLS_H_
