// `platewise-bench web`: logging in a real browser, timed by bench/web_bench.mjs
// (playwright-core and Debian's Chromium, as the browser tests use), which
// prints its own lines: the last keystroke to the results drawn and "Add" to
// the new totals drawn, each beside the same requests made by fetch() in the
// same page, and the actions it takes to log a recent food.

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "bench_parts.h"

namespace platewise::bench {

namespace {

std::string Quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

int RunWeb(const std::vector<std::string>& args) {
#if defined(PLATEWISE_WEB_DIR) && defined(PLATEWISE_NODE)
  const std::filesystem::path web_dir = PLATEWISE_WEB_DIR;
  if (!std::filesystem::exists(web_dir / "index.html")) {
    std::cerr << "bench web: the web app is not built (" << web_dir.filename().string() << "/index.html is missing): run make build\n";
    return 1;
  }
  const std::string rounds = args.empty() ? "20" : args[0];
  const std::string cmd = Quoted(PLATEWISE_NODE) + " " + Quoted(std::string(PLATEWISE_SOURCE_DIR) + "/bench/web_bench.mjs") +
                          " " + Quoted(PLATEWISE_BINARY) + " " + Quoted(PLATEWISE_BUNDLED_DATA_DIR) + " " +
                          Quoted(PLATEWISE_WEB_DIR) + " " + Quoted(std::string(PLATEWISE_SOURCE_DIR) + "/web") + " " +
                          Quoted(rounds);
  const int status = std::system(cmd.c_str());
  return status == 0 ? 0 : 1;
#else
  (void)args;
  std::cerr << "bench web: this build has no web app (PLATEWISE_WEB=OFF)\n";
  return 1;
#endif
}

}  // namespace platewise::bench
