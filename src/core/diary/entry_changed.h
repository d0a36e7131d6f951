#ifndef PLATEWISE_CORE_DIARY_ENTRY_CHANGED_H_
#define PLATEWISE_CORE_DIARY_ENTRY_CHANGED_H_

#include <cstdint>
#include <string>

#include "core/status.h"

namespace platewise {

// The one answer to an edit of a diary entry made against a version it no
// longer has (DiaryRepository::UpdateEntry's expected version, HTTP's
// If-Match): PreconditionFailed, naming the entry and its version now.
inline Status EntryChanged(std::int64_t id, std::int64_t current_version) {
  return Status::PreconditionFailed("diary entry " + std::to_string(id) +
                                    " has changed since it was read (it is now version " +
                                    std::to_string(current_version) + "); read it again and redo the edit");
}

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_ENTRY_CHANGED_H_
