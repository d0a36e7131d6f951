#include "http/accept_backoff.h"

#include <algorithm>
#include <cerrno>

namespace platewise::http {
namespace {

constexpr int kCounted = 64;  // failures past this many wait no longer

}  // namespace

AcceptBackoff::Retry AcceptBackoff::Failed(int error_number, const std::string& message,
                                           std::uint64_t open_file_limit) {
  Retry retry{kFirstWait, std::nullopt};
  for (int i = 0; i < failures_ && retry.wait < kLongestWait; ++i) retry.wait *= 2;
  retry.wait = std::min(retry.wait, kLongestWait);
  const bool first = failures_ == 0;
  if (failures_ < kCounted) ++failures_;
  if (!first) return retry;
  constexpr char kNotAccepting[] = ": not accepting new connections until one closes";
  switch (error_number) {
    case EMFILE:
    case ENFILE:
      retry.log = "platewise: out of file descriptors (limit " + std::to_string(open_file_limit) + ")" + kNotAccepting;
      break;
    case ENOBUFS:
    case ENOMEM:
      retry.log = "platewise: out of memory for connections (" + message + ")" + kNotAccepting;
      break;
    default:
      retry.log = "platewise: cannot accept connections (" + message + "): trying again";
  }
  return retry;
}

std::optional<std::string> AcceptBackoff::Succeeded() {
  if (failures_ == 0) return std::nullopt;
  failures_ = 0;
  return "platewise: accepting new connections again";
}

}  // namespace platewise::http
