#include "cli/settings_table.h"

#include "cli/install_layout.h"
#include "cli/listen_address.h"
#include "http/server.h"
#include "storage/open_store.h"

namespace platewise::cli {
namespace {

using config::Setting;
using config::SettingType;

std::optional<std::string> CheckListen(std::string_view text) {
  if (ParseListenAddress(text)) return std::nullopt;
  return "must be HOST:PORT, e.g. 127.0.0.1:8080";
}

std::optional<std::string> CheckIpAddress(std::string_view text) {
  if (http::CanonicalAddress(std::string(text))) return std::nullopt;
  return "must be an IP address, e.g. 127.0.0.1";
}

std::optional<std::string> CheckNotEmpty(std::string_view text) {
  if (!text.empty()) return std::nullopt;
  return "must not be empty";
}

std::optional<std::string> CheckMetricsToken(std::string_view text) {
  if (text.empty() || text.size() >= 16) return std::nullopt;
  return "must be at least 16 characters, e.g. from openssl rand -hex 32";
}

std::vector<Setting> MakeSettings() {
  const InstallLayout& layout = CurrentLayout();
  // clang-format off
  return {
      {.flag = "db", .env = "PLATEWISE_DB", .key = "db", .command = "",
       .type = SettingType::kString, .fallback = layout.db_path,
       .help = "the database: an SQLite file, or a PostgreSQL libpq URI (postgresql://USER@HOST:PORT/DBNAME)",
       .check = CheckNotEmpty, .display = DisplayLocation},
      {.flag = "data-dir", .env = "PLATEWISE_DATA_DIR", .key = "data_dir", .command = "",
       .type = SettingType::kString, .fallback = layout.data_dir,
       .help = "the bundled data (USDA SR24 foods, DRI tables, nutrient notes)", .check = CheckNotEmpty},
      {.flag = "web-dir", .env = "PLATEWISE_WEB_DIR", .key = "web_dir", .command = "",
       .type = SettingType::kString, .fallback = layout.web_dir,
       .help = "the web app's files, served at /; empty: no web app"},
      {.flag = "listen", .env = "PLATEWISE_LISTEN", .key = "serve.listen", .command = "serve",
       .type = SettingType::kString, .fallback = "127.0.0.1:8080",
       .help = "the address and port to serve on, HOST:PORT ([::1]:8080 for IPv6; port 0: any free one)",
       .check = CheckListen},
      {.flag = "threads", .env = "PLATEWISE_THREADS", .key = "serve.threads", .command = "serve",
       .type = SettingType::kInteger, .fallback = std::to_string(http::ServerOptions{}.threads),
       .help = "event loops, one thread each; password hashing may use all but one", .min = 1, .max = 64},
      {.flag = "secure-cookies", .env = "PLATEWISE_SECURE_COOKIES", .key = "serve.secure_cookies",
       .command = "serve", .type = SettingType::kBoolean, .fallback = "false",
       .help = "mark session cookies Secure: set when clients reach the server over HTTPS (a TLS proxy)"},
      {.flag = "trusted-proxy", .env = "PLATEWISE_TRUSTED_PROXY", .key = "serve.trusted_proxy",
       .command = "serve", .type = SettingType::kList, .fallback = "",
       .help = "IP addresses of reverse proxies whose X-Forwarded-For names the client (comma-separated)",
       .check = CheckIpAddress},
      {.flag = "password-hash-cost", .env = "PLATEWISE_PASSWORD_HASH_COST", .key = "serve.password_hash_cost",
       .command = "serve", .type = SettingType::kString, .fallback = "interactive",
       .help = "Argon2id cost of password hashes; minimum is for tests only, never for real users",
       .choices = {"interactive", "minimum"}},
      {.flag = "signup", .env = "PLATEWISE_SIGNUP", .key = "serve.signup", .command = "serve",
       .type = SettingType::kString, .fallback = "open",
       .help = "who may sign up: open (anyone), invite (with a code from platewise invites create), "
               "closed (only platewise users add makes accounts)",
       .choices = {"open", "invite", "closed"}},
      {.flag = "access-log", .env = "PLATEWISE_ACCESS_LOG", .key = "serve.access_log", .command = "serve",
       .type = SettingType::kString, .fallback = "",
       .help = "one JSON line per request: - for standard error, or a file (mode 0600); empty: none"},
      {.flag = "metrics-token", .env = "PLATEWISE_METRICS_TOKEN", .key = "serve.metrics_token", .command = "serve",
       .type = SettingType::kString, .fallback = "",
       .help = "a bearer token (16 characters or more) that opens GET /metrics to clients not on loopback; "
               "empty: loopback only",
       .check = CheckMetricsToken, .display = config::HiddenSecret},
      {.flag = "drain-timeout", .env = "PLATEWISE_DRAIN_TIMEOUT", .key = "serve.drain_timeout", .command = "serve",
       .type = SettingType::kInteger, .fallback = "10",
       .help = "seconds that SIGTERM waits for requests in flight before the server exits", .min = 0, .max = 3600},
      {.flag = "import-max-mib", .env = "PLATEWISE_IMPORT_MAX_MIB", .key = "serve.import_max_mib",
       .command = "serve", .type = SettingType::kInteger, .fallback = "256",
       .help = "the largest file POST /api/v1/imports takes, in MiB (other request bodies: 1 MiB)",
       .min = 1, .max = 4096},
  };
  // clang-format on
}

}  // namespace

const std::vector<Setting>& PlatewiseSettings() {
  static const std::vector<Setting> settings = MakeSettings();
  return settings;
}

std::set<std::string> SettingFlags(const std::string& command) {
  std::set<std::string> flags;
  for (const Setting& s : PlatewiseSettings()) {
    if (s.command == command) flags.emplace(s.flag);
  }
  return flags;
}

std::set<std::string> SettingSwitches() {
  std::set<std::string> flags;
  for (const Setting& s : PlatewiseSettings()) {
    if (s.type == config::SettingType::kBoolean) flags.emplace(s.flag);
  }
  return flags;
}

}  // namespace platewise::cli
