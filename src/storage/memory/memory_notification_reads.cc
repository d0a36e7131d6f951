// NotificationReads in memory: the ids of the notifications each owner read.

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

class MemoryNotificationReads final : public NotificationReads {
 public:
  explicit MemoryNotificationReads(State state) : s_(std::move(state)) {}

  Result<std::set<std::string>> ReadIds(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->notification_reads.find(owner);
    if (it == s_->notification_reads.end()) return std::set<std::string>{};
    return it->second;
  }

  Status MarkRead(UserId owner, const std::vector<std::string>& ids) override {
    std::lock_guard lock(s_->mutex);
    if (ids.empty()) return Status::Ok();
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    s_->notification_reads[owner].insert(ids.begin(), ids.end());
    return Status::Ok();
  }

 private:
  State s_;
};

}  // namespace

std::unique_ptr<NotificationReads> MakeNotificationReads(State state) {
  return std::make_unique<MemoryNotificationReads>(std::move(state));
}

}  // namespace platewise::memory
