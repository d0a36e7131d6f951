#ifndef PLATEWISE_BENCH_SCALEOUT_BENCH_H_
#define PLATEWISE_BENCH_SCALEOUT_BENCH_H_

#include <filesystem>
#include <string>

namespace platewise::bench {

struct ScaleOutSetup {
  std::string db_uri;  // a PostgreSQL database with the bench's user and foods
  std::string token;   // the user's API token
  std::string target;  // the diary GET to drive
  std::filesystem::path dir;  // scratch folder; dir/www/day.json holds the answer's bytes
  int seconds = 10;
  int connections = 64;
};

// `platewise serve` processes on the database behind nginx as a load
// balancer (keep-alive to the upstreams): one server, then two, then nginx
// serving the same bytes, each driven by wrk for `seconds`. Prints
//   api_scaleout one_rps=X two_rps=Y nginx_rps=Z two_over_one=Y/X ratio=Y/Z errors=E
void RunScaleOut(const ScaleOutSetup& setup);

}  // namespace platewise::bench

#endif  // PLATEWISE_BENCH_SCALEOUT_BENCH_H_
