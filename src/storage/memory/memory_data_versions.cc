// DataVersions of the in-memory store: the stamps MemoryState keeps, moved by
// the repositories under the store's one lock.

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

class MemoryDataVersions final : public DataVersions {
 public:
  explicit MemoryDataVersions(State state) : s_(std::move(state)) {}

  Result<std::uint64_t> UserVersion(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    return s_->UserStamp(owner);
  }

  Result<std::uint64_t> FoodsVersion() override {
    std::lock_guard lock(s_->mutex);
    return s_->foods_stamp;
  }

 private:
  State s_;
};

}  // namespace

std::unique_ptr<DataVersions> MakeDataVersions(State state) {
  return std::make_unique<MemoryDataVersions>(std::move(state));
}

}  // namespace platewise::memory
