#ifndef PLATEWISE_BENCH_BENCH_PARTS_H_
#define PLATEWISE_BENCH_BENCH_PARTS_H_

// The parts of `platewise-bench`. Each part measures Platewise next to a
// baseline in the same run (the machines are noisy: ratios, not absolute
// times) and prints one summary line per measurement. Benchmarks are not
// tests: they assert nothing.

#include <string>
#include <vector>

namespace platewise::bench {

struct BenchPart {
  const char* name;     // "search"
  const char* summary;  // one line for --help
  int (*run)(const std::vector<std::string>& args);
};

int RunSearch(const std::vector<std::string>& args);  // bench/search_bench.cc
int RunWeight(const std::vector<std::string>& args);  // bench/weight_bench.cc
int RunSoak(const std::vector<std::string>& args);    // bench/soak_bench.cc

// Defined in bench/main.cc: every part, in the order `platewise-bench` with no
// argument runs them.
const std::vector<BenchPart>& BenchParts();

int RunApiBench(const std::vector<std::string>& args);  // bench/api_bench.cc
int RunWeb(const std::vector<std::string>& args);       // bench/web_bench.cc

}  // namespace platewise::bench

#endif  // PLATEWISE_BENCH_BENCH_PARTS_H_
