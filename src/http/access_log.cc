#include "http/access_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <utility>
#include <nlohmann/json.hpp>

#include "core/utc_time.h"

namespace platewise::http {
namespace {

std::int64_t NowUnixMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Writes all of `text`, retrying short writes and interruptions; gives up on
// any other error (a full disk: the lines are lost, the server goes on).
void WriteAll(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace

std::string AccessLogLine(const AccessRecord& r) {
  nlohmann::ordered_json line;
  line["time"] = UtcTimestamp(r.unix_ms, true);
  line["method"] = std::string(r.method);
  line["route"] = std::string(r.route);
  line["status"] = r.status;
  line["duration_ms"] = std::round(r.duration_ms * 1000) / 1000;
  line["client"] = std::string(r.client);
  if (r.user) line["user"] = *r.user;
  // Replace, not throw: a method is a token, but nothing a client sends may
  // stop the log.
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<std::unique_ptr<AccessLog>> AccessLog::Open(const std::string& target) {
  if (target == "-") return std::unique_ptr<AccessLog>(new AccessLog(STDERR_FILENO, false));
  if (target.empty()) return Status::InvalidArgument("--access-log needs - (standard error) or a file path");
  int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0) {
    return Status::Unavailable("cannot open the access log " + target + ": " + std::strerror(errno));
  }
  return std::unique_ptr<AccessLog>(new AccessLog(fd, true));
}

AccessLog::AccessLog(int fd, bool owns_fd) : fd_(fd), owns_fd_(owns_fd), writer_([this] { RunWriter(); }) {}

AccessLog::~AccessLog() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  writer_.join();
  if (owns_fd_) ::close(fd_);
}

void AccessLog::Write(const AccessRecord& record) {
  std::string line = AccessLogLine(record);
  line += '\n';
  bool was_empty = false;
  {
    std::lock_guard lock(mutex_);
    if (buffer_.size() + line.size() > kMaxBuffered) {
      ++dropped_;
      dropped_total_.fetch_add(1, std::memory_order_relaxed);
      return;
    }
    was_empty = buffer_.empty();
    buffer_ += line;
  }
  if (was_empty) wake_.notify_one();  // the writer sleeps only on an empty buffer
}

void AccessLog::RunWriter() {
  std::string out;
  for (;;) {
    std::uint64_t dropped = 0;
    bool stopping = false;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !buffer_.empty(); });
      out.swap(buffer_);
      dropped = std::exchange(dropped_, 0);
      stopping = stopping_;
    }
    if (dropped > 0) {
      nlohmann::ordered_json note;
      note["time"] = UtcTimestamp(NowUnixMs(), true);
      note["dropped_lines"] = dropped;
      out += note.dump() + "\n";
    }
    WriteAll(fd_, out);
    out.clear();
    if (stopping) {
      std::lock_guard lock(mutex_);
      if (buffer_.empty()) return;
    }
  }
}

}  // namespace platewise::http
