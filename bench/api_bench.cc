// platewise-bench api: the diary API under load next to nginx serving a static
// file of the same size, in the same run (the machine is noisy: the ratio is
// the result). A user with a year of diary history (3 meals and a snack a
// day) is created directly in a temporary store; the server runs in this
// process on loopback; wrk (Debian package) drives 64 connections for 10 s
// against GET /api/v1/diary/{date}, then against nginx (Debian package,
// started here on another loopback port). Prints
//   api rps=X nginx_rps=Y ratio=X/Y p99_ms=Z errors=E
//   api_post rps=X p99_ms=Z errors=E      (POST entry writes, 5 s)
//   api_year rps=X nginx_rps=Y ratio=X/Y p99_ms=Z errors=E
//                       (the same, each request for the next of 336 dates of
//                        the year, days 1-28 of each month, both servers
//                        driven by the same wrk script)
//   api handler_us=H    (the handler alone, in-process: where the time goes)
// Options: --seconds N (default 10), --connections N (default 64),
// --handler-only (only time the handlers in-process, e.g. under perf or
// callgrind: the diary GET 12 x 5000 calls, then 2200 entry POSTs),
// --stamp-refresh-ms N (how long the caches trust a known version stamp;
// default that of CacheOptions, 0: checked against the store on every read).
// On PostgreSQL: --postgres (a throwaway cluster started here, as the tests
// start theirs: fsync off) or --db postgresql://... (an empty database of
// yours); the store is opened as `serve` opens it (caches checked once per
// request; with --stamp-refresh-ms, trusted for that long instead, which
// gives up read-your-writes across servers), and the run adds
//   api_scaleout one_rps=X two_rps=Y nginx_rps=Z two_over_one=Y/X ratio=Y/Z errors=E
// (`platewise serve` processes behind nginx as a load balancer: one, then
// two of them, and nginx serving the same bytes, in the same run; see
// bench/scaleout_bench.cc).

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <utility>  // before Asio: Boost 1.74 needs std::exchange

#include <boost/asio.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <string>
#include <thread>

#include "auth/secret_token.h"
#include "bench_parts.h"
#include "load_tools.h"
#include "scaleout_bench.h"
#include "http/api_routes.h"
#include "cli/nutrient_data.h"
#include "core/ports/fresh_reads.h"
#include "search/food_search.h"
#include "http/server.h"
#include "import/usda_sr24.h"
#include "search/index_updates.h"
#include "storage/caching/with_caches.h"
#include "storage/open_store.h"
#include "storage/postgres/pg_store.h"
#include "storage/sqlite/sqlite_store.h"
#include "system/system_clock.h"
#include "testing/postgres_cluster.h"

namespace platewise::bench {
namespace {

namespace fs = std::filesystem;

// The diary GET's handler alone, in this thread: mean microseconds per call.
double TimeHandler(const http::Router& router, const std::string& token, const std::string& target) {
  constexpr int kCalls = 5000;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kCalls; ++i) {
    http::Request req{"GET", target, {}, {}, ""};
    req.headers["authorization"] = "Bearer " + token;
    const FreshReadsScope request;  // as the server marks each request
    auto resp = router.Dispatch(req);
    if (!resp || resp->status != 200) return -1;
  }
  return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / kCalls;
}

// The POST of one entry through the router, in-process: microseconds per call.
double TimePostHandler(const http::Router& router, const std::string& token, int calls) {
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < calls; ++i) {
    http::Request req{"POST", "/api/v1/diary/2026-01-01/entries", {}, {},
                      R"({"meal":"snacks","food_id":"12061","grams":28})"};
    req.headers["authorization"] = "Bearer " + token;
    req.headers["content-type"] = "application/json";
    const FreshReadsScope request;
    auto resp = router.Dispatch(req);
    if (!resp || resp->status != 201) return -1;
  }
  return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / calls;
}

