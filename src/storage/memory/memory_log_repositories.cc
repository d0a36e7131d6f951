// WaterLog, ExerciseLog and WeightLog in memory: small per-day logs, scoped
// to their owner (another owner's row is NotFound).

#include <algorithm>
#include <tuple>

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

// Erases the owner's row `id`; NotFound when the owner has none.
template <typename Row>
Status EraseOwnedRow(std::map<std::int64_t, Owned<Row>>& table, UserId owner, std::int64_t id, const char* what) {
  auto it = table.find(id);
  if (it == table.end() || it->second.owner != owner) {
    return Status::NotFound(std::string("no ") + what + " with id " + std::to_string(id));
  }
  table.erase(it);
  return Status::Ok();
}

// Every row of the owner, by date then id.
template <typename Row>
std::vector<Row> ByDateThenId(const std::map<std::int64_t, Owned<Row>>& table, UserId owner) {
  std::vector<Row> out;
  for (const auto& [id, r] : table) {
    if (r.owner == owner) out.push_back(r.row);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Row& x, const Row& y) { return std::tie(x.date, x.id) < std::tie(y.date, y.id); });
  return out;
}

class MemoryWaterLog final : public WaterLog {
 public:
  explicit MemoryWaterLog(State state) : s_(std::move(state)) {}
  Result<WaterEntry> Add(UserId owner, const WaterEntry& entry) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    WaterEntry stored = entry;
    stored.id = s_->next_water++;
    s_->water[stored.id] = {owner, stored};
    s_->MoveUserStamp(owner);
    return stored;
  }
  Status Delete(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(EraseOwnedRow(s_->water, owner, id, "water entry"));
    s_->MoveUserStamp(owner);
    return Status::Ok();
  }
  Result<std::vector<WaterEntry>> ListAll(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    return ByDateThenId(s_->water, owner);
  }

 private:
  State s_;
};

class MemoryExerciseLog final : public ExerciseLog {
 public:
  explicit MemoryExerciseLog(State state) : s_(std::move(state)) {}
  Result<ExerciseEntry> Add(UserId owner, const ExerciseEntry& entry) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    ExerciseEntry stored = entry;
    stored.id = s_->next_exercise++;
    s_->exercise[stored.id] = {owner, stored};
    s_->MoveUserStamp(owner);
    return stored;
  }
  Status Delete(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(EraseOwnedRow(s_->exercise, owner, id, "exercise entry"));
    s_->MoveUserStamp(owner);
    return Status::Ok();
  }
  Result<std::vector<ExerciseEntry>> ListAll(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    return ByDateThenId(s_->exercise, owner);
  }

 private:
  State s_;
};

// One weight per owner and date: a second Put for the date replaces the
// weight of the first row, which keeps its id.
class MemoryWeightLog final : public WeightLog {
 public:
  explicit MemoryWeightLog(State state) : s_(std::move(state)) {}
  Result<WeightEntry> Put(UserId owner, const WeightEntry& entry) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    for (auto& [id, r] : s_->weights) {
      if (r.owner == owner && r.row.date == entry.date) {
        r.row.weight = entry.weight;
        return r.row;
      }
    }
    WeightEntry stored = entry;
    stored.id = s_->next_weight++;
    s_->weights[stored.id] = {owner, stored};
    return stored;
  }
  Result<std::vector<WeightEntry>> List(UserId owner, std::optional<CivilDate> from,
                                        std::optional<CivilDate> to) override {
    std::lock_guard lock(s_->mutex);
    std::vector<WeightEntry> out;
    for (const WeightEntry& w : ByDateThenId(s_->weights, owner)) {
      if ((!from || w.date >= *from) && (!to || w.date <= *to)) out.push_back(w);
    }
    return out;
  }
  Status Delete(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    return EraseOwnedRow(s_->weights, owner, id, "weight entry");
  }

 private:
  State s_;
};

}  // namespace

std::unique_ptr<WaterLog> MakeWaterLog(State state) { return std::make_unique<MemoryWaterLog>(std::move(state)); }
std::unique_ptr<ExerciseLog> MakeExerciseLog(State state) {
  return std::make_unique<MemoryExerciseLog>(std::move(state));
}
std::unique_ptr<WeightLog> MakeWeightLog(State state) { return std::make_unique<MemoryWeightLog>(std::move(state)); }

}  // namespace platewise::memory
