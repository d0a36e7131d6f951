#ifndef PLATEWISE_SYSTEM_OPEN_FILE_LIMIT_H_
#define PLATEWISE_SYSTEM_OPEN_FILE_LIMIT_H_

// The process's limit on open file descriptors (RLIMIT_NOFILE). Every
// connection `serve` holds takes one, and the usual soft limit (1024 on
// Debian) is far below the hard one (524288 under systemd).

#include "core/status.h"

namespace platewise {

// Raises the soft limit to the hard limit (when the hard limit is unlimited,
// to the kernel's ceiling, /proc/sys/fs/nr_open). Ok when raised or already
// there; otherwise Unavailable saying why, and the limit is left as it was.
Status RaiseOpenFileLimit();

}  // namespace platewise

#endif  // PLATEWISE_SYSTEM_OPEN_FILE_LIMIT_H_
