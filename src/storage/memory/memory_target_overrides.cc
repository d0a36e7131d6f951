// NutrientTargetOverrides in memory: each owner's own targets by key.

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

class MemoryTargetOverrides final : public NutrientTargetOverrides {
 public:
  explicit MemoryTargetOverrides(State state) : s_(std::move(state)) {}

  Result<std::vector<TargetOverride>> List(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    std::vector<TargetOverride> out;
    auto it = s_->target_overrides.find(owner);
    if (it == s_->target_overrides.end()) return out;
    for (const auto& [key, o] : it->second) out.push_back(o);
    return out;
  }

  Status Put(UserId owner, const TargetOverride& o) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    s_->target_overrides[owner][o.key] = o;
    return Status::Ok();
  }

  Result<bool> Remove(UserId owner, const std::string& key) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->target_overrides.find(owner);
    if (it == s_->target_overrides.end()) return false;
    return it->second.erase(key) > 0;
  }

 private:
  State s_;
};

}  // namespace

std::unique_ptr<NutrientTargetOverrides> MakeTargetOverrides(State state) {
  return std::make_unique<MemoryTargetOverrides>(std::move(state));
}

}  // namespace platewise::memory
