#ifndef PLATEWISE_CORE_PORTS_NOTIFICATION_READS_H_
#define PLATEWISE_CORE_PORTS_NOTIFICATION_READS_H_

#include <set>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"  // UserId
#include "core/status.h"

namespace platewise {

// Which notifications (by id, see core/engagement/notifications.h) an owner
// has read. Scoped to one owner per call. Thread-safe.
class NotificationReads {
 public:
  virtual ~NotificationReads() = default;
  // The owner's read ids (a set: sorted, each once); empty at first.
  virtual Result<std::set<std::string>> ReadIds(UserId owner) = 0;
  // Marks the ids read (ids already read stay as they are), in one
  // transaction. An empty list changes nothing.
  virtual Status MarkRead(UserId owner, const std::vector<std::string>& ids) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_NOTIFICATION_READS_H_
