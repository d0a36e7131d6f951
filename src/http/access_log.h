#ifndef PLATEWISE_HTTP_ACCESS_LOG_H_
#define PLATEWISE_HTTP_ACCESS_LOG_H_

// The access log (`serve --access-log -|PATH`): one JSON object per line per
// answered request,
//   {"time":"2026-12-02T05:11:22.123Z","method":"GET","route":"/api/v1/diary/{date}",
//    "status":200,"duration_ms":0.412,"client":"203.0.113.9","user":2}
// time in UTC, route the template (never the path or query), client as the
// throttles see it (http/server.cc), user only when the request was signed in.
// Nothing else of a request is written: no body, header, cookie, token or query.
//
// Request threads never wait for the disk: Write formats the line and appends
// it to a buffer in memory (a short mutex, no I/O); one thread of the log's
// own writes the buffer out. When the output is slower than the requests and
// the buffer holds kMaxBuffered bytes, further lines are dropped and counted
// (dropped(), and a line {"time":...,"dropped_lines":N} once writing catches
// up), rather than grow memory or hold up requests.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "core/diary/diary_entry.h"
#include "core/status.h"

namespace platewise::http {

struct AccessRecord {
  std::int64_t unix_ms = 0;  // when the answer was ready
  std::string_view method;
  std::string_view route;
  int status = 0;
  double duration_ms = 0;
  std::string_view client;
  std::optional<UserId> user;
};

// The record's line, without the newline.
std::string AccessLogLine(const AccessRecord& record);

class AccessLog {
 public:
  static constexpr std::size_t kMaxBuffered = 1 << 20;

  // "-" is standard error; anything else a file, created (mode 0600: it names
  // who used the server when) or appended to. Unavailable when it cannot be
  // opened, naming the path and the reason.
  static Result<std::unique_ptr<AccessLog>> Open(const std::string& target);
  // Writes out what is buffered, then closes the file.
  ~AccessLog();
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  void Write(const AccessRecord& record);
  std::uint64_t dropped() const { return dropped_total_.load(std::memory_order_relaxed); }

 private:
  AccessLog(int fd, bool owns_fd);
  void RunWriter();

  const int fd_;
  const bool owns_fd_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::string buffer_;            // guarded by mutex_
  std::uint64_t dropped_ = 0;     // since the last note; guarded by mutex_
  bool stopping_ = false;         // guarded by mutex_
  std::atomic<std::uint64_t> dropped_total_{0};
  std::thread writer_;            // last: started once the rest is set up
};

}  // namespace platewise::http

#endif  // PLATEWISE_HTTP_ACCESS_LOG_H_
