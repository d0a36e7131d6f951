// platewise serve [--listen HOST:PORT] [--threads N] [--web-dir DIR] [--secure-cookies]
//                 [--trusted-proxy ADDR[,ADDR...]]
//                 [--password-hash-cost interactive|minimum] [--signup open|invite|closed]
//                 [--access-log -|PATH] [--metrics-token TOKEN] [--drain-timeout SECONDS]
//                 [--import-max-mib MIB]
// Each of them is also a variable and a key of the configuration file
// (cli/settings_table.h), read through ctx.settings(). The metrics token is
// best given as PLATEWISE_METRICS_TOKEN or in the file: a flag is seen by
// anyone who lists the machine's processes.
// Prints "platewise: serving http://HOST:PORT" on stdout once it accepts
// connections (tests read the port from it when listening on port 0).
// Raises its soft open file limit to the hard one first (each connection
// takes a descriptor), saying so on stderr only when it cannot.

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <ostream>

#include "cli/commands.h"
#include "cli/listen_address.h"
#include "cli/settings_table.h"
#include "cli/nutrient_data.h"
#include "http/error_response.h"
#include "http/request_user.h"
#include "http/api_routes.h"
#include "http/import_routes.h"
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

// This server's folder for uploads (0700), under $TMPDIR, else /var/tmp,
// with a file `lock` it holds an flock on while it runs. A folder whose lock
// no process holds was left by a server that was killed: it is removed when
// the next server starts (the kernel drops a dead process's locks, in any
// PID namespace). Removed on destruction.
class UploadFolder {
 public:
  static constexpr char kPrefix[] = "platewise-imports-";

  ~UploadFolder() {
    if (path_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove(path_ + "/lock", ignored);
    if (lock_fd_ >= 0) ::close(lock_fd_);
    std::filesystem::remove(path_, ignored);  // only when empty
  }

  Status Make() {
    const char* tmp = std::getenv("TMPDIR");
    const std::string parent = tmp != nullptr && *tmp != '\0' ? tmp : "/var/tmp";
    RemoveAbandoned(parent);
    // Made and locked under another name, then renamed: a server starting
    // at the same time never sees it unlocked.
    std::string fresh = parent + "/.platewise-new-XXXXXX";
    if (::mkdtemp(fresh.data()) == nullptr) {
      return Status::Unavailable("cannot make a folder for uploads in " + parent + ": " + std::strerror(errno));
    }
    lock_fd_ = ::open((fresh + "/lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    const std::string path = parent + "/" + kPrefix + fresh.substr(fresh.size() - 6);
    if (lock_fd_ < 0 || ::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0 || ::rename(fresh.c_str(), path.c_str()) != 0) {
      const std::string why = std::strerror(errno);
      std::error_code ignored;
      std::filesystem::remove_all(fresh, ignored);
      return Status::Unavailable("cannot make a folder for uploads in " + parent + ": " + why);
    }
    path_ = path;
    return Status::Ok();
  }
  const std::string& path() const { return path_; }

 private:
  // Removes the folders of `parent` no running server holds.
  static void RemoveAbandoned(const std::string& parent) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(parent, ec)) {
      const std::string name = entry.path().filename().string();
      if (name.rfind(kPrefix, 0) != 0 || !entry.is_directory(ec)) continue;
      const int fd = ::open((entry.path() / "lock").c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
      if (fd < 0) continue;  // not one of ours, or not ours to touch
      const bool abandoned = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
      if (abandoned) std::filesystem::remove_all(entry.path(), ec);
      ::close(fd);
    }
  }

  std::string path_;
  int lock_fd_ = -1;
};

// The server's options from the settings, which are checked already
// (cli/settings_table.cc): listen, threads, trusted-proxy.
http::ServerOptions ServeOptions(const config::Settings& settings) {
  http::ServerOptions options;
  ListenAddress listen = *ParseListenAddress(settings.Text("listen"));
  options.host = listen.host;
  options.port = listen.port;
  options.threads = settings.Integer("threads");
  options.drain_timeout = std::chrono::seconds(settings.Integer("drain-timeout"));
  // The reverse proxies whose X-Forwarded-For names the client (throttles,
  // the access log) and whose X-Forwarded-Proto may make cookies Secure;
  // from anyone else both are ignored.
  for (const std::string& proxy : settings.List("trusted-proxy")) {
    options.trusted_proxies.push_back(*http::CanonicalAddress(proxy));
  }
  return options;
}

}  // namespace

Status RunServe(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("serve", SettingFlags("serve")));
  const config::Settings& settings = ctx.settings();
  http::AccountOptions account_options;
  // Secure cookies: set when clients reach the server over TLS (a proxy).
  account_options.secure_cookies = settings.Boolean("secure-cookies");
  // "minimum" is for tests that create many accounts; never for real users.
  if (settings.Text("password-hash-cost") == "minimum") account_options.hash_cost = auth::HashCost::kMinimum;
  // Checked by the settings table (its choices): the parse cannot fail here.
  if (auto policy = http::ParseSignupPolicy(settings.Text("signup")); policy.ok()) account_options.signup = *policy;
  http::ServerOptions options = ServeOptions(settings);
  account_options.hash_slots = std::max(1, options.threads - 1);
  std::unique_ptr<http::AccessLog> access_log;
  if (const std::string& target = settings.Text("access-log"); !target.empty()) {
    auto opened = http::AccessLog::Open(target);
    if (!opened.ok()) return opened.status();
    access_log = std::move(*opened);
  }
  const std::string metrics_token = settings.Text("metrics-token");  // checked: empty or 16 characters or more
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
  // Import jobs: uploads wait in a private folder of this process's own, on
  // disk ($TMPDIR, else /var/tmp: /tmp may be memory); a job does not outlive
  // its server (http/import_job_runner.h).
  UploadFolder upload_folder;
  PW_RETURN_IF_ERROR(upload_folder.Make());
  http::ImportJobRunner import_jobs(use_cases, {.folder = upload_folder.path()});
  PW_RETURN_IF_ERROR(import_jobs.Start());
  http::AddImportRoutes(router, import_jobs);
  options.file_uploads.push_back({.method = "POST",
                                  .path = http::kImportsPath,
                                  .body_limit = static_cast<std::uint64_t>(settings.Integer("import-max-mib")) << 20,
                                  .folder = upload_folder.path(),
                                  .admit = [&router](http::Request& req) -> std::optional<http::Response> {
                                    router.ApplyRequestFilter(req);
                                    auto user = http::RequireUser(req);
                                    if (!user.ok()) return http::ErrorResponse(user.status());
                                    return std::nullopt;
                                  }});
  http::ServerMetrics metrics;
  http::Readiness readiness;
  http::AddOperationsRoutes(router, {metrics, readiness, metrics_token, access_log.get()});
  metrics.AddRoutes(router);  // after the last route
  options.metrics = &metrics;
  options.readiness = &readiness;
  options.access_log = access_log.get();
  http::StaticFiles files(ctx.env().web_dir);
  http::HttpServer server(options, router, files);
  PW_RETURN_IF_ERROR(server.Listen());
  std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  ctx.out() << "platewise: serving http://" << host << ":" << server.port() << " (database "
            << DisplayLocation(ctx.env().db_path) << ")" << std::endl;
  server.Run();
  ctx.out() << "platewise: stopped" << std::endl;
  return Status::Ok();
}

}  // namespace platewise::cli
