// platewise serve [--listen HOST:PORT] [--threads N] [--web-dir DIR] [--secure-cookies]
//                 [--trusted-proxy ADDR[,ADDR...]]
//                 [--password-hash-cost interactive|minimum]
//                 [--access-log -|PATH] [--metrics-token TOKEN] [--drain-timeout SECONDS]
// The metrics token may come from PLATEWISE_METRICS_TOKEN instead (a flag is
// seen by anyone who lists the machine's processes), the access log from
// PLATEWISE_ACCESS_LOG; the flag wins. docs/operations.md lists the settings.
// Prints "platewise: serving http://HOST:PORT" on stdout once it accepts
// connections (tests read the port from it when listening on port 0).
// Raises its soft open file limit to the hard one first (each connection
// takes a descriptor), saying so on stderr only when it cannot.

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iostream>
#include <ostream>

#include "cli/commands.h"
#include "cli/nutrient_data.h"
#include "http/api_routes.h"
#include "http/nutrient_routes.h"
#include "http/operations_routes.h"
#include "storage/open_store.h"
#include "suggest/glpk_diet_solver.h"
#include "http/server.h"
#include "search/food_search.h"
#include "search/index_follower.h"
#include "search/index_updates.h"
#include "system/open_file_limit.h"

namespace platewise::cli {
namespace {

// The flag's value, else the environment variable's (when set and not empty).
std::optional<std::string> FlagOrEnv(const Arguments& args, const std::string& flag, const char* variable) {
  if (auto value = args.Get(flag)) return value;
  if (const char* e = std::getenv(variable); e != nullptr && *e != '\0') return std::string(e);
  return std::nullopt;
}

Result<http::ServerOptions> ParseServeOptions(const Arguments& args) {
  http::ServerOptions options;
  std::string listen = args.Get("listen").value_or("127.0.0.1:8080");
  auto colon = listen.rfind(':');
  int port = -1;
  if (colon != std::string::npos) {
    std::string_view p(listen.data() + colon + 1, listen.size() - colon - 1);
    auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), port);
    if (ec != std::errc() || end != p.data() + p.size()) port = -1;
  }
  if (colon == std::string::npos || colon == 0 || port < 0 || port > 65535) {
    return Status::InvalidArgument("--listen \"" + listen + "\" must be HOST:PORT, e.g. 127.0.0.1:8080");
  }
  options.host = listen.substr(0, colon);
  if (options.host.size() > 2 && options.host.front() == '[' && options.host.back() == ']') {
    options.host = options.host.substr(1, options.host.size() - 2);
  }
  options.port = static_cast<std::uint16_t>(port);
  auto threads = args.GetInt("threads", options.threads, 1, 64);
  if (!threads.ok()) return threads.status();
  options.threads = *threads;
  auto drain = args.GetInt("drain-timeout", 10, 0, 3600);
  if (!drain.ok()) return drain.status();
  options.drain_timeout = std::chrono::seconds(*drain);
  // --trusted-proxy ADDR[,ADDR...]: the reverse proxies whose X-Forwarded-For
  // names the client (throttles, the access log) and whose X-Forwarded-Proto
  // may make cookies Secure; from anyone else both are ignored.
  if (auto proxies = args.Get("trusted-proxy")) {
    std::string_view rest = *proxies;
    while (!rest.empty()) {
      std::string one(rest.substr(0, rest.find(',')));
      rest = one.size() < rest.size() ? rest.substr(one.size() + 1) : std::string_view();
      auto address = http::CanonicalAddress(one);
      if (!address) {
        return Status::InvalidArgument("--trusted-proxy \"" + one + "\" must be an IP address, e.g. 127.0.0.1");
      }
      options.trusted_proxies.push_back(*address);
    }
  }
  return options;
}

}  // namespace

