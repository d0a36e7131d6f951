// SupplementRepository in memory: a user's supplement products and doses.

#include <algorithm>
#include <tuple>

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

class MemorySupplementRepository final : public SupplementRepository {
 public:
  explicit MemorySupplementRepository(State state) : s_(std::move(state)) {}

  Result<Supplement> AddSupplement(UserId owner, const Supplement& supplement) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    Supplement stored = supplement;
    stored.id = s_->next_supplement++;
    s_->supplements[stored.id] = {owner, stored};
    return stored;
  }

  Result<Supplement> GetSupplement(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    return GetLocked(owner, id);
  }

  Result<std::vector<Supplement>> ListSupplements(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    std::vector<Supplement> out;
    for (const auto& [id, r] : s_->supplements) {
      if (r.owner == owner) out.push_back(r.row);
    }
    return out;
  }

  Result<SupplementDose> LogDose(UserId owner, const SupplementDose& dose) override {
    std::lock_guard lock(s_->mutex);
    auto exists = GetLocked(owner, dose.supplement_id);
    if (!exists.ok()) return exists.status();
    SupplementDose stored = dose;
    stored.id = s_->next_dose++;
    s_->doses[stored.id] = {owner, stored};
    return stored;
  }

  Result<std::vector<SupplementDose>> ListDoses(UserId owner, const CivilDate& from, const CivilDate& to) override {
    std::lock_guard lock(s_->mutex);
    std::vector<SupplementDose> out;
    for (const auto& [id, r] : s_->doses) {
      if (r.owner == owner && r.row.date >= from && r.row.date <= to) out.push_back(r.row);
    }
    std::stable_sort(out.begin(), out.end(), [](const SupplementDose& x, const SupplementDose& y) {
      return std::tie(x.date, x.id) < std::tie(y.date, y.id);
    });
    return out;
  }

  Status DeleteSupplement(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    auto exists = GetLocked(owner, id);
    if (!exists.ok()) return exists.status();
    s_->supplements.erase(id);
    std::erase_if(s_->doses, [&](const auto& kv) { return kv.second.row.supplement_id == id; });
    return Status::Ok();
  }

  Status DeleteDose(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->doses.find(id);
    if (it == s_->doses.end() || it->second.owner != owner) {
      return Status::NotFound("no supplement dose with id " + std::to_string(id));
    }
    s_->doses.erase(it);
    return Status::Ok();
  }

 private:
  Result<Supplement> GetLocked(UserId owner, std::int64_t id) const {
    auto it = s_->supplements.find(id);
    if (it == s_->supplements.end() || it->second.owner != owner) {
      return Status::NotFound("no supplement with id " + std::to_string(id));
    }
    return it->second.row;
  }

  State s_;
};

}  // namespace

std::unique_ptr<SupplementRepository> MakeSupplementRepository(State state) {
  return std::make_unique<MemorySupplementRepository>(std::move(state));
}

}  // namespace platewise::memory
