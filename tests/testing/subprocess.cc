#include "testing/subprocess.h"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sys/stat.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <cstring>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "testing/temp_dir.h"

extern char** environ;

namespace platewise::testing {
namespace {

std::vector<char*> Argv(const std::string& binary, const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(binary.c_str()));
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  return argv;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

int DecodeWait(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

// In a child before exec: closes every descriptor but standard input, output
// and error. A child must not keep what the test process holds open: a
// database server started through pg_ctl outlives the test, and held a lock
// file of the caller's (flock's, around the whole test run) for as long as it
// ran, so the next run waited for it.
void CloseInheritedFiles() { close_range(3, ~0U, 0); }

}  // namespace

CommandResult RunCommand(const std::string& binary, const std::vector<std::string>& args,
                         const std::vector<std::string>& env) {
  TempDir dir;
  std::string out_path = dir.File("out"), err_path = dir.File("err");
  auto argv = Argv(binary, args);
  pid_t pid = fork();
  if (pid == 0) {
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(out, 1);
    dup2(err, 2);
    CloseInheritedFiles();
    for (const auto& e : env) putenv(const_cast<char*>(e.c_str()));
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return {DecodeWait(status), Slurp(out_path), Slurp(err_path)};
}

ServerProcess::ServerProcess(const std::string& binary, const std::vector<std::string>& args,
                             const ServerProcessOptions& options) {
  int fds[2];
  if (pipe(fds) != 0) return;
  const passwd* nobody = options.unprivileged && getuid() == 0 ? getpwnam("nobody") : nullptr;
  const uid_t nobody_uid = nobody ? nobody->pw_uid : 0;
  const gid_t nobody_gid = nobody ? nobody->pw_gid : 0;
  std::string program = binary;
  std::vector<std::string> child_args = args;
  if (nobody) {
    // A folder nobody may enter, with a copy of the binary and of the
    // --data-dir folder (the bundled data it reads at start).
    char tmpl[] = "/tmp/platewise-nobody-binary.XXXXXX";
    if (mkdtemp(tmpl) == nullptr || chmod(tmpl, 0755) != 0) return;
    binary_copy_dir_ = tmpl;
    program = binary_copy_dir_ + "/platewise";
    std::error_code ec;
    std::filesystem::copy_file(binary, program, ec);
    if (ec || chmod(program.c_str(), 0755) != 0) return;
    for (std::size_t i = 0; i + 1 < child_args.size(); ++i) {
      if (child_args[i] != "--data-dir") continue;
      const std::string data = binary_copy_dir_ + "/data";
      std::filesystem::copy(child_args[i + 1], data, std::filesystem::copy_options::recursive, ec);
      if (ec) return;
      child_args[i + 1] = data;
    }
  }
  auto argv = Argv(program, child_args);
  std::vector<std::string> env = options.env;  // putenv keeps the pointers: these outlive the exec
  pid_ = fork();
  if (pid_ == 0) {
    for (std::string& entry : env) putenv(entry.data());
    dup2(fds[1], 1);
    if (!options.stderr_path.empty()) {
      int err = open(options.stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      if (err < 0) _exit(127);
      dup2(err, 2);
    }
    CloseInheritedFiles();
    if (options.open_file_limit > 0) {
      rlimit limit{options.open_file_limit,
                   options.open_file_hard_limit > 0 ? options.open_file_hard_limit : options.open_file_limit};
      if (setrlimit(RLIMIT_NOFILE, &limit) != 0) _exit(127);
    }
    if (nobody_uid != 0 && (setgroups(0, nullptr) != 0 || setgid(nobody_gid) != 0 || setuid(nobody_uid) != 0)) {
      _exit(127);
    }
    execv(program.c_str(), argv.data());
    // Said on the output the test prints when the server did not start
    // (no allocation between fork and exit).
    const char* parts[] = {"cannot run ", program.c_str(), ": ", std::strerror(errno), "\n"};
    for (const char* part : parts)
      if (write(1, part, std::strlen(part)) < 0) break;
    _exit(127);
  }
  close(fds[1]);
  out_fd_ = fds[0];
  const std::regex serving("serving http://[^ ]*:([0-9]+)");
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{out_fd_, POLLIN, 0};
    if (poll(&p, 1, 200) <= 0) continue;
    char buf[512];
    ssize_t n = read(out_fd_, buf, sizeof buf);
    if (n <= 0) break;  // the server exited
    output_.append(buf, static_cast<size_t>(n));
    std::smatch m;
    if (std::regex_search(output_, m, serving)) {
      port_ = std::stoi(m[1]);
      return;
    }
  }
}

int ServerProcess::Stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  return Wait(10);
}

void ServerProcess::Signal(int signal) {
  if (pid_ > 0) kill(pid_, signal);
}

int ServerProcess::Wait(int seconds) {
  if (pid_ <= 0) return -1;
  int status = 0;
  for (int i = 0; i < seconds * 10; ++i) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return DecodeWait(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return -1;
}

void ServerProcess::Kill() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

ServerProcess::~ServerProcess() {
  Stop();
  if (out_fd_ >= 0) close(out_fd_);
  if (!binary_copy_dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(binary_copy_dir_, ec);
  }
}

}  // namespace platewise::testing