Status RunServe(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed(
      "serve", {"listen", "threads", "web-dir", "secure-cookies", "password-hash-cost", "trusted-proxy", "access-log",
                "metrics-token", "drain-timeout"}));
  http::AccountOptions account_options;
  // Secure cookies: set when clients reach the server over TLS (a proxy).
  account_options.secure_cookies = ctx.args().Has("secure-cookies");
  if (auto cost = ctx.args().Get("password-hash-cost")) {
    // "minimum" is for tests that create many accounts; never for real users.
    if (*cost == "minimum") {
      account_options.hash_cost = auth::HashCost::kMinimum;
    } else if (*cost != "interactive") {
      return Status::InvalidArgument("--password-hash-cost \"" + *cost + "\" must be interactive or minimum");
    }
  }
  auto options = ParseServeOptions(ctx.args());
  if (!options.ok()) return options.status();
  std::unique_ptr<http::AccessLog> access_log;
  if (auto target = FlagOrEnv(ctx.args(), "access-log", "PLATEWISE_ACCESS_LOG")) {
    auto opened = http::AccessLog::Open(*target);
    if (!opened.ok()) return opened.status();
    access_log = std::move(*opened);
  }
  std::string metrics_token = FlagOrEnv(ctx.args(), "metrics-token", "PLATEWISE_METRICS_TOKEN").value_or("");
  if ((ctx.args().Has("metrics-token") || !metrics_token.empty()) && metrics_token.size() < 16) {
    return Status::InvalidArgument(
        "the metrics token (--metrics-token or PLATEWISE_METRICS_TOKEN) must be at least 16 characters, "
        "e.g. from openssl rand -hex 32");
  }
  account_options.hash_slots = std::max(1, options->threads - 1);
  // Out of descriptors the server backs off and says so (http/accept_backoff.h);
  // as many as the hard limit allows keeps that far off. Not fatal: a server
  // with the soft limit still serves.
  if (Status raised = RaiseOpenFileLimit(); !raised.ok()) {
    std::cerr << "platewise: " << raised.message() << std::endl;
  }
  auto store = ctx.OpenStoreWithFoods();
  if (!store.ok()) return store.status();

  auto index = search::LoadFoodIndex(*(*store)->foods, *(*store)->diary);
  if (!index.ok()) return index.status();
  auto nutrient_data = LoadNutrientData(ctx.env().data_dir);
  if (!nutrient_data.ok()) return nutrient_data.status();

  // The use cases tell this server's search index what they change; other
  // servers' changes come from the store's feed, when several share it.
  // Declared after the index: stopped before it is destroyed.
  search::IndexUpdates index_updates(**index);
  std::unique_ptr<FoodChangeFeed> food_changes = std::move((*store)->food_changes);
  if (food_changes) PW_RETURN_IF_ERROR(food_changes->Start(search::FollowFoodChanges(**index, *(*store)->foods)));
  UseCaseContext use_cases{**store, ctx.clock(), index_updates};
  http::Router router;
  http::AddApiRoutes(router, use_cases, account_options, **index, nutrient_data->dri);
  GlpkDietSolver solver;
  http::NutrientRouteDeps nutrient_deps{{use_cases, nutrient_data->dri, nutrient_data->explanations}, solver};
  http::AddNutrientRoutes(router, nutrient_deps);
  http::ServerMetrics metrics;
  http::Readiness readiness;
  http::AddOperationsRoutes(router, {metrics, readiness, metrics_token, access_log.get()});
  metrics.AddRoutes(router);  // after the last route
  options->metrics = &metrics;
  options->readiness = &readiness;
  options->access_log = access_log.get();
  http::StaticFiles files(ctx.env().web_dir);
  http::HttpServer server(*options, router, files);
  PW_RETURN_IF_ERROR(server.Listen());
  std::string host = options->host.find(':') != std::string::npos ? "[" + options->host + "]" : options->host;
  ctx.out() << "platewise: serving http://" << host << ":" << server.port() << " (database "
            << DisplayLocation(ctx.env().db_path) << ")" << std::endl;
  server.Run();
  ctx.out() << "platewise: stopped" << std::endl;
  return Status::Ok();
}

}  // namespace platewise::cli