int RunApi(const std::vector<std::string>& args) {
  int seconds = 10, connections = 64;
  bool handler_only = false;
  bool postgres = false, refresh_given = false;
  std::string db_uri;
  CacheOptions cache_options;
  for (const auto& a : args) {
    handler_only = handler_only || a == "--handler-only";
    postgres = postgres || a == "--postgres";
  }
  for (size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == "--seconds") seconds = std::stoi(args[i + 1]);
    if (args[i] == "--connections") connections = std::stoi(args[i + 1]);
    if (args[i] == "--stamp-refresh-ms") {
      cache_options.stamp_refresh = std::chrono::milliseconds(std::stoi(args[i + 1]));
      refresh_given = true;
    }
    if (args[i] == "--db") db_uri = args[i + 1];
  }
  fs::path dir = fs::temp_directory_path() / ("platewise-bench-api-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "www");

  // A user with a year of history, in a store with the caches `serve` has.
  std::unique_ptr<testing::PostgresCluster> cluster;
  if (postgres && db_uri.empty()) {
    auto started = testing::PostgresCluster::Start();
    if (!started.ok()) return std::cerr << started.status().message() << "\n", 1;
    cluster = std::move(*started);
    auto fresh = cluster->FreshDatabase();
    if (!fresh.ok()) return std::cerr << fresh.status().message() << "\n", 1;
    db_uri = *fresh;
  }
  Result<std::unique_ptr<Store>> store = Status::Internal("no store");
  if (!db_uri.empty() && refresh_given) {
    // Caches that trust a stamp for the refresh: no read-your-writes across
    // servers; against `serve`'s way, what that guarantee costs.
    auto opened = OpenPostgresStore(db_uri);
    if (!opened.ok()) return std::cerr << opened.status().message() << "\n", 1;
    store = WithCaches(std::move(*opened), cache_options);
  } else if (!db_uri.empty()) {
    store = OpenStore(db_uri);
  } else {
    auto opened = OpenSqliteStore((dir / "bench.db").string());
    if (!opened.ok()) return std::cerr << opened.status().message() << "\n", 1;
    store = WithCaches(std::move(*opened), cache_options);
  }
  if (!store.ok()) return std::cerr << store.status().message() << "\n", 1;
  std::cerr << "bench: store " << (db_uri.empty() ? "SQLite" : "PostgreSQL " + DisplayLocation(db_uri)) << "\n";
  Status imported = EnsureFoodsImported(std::string(PLATEWISE_BUNDLED_DATA_DIR) + "/usda-sr24", *(*store)->foods);
  if (!imported.ok()) return std::cerr << imported.message() << "\n", 1;
  auto user = (*store)->accounts->CreateUser("bench@example.org", "no sign-in");
  if (!user.ok()) return std::cerr << user.status().message() << "\n", 1;
  std::string token = auth::NewSecretToken();
  (void)(*store)->accounts->CreateApiToken(*user, "bench", auth::HashSecretToken(token), 0);
  BodyProfile body{Sex::kFemale, 36, Centimeters(167), Kilograms(70), ActivityLevel::kLight, WeeklyGoal{-1}};
  // Field by field: a field added to ProfileSettings keeps its default here
  // (an aggregate list broke this file's build when one was added).
  ProfileSettings settings;
  settings.birth_date = CivilDate{1990, 5, 1};
  settings.units = DisplayUnits::kMetric;
  settings.time_zone = "UTC";
  (void)(*store)->profile_settings->Save(*user, settings, body);
  const char* foods[] = {"08120", "11457", "12061", "01077"};
  const Meal meals[] = {Meal::kBreakfast, Meal::kLunch, Meal::kDinner, Meal::kSnacks};
  auto t0 = std::chrono::steady_clock::now();
  for (int d = 0; d < 365; ++d) {
    int y = 2025, m = 1 + d / 31 % 12, day = 1 + d % 28;
    for (int k = 0; k < 4; ++k) {
      auto e = (*store)->diary->AddEntry(*user, {0, CivilDate{y, m, day}, meals[k], foods[k], Grams(50 + k * 20), "g"});
      if (!e.ok()) return std::cerr << e.status().message() << "\n", 1;
    }
  }
  std::cerr << "bench: 1460 entries written in "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s\n";

  http::Router router;
  auto index = search::LoadFoodIndex(*(*store)->foods, *(*store)->diary);
  if (!index.ok()) return std::cerr << index.status().message() << "\n", 1;
  auto nutrient_data = cli::LoadNutrientData(PLATEWISE_BUNDLED_DATA_DIR);
  if (!nutrient_data.ok()) return std::cerr << nutrient_data.status().message() << "\n", 1;
  SystemClock clock;
  search::IndexUpdates index_updates(**index);
  UseCaseContext use_cases{**store, clock, index_updates};
  http::AddApiRoutes(router, use_cases, http::AccountOptions{}, **index, nutrient_data->dri);
  const std::string target = "/api/v1/diary/2025-06-15";
  const double handler_us = TimeHandler(router, token, target);
  http::StaticFiles files((dir / "www").string());
  http::ServerOptions options;
  options.port = 0;
  options.threads = 2;
  http::HttpServer server(options, router, files);
  if (Status s = server.Listen(); !s.ok()) return std::cerr << s.message() << "\n", 1;
  std::thread serving([&] { server.Run(); });
  const int api_port = server.port();

  // The static twin: the same bytes as the API's answer.
  {
    std::string cmd = "curl -s -H 'Authorization: Bearer " + token + "' http://127.0.0.1:" +
                      std::to_string(api_port) + target + " -o " + (dir / "www/day.json").string();
    if (std::system(cmd.c_str()) != 0) std::cerr << "bench: curl failed\n";
  }
  std::cerr << "bench: response " << fs::file_size(dir / "www/day.json") << " bytes\n";
  if (handler_only) {  // for profiling the handler: no wrk, no nginx
    for (int i = 0; i < 10; ++i) TimeHandler(router, token, target);
    std::printf("api handler_us=%.1f\n", TimeHandler(router, token, target));
    TimePostHandler(router, token, 200);
    std::printf("api post_handler_us=%.1f\n", TimePostHandler(router, token, 2000));
    server.Stop();
    serving.join();
    return 0;
  }
  const int nginx_port = FreePort();
  pid_t nginx = StartStaticNginx(dir, nginx_port);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));

  std::string secs = std::to_string(seconds) + "s", conns = std::to_string(connections);
  WrkResult api = RunWrk({"-t2", "-c" + conns, "-d" + secs, "--latency", "-H", "Authorization: Bearer " + token,
                          "http://127.0.0.1:" + std::to_string(api_port) + target});
  WrkResult ngx = RunWrk({"-t2", "-c" + conns, "-d" + secs, "--latency",
                          "http://127.0.0.1:" + std::to_string(nginx_port) + "/day.json"});
  std::ofstream lua(dir / "post.lua");
  lua << "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
      << "wrk.headers[\"Authorization\"] = \"Bearer " << token << "\"\n"
      << "wrk.body = '{\"meal\":\"snacks\",\"food_id\":\"12061\",\"grams\":28}'\n";
  lua.close();
  WrkResult post = RunWrk({"-t2", "-c" + conns, "-d5s", "--latency", "-s", (dir / "post.lua").string(),
                           "http://127.0.0.1:" + std::to_string(api_port) + "/api/v1/diary/2026-01-01/entries"});

  // The same reads spread over the year (a wrk script walks days 1-28 of
  // each month), against both servers: the first read of each day misses the
  // server's day cache.
  std::string dates = "{";
  for (int m = 1; m <= 12; ++m) {
    for (int d = 1; d <= 28; ++d) {
      char date[16];
      std::snprintf(date, sizeof date, "\"2025-%02d-%02d\",", m, d);
      dates += date;
    }
  }
  dates += "}";
  auto walk_script = [&](const std::string& name, const std::string& prefix, const std::string& suffix) {
    std::ofstream out(dir / name);
    out << "local dates = " << dates << "\nlocal i = 0\n"
        << "request = function()\n  i = i % #dates + 1\n  return wrk.format(nil, \"" << prefix
        << "\" .. dates[i] .. \"" << suffix << "\")\nend\n";
    return (dir / name).string();
  };
  WrkResult api_year = RunWrk({"-t2", "-c" + conns, "-d" + secs, "--latency", "-H", "Authorization: Bearer " + token,
                               "-s", walk_script("api_year.lua", "/api/v1/diary/", ""),
                               "http://127.0.0.1:" + std::to_string(api_port)});
  WrkResult ngx_year = RunWrk({"-t2", "-c" + conns, "-d" + secs, "--latency", "-s",
                               walk_script("nginx_year.lua", "/day.json?date=", ""),
                               "http://127.0.0.1:" + std::to_string(nginx_port)});

  StopProcess(nginx);
  server.Stop();
  serving.join();
  if (api.rps == 0 || ngx.rps == 0) std::cerr << "wrk output:\n" << api.raw << ngx.raw;
  std::printf("api rps=%.0f nginx_rps=%.0f ratio=%.2f p99_ms=%.2f errors=%ld\n", api.rps, ngx.rps,
              ngx.rps > 0 ? api.rps / ngx.rps : 0.0, api.p99_ms, api.errors);
  std::printf("api_year rps=%.0f nginx_rps=%.0f ratio=%.2f p99_ms=%.2f errors=%ld\n", api_year.rps, ngx_year.rps,
              ngx_year.rps > 0 ? api_year.rps / ngx_year.rps : 0.0, api_year.p99_ms, api_year.errors);
  std::printf("api handler_us=%.1f (in-process: authentication, storage and JSON, no HTTP)\n", handler_us);
  std::printf("api_post rps=%.0f p99_ms=%.2f errors=%ld\n", post.rps, post.p99_ms, post.errors);
  std::fflush(stdout);
  if (!db_uri.empty()) RunScaleOut({db_uri, token, target, dir, seconds, connections});
  fs::remove_all(dir);
  return 0;
}

}  // namespace

int RunApiBench(const std::vector<std::string>& args) { return RunApi(args); }

}  // namespace platewise::bench
