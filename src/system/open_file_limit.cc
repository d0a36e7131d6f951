#include "system/open_file_limit.h"

#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

namespace platewise {
namespace {

std::string Text(rlim_t limit) { return limit == RLIM_INFINITY ? "unlimited" : std::to_string(limit); }

// The most descriptors the kernel lets a process have (fs.nr_open), or 0.
rlim_t KernelCeiling() {
  std::ifstream in("/proc/sys/fs/nr_open");
  unsigned long long n = 0;
  return in >> n ? static_cast<rlim_t>(n) : 0;
}

}  // namespace

Status RaiseOpenFileLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
    return Status::Unavailable(std::string("cannot read the open file limit: ") + std::strerror(errno));
  }
  if (limit.rlim_cur == limit.rlim_max) return Status::Ok();
  rlimit raised{limit.rlim_max, limit.rlim_max};
  if (setrlimit(RLIMIT_NOFILE, &raised) == 0) return Status::Ok();
  int error = errno;
  // Linux refuses more than fs.nr_open, which an unlimited hard limit is.
  if (rlim_t ceiling = KernelCeiling(); ceiling > limit.rlim_cur && ceiling < limit.rlim_max) {
    raised.rlim_cur = ceiling;
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) return Status::Ok();
    error = errno;
  }
  return Status::Unavailable("cannot raise the open file limit from " + Text(limit.rlim_cur) + " to " +
                             Text(limit.rlim_max) + ": " + std::strerror(error));
}

}  // namespace platewise
