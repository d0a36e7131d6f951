// platewise-bench [PART [ARGS...]]: runs one benchmark part, or all of them.

#include <iostream>

#include "bench_parts.h"

namespace platewise::bench {

const std::vector<BenchPart>& BenchParts() {
  static const std::vector<BenchPart> kParts = {
      {"search", "[--verbose] [--brand-foods N] [--fts5-foods N]  food search vs SQLite FTS5 on SR24 and on SR24 plus 3M brand products", RunSearch},
      {"weight", "[N]  365-day body weight projection (RK4) vs the straight line", RunWeight},
      {"api", "GET /api/v1/diary/{date} under wrk vs nginx serving the same bytes; POST write rate", RunApiBench},
      {"web", "[ROUNDS]  in Chromium: last keystroke to results, Add to totals (each vs the same fetch), actions to log a recent food", RunWeb},
  };
  return kParts;
}

// Not run by `platewise-bench` with no argument (it takes minutes): only as
// `platewise-bench soak`.
const BenchPart kSoak = {"soak", "[--seconds N]  mixed reads and writes for N s: errors, p99 and RSS at start and end",
                         RunSoak};

}  // namespace platewise::bench

int main(int argc, char** argv) {
  using platewise::bench::BenchParts;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && (args[0] == "--help" || args[0] == "help")) {
    std::cout << "usage: platewise-bench [PART [ARGS...]]\nparts:\n";
    for (const auto& p : BenchParts()) std::cout << "  " << p.name << "  " << p.summary << "\n";
    std::cout << "  " << platewise::bench::kSoak.name << "  " << platewise::bench::kSoak.summary << " (on request only)\n";
    return 0;
  }
  if (!args.empty() && args[0] == platewise::bench::kSoak.name) {
    return platewise::bench::kSoak.run({args.begin() + 1, args.end()});
  }
  int status = 0;
  for (const auto& p : BenchParts()) {
    if (!args.empty() && args[0] != p.name) continue;
    std::vector<std::string> rest(args.empty() ? args.begin() : args.begin() + 1, args.end());
    status |= p.run(rest);
    if (!args.empty()) return status;
  }
  if (!args.empty()) {
    std::cerr << "platewise-bench: unknown part \"" << args[0] << "\"\n";
    return 2;
  }
  return status;
}
