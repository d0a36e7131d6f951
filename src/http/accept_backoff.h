#ifndef PLATEWISE_HTTP_ACCEPT_BACKOFF_H_
#define PLATEWISE_HTTP_ACCEPT_BACKOFF_H_

// What the server's acceptor does when accepting a connection fails: the one
// place for that rule (http/server.cc follows it).
//
// Contract:
// - A failed accept is never retried at once: the acceptor waits on a timer,
//   50 ms after the first failure, doubling after each further one up to 1 s,
//   and accepts again. While it waits, no accept is pending and the
//   connections already open are served as usual; new clients wait in the
//   listen queue. (Retrying at once, as before, spins a core at 100% for as
//   long as the cause lasts: EMFILE leaves the listening socket readable.)
// - The first failure of a run logs one line; further failures of the run log
//   nothing. Out of descriptors (EMFILE, ENFILE) the line names the soft
//   limit: "platewise: out of file descriptors (limit N): not accepting new
//   connections until one closes". Out of kernel memory (ENOBUFS, ENOMEM), or
//   any other error, it names the error.
// - The first successful accept after a run logs "platewise: accepting new
//   connections again" and resets the wait to 50 ms.
// Not thread-safe: used by the acceptor's handlers only, which never run
// concurrently.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace platewise::http {

class AcceptBackoff {
 public:
  static constexpr std::chrono::milliseconds kFirstWait{50};
  static constexpr std::chrono::milliseconds kLongestWait{1000};

  struct Retry {
    std::chrono::milliseconds wait;  // before accepting again
    std::optional<std::string> log;  // a line for standard error (no newline)
  };

  // After an accept failed with `error_number` (an errno value; 0 for an
  // error with none) described by `message`; `open_file_limit` is the
  // process's soft RLIMIT_NOFILE, named when out of descriptors.
  Retry Failed(int error_number, const std::string& message, std::uint64_t open_file_limit);
  // After an accept succeeded: the line to log when it ends a run of failures.
  std::optional<std::string> Succeeded();

  bool failing() const { return failures_ > 0; }

 private:
  int failures_ = 0;  // in the current run
};

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_ACCEPT_BACKOFF_H_
