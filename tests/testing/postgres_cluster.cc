#include "testing/postgres_cluster.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <vector>

#include "storage/postgres/pg_admin.h"
#include "storage/postgres/pg_store.h"
#include "testing/subprocess.h"

namespace platewise::testing {
namespace {

constexpr char kDefaultBin[] = "/usr/lib/postgresql/15/bin";
constexpr char kRunuser[] = "/usr/sbin/runuser";
constexpr char kTemplate[] = "platewise_template";
constexpr char kSuperuser[] = "platewise";

std::string BinDir() {
  const char* e = std::getenv("PLATEWISE_PG_BIN");
  return (e && *e) ? e : kDefaultBin;
}

// A port on 127.0.0.1 that nothing listens on right now.
int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return 0;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  int port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  close(fd);
  return port;
}

// Runs a PostgreSQL program, as `nobody` when we are root.
CommandResult RunPg(const std::string& program, std::vector<std::string> args) {
  std::string binary = BinDir() + "/" + program;
  if (geteuid() != 0) return RunCommand(binary, args);
  args.insert(args.begin(), {"-u", "nobody", "--", binary});
  return RunCommand(kRunuser, args);
}

Status Failed(const std::string& what, const CommandResult& r) {
  return Status::Unavailable(what + " failed (exit " + std::to_string(r.exit_code) + "): " + r.err + r.out);
}

Status StopFolder(const std::string& folder) {
  CommandResult r = RunPg("pg_ctl", {"-D", folder + "/data", "-m", "immediate", "-w", "stop"});
  std::error_code ignored;
  std::filesystem::remove_all(folder, ignored);
  return r.exit_code == 0 ? Status::Ok() : Failed("pg_ctl stop", r);
}

}  // namespace

Result<std::unique_ptr<PostgresCluster>> PostgresCluster::Start() {
  const std::string bin = BinDir();
  if (!std::filesystem::exists(bin + "/initdb") || !std::filesystem::exists(bin + "/pg_ctl")) {
    return Status::Unavailable("PostgreSQL 15 is not installed (no " + bin +
                               "/initdb): run scripts/install-deps, which installs Debian's postgresql-15");
  }
  std::string pattern = (std::filesystem::temp_directory_path() / "platewise-pg-XXXXXX").string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  if (mkdtemp(buf.data()) == nullptr) return Status::Unavailable("cannot create a folder for the test cluster");
  const std::string folder(buf.data());
  if (geteuid() == 0) {
    const passwd* nobody = getpwnam("nobody");
    if (nobody == nullptr || chown(folder.c_str(), nobody->pw_uid, nobody->pw_gid) != 0) {
      std::filesystem::remove_all(folder);
      return Status::Unavailable("running as root, but cannot give the test cluster's folder to user nobody");
    }
  }
  CommandResult init = RunPg(
      "initdb", {"-D", folder + "/data", "-A", "trust", "-U", kSuperuser, "-E", "UTF8", "--locale=C", "--no-sync"});
  if (init.exit_code != 0) {
    std::filesystem::remove_all(folder);
    return Failed("initdb", init);
  }
  // A free port can be taken by someone else before the server binds it: try a few.
  for (int attempt = 0; attempt < 5; ++attempt) {
    const int port = FreePort();
    CommandResult start = RunPg("pg_ctl", {"-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "60", "-o",
                                           "-c listen_addresses=127.0.0.1 -p " + std::to_string(port) +
                                               " -c unix_socket_directories='' -c fsync=off -c full_page_writes=off"
                                               " -c synchronous_commit=off -c max_connections=200",
                                           "start"});
    if (start.exit_code != 0) continue;
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster(folder, port, true));
    Status s = RunPostgresCommands(cluster->Uri("postgres"), std::string("CREATE DATABASE ") + kTemplate);
    if (!s.ok()) return s;
    auto migrated = OpenPostgresStore(cluster->Uri(kTemplate), 1);  // closed at once: a template has no sessions
    if (!migrated.ok()) return migrated.status();
    return cluster;
  }
  std::ifstream log(folder + "/server.log");
  std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
  (void)StopFolder(folder);
  return Status::Unavailable("the test cluster did not start: " + text);
}

Result<std::unique_ptr<PostgresCluster>> PostgresCluster::Attach(const std::string& state_file) {
  std::ifstream in(state_file);
  std::string folder;
  int port = 0;
  if (!(in >> folder >> port) || port <= 0) {
    return Status::Unavailable("no test cluster is described in " + state_file +
                               " (did the postgres_cluster_start test run?)");
  }
  return std::unique_ptr<PostgresCluster>(new PostgresCluster(folder, port, false));
}

Status PostgresCluster::StopFromState(const std::string& state_file) {
  auto cluster = Attach(state_file);
  if (!cluster.ok()) return cluster.status();
  std::filesystem::remove(state_file);
  return StopFolder((*cluster)->folder_);
}

PostgresCluster::~PostgresCluster() {
  if (owned_) {
    (void)StopFolder(folder_);
    return;
  }
  for (const std::string& name : created_) {
    (void)RunPostgresCommands(Uri("postgres"), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}

Status PostgresCluster::WriteState(const std::string& state_file) {
  std::ofstream out(state_file, std::ios::trunc);
  out << folder_ << "\n" << port_ << "\n";
  if (!out) return Status::Unavailable("cannot write " + state_file);
  owned_ = false;
  return Status::Ok();
}

std::string PostgresCluster::Uri(const std::string& database) const {
  return std::string("postgresql://") + kSuperuser + "@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

Result<std::string> PostgresCluster::FreshDatabase(bool migrated) {
  static std::atomic<int> counter{0};
  const std::string name = "test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  // One command per call: CREATE and DROP DATABASE cannot share a transaction.
  // (A pid can come again within one run: a leftover of the same name goes.)
  PW_RETURN_IF_ERROR(RunPostgresCommands(Uri("postgres"), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
  PW_RETURN_IF_ERROR(RunPostgresCommands(
      Uri("postgres"), "CREATE DATABASE " + name + (migrated ? std::string(" TEMPLATE ") + kTemplate : "")));
  created_.push_back(name);
  return Uri(name);
}

Result<PostgresCluster*> TestPostgres() {
  static std::mutex mutex;
  static std::unique_ptr<PostgresCluster> cluster;
  static Status failure;
  std::lock_guard<std::mutex> lock(mutex);
  if (cluster) return cluster.get();
  if (!failure.ok()) return failure;
  const char* state = std::getenv("PLATEWISE_TEST_POSTGRES");
  auto made = (state && *state) ? PostgresCluster::Attach(state) : PostgresCluster::Start();
  if (!made.ok()) {
    failure = made.status();
    return failure;
  }
  cluster = std::move(*made);
  return cluster.get();
}

}  // namespace platewise::testing
