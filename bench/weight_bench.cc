// platewise-bench weight [N]: time of a 365-day projection of the body weight
// model (Hall 2011, RK4), next to the 3500 kcal/lb straight line over the same
// days as the baseline. The issue asks for well under a millisecond.

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_parts.h"
#include "core/weight/body_model.h"

namespace platewise::bench {
namespace {

using Clock = std::chrono::steady_clock;

template <typename F>
double MicrosPerCall(int n, F&& f) {
  const auto start = Clock::now();
  for (int i = 0; i < n; ++i) f(i);
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count() / n;
}

}  // namespace

int RunWeight(const std::vector<std::string>& args) {
  const int n = args.empty() ? 2000 : std::stoi(args[0]);
  auto model = BodyModel::Create({Sex::kMale, 40, Centimeters(180), Kilograms(100), 1.5});
  if (!model.ok()) {
    std::fprintf(stderr, "weight: %s\n", model.status().message().c_str());
    return 1;
  }
  volatile double sink = 0;
  const double model_us = MicrosPerCall(n, [&](int i) {
    auto days = model->Project({Kcal(2398.3 + (i % 7))}, 365);
    sink = sink + days.back().weight.value();
  });
  const double line_us = MicrosPerCall(n, [&](int i) {
    std::vector<double> days(366);
    for (int d = 0; d <= 365; ++d) days[d] = 100 + (2398.3 + (i % 7) - 2898.3) * d / 3500 * 0.45359237;
    sink = sink + days.back();
  });
  std::printf("weight: 365-day projection %.1f us (RK4 model), %.2f us (straight line), ratio %.0fx, n=%d\n", model_us,
              line_us, model_us / line_us, n);
  return 0;
}

}  // namespace platewise::bench
