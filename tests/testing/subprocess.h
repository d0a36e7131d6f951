#ifndef PLATEWISE_TESTS_TESTING_SUBPROCESS_H_
#define PLATEWISE_TESTS_TESTING_SUBPROCESS_H_

// Runs the real platewise binary for end-to-end tests: a command to
// completion with its output captured, or `serve` in the background with the
// port it printed.

#include <string>
#include <sys/types.h>
#include <vector>

namespace platewise::testing {

struct CommandResult {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out;
  std::string err;
};

// Runs `binary args...` with extra environment entries ("NAME=value") and
// waits for it.
CommandResult RunCommand(const std::string& binary, const std::vector<std::string>& args,
                         const std::vector<std::string>& env = {});

// How a ServerProcess's child is started, beyond its arguments.
struct ServerProcessOptions {
  // When nonzero, RLIMIT_NOFILE's soft limit in the child, and its hard limit
  // too unless open_file_hard_limit is given (as `prlimit --nofile=SOFT:HARD`
  // would set them), before it runs the binary.
  unsigned open_file_limit = 0;
  unsigned open_file_hard_limit = 0;
  // When set, the child's standard error goes to this file (created or
  // truncated) instead of the test's.
  std::string stderr_path = {};
  // When the tests run as root, the child runs as user `nobody`, so that file
  // permissions bind it (root may write a file of mode 0400). It runs a copy
  // of the binary, and reads a copy of the --data-dir folder, in a folder of
  // its own: the checkout may be where only root can enter (a clone in
  // /root, mode 0700, as on a stock Debian).
  bool unprivileged = false;
  // Extra environment entries ("NAME=value") for the child.
  std::vector<std::string> env = {};
};

// `platewise serve` on a free loopback port; stopped with SIGTERM by Stop()
// or on destruction.
class ServerProcess {
 public:
  // Starts the server and waits (up to 60 s) for its "serving" line.
  ServerProcess(const std::string& binary, const std::vector<std::string>& args,
                const ServerProcessOptions& options = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  bool started() const { return port_ > 0; }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  const std::string& output() const { return output_; }
  // Sends SIGTERM and returns the exit code (-1 if killed by a signal or
  // still running after 10 s).
  int Stop();
  // Sends `signal` to the server.
  void Signal(int signal);
  // Waits up to `seconds` for the server to exit: its exit code, or -1 if
  // killed by a signal or still running (then it is killed with SIGKILL).
  int Wait(int seconds);
  // Kills the server with SIGKILL (no chance to clean up) and reaps it.
  void Kill();

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  int port_ = 0;
  std::string output_;
  std::string binary_copy_dir_;  // the copy of the binary run as nobody, removed at the end
};

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_TESTING_SUBPROCESS_H_
