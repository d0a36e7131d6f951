#include "storage/faulty/faulty_store.h"

#include "storage/faulty/faulty_ports.h"

namespace platewise {

Status DatabaseBusy() { return Status::Unavailable("database is busy"); }
Status DiskFull() { return Status::Unavailable("database or disk is full"); }
Status ConstraintFailed() { return Status::Conflict("constraint failed"); }

void StoreFaults::FailNextWrites(Status error, int count) {
  std::lock_guard lock(mutex_);
  armed_.push_back({std::nullopt, true, std::move(error), count});
}

void StoreFaults::FailNextWritesTo(FaultPort port, Status error, int count) {
  std::lock_guard lock(mutex_);
  armed_.push_back({port, true, std::move(error), count});
}

void StoreFaults::FailNextReads(Status error, int count) {
  std::lock_guard lock(mutex_);
  armed_.push_back({std::nullopt, false, std::move(error), count});
}

void StoreFaults::Clear() {
  std::lock_guard lock(mutex_);
  armed_.clear();
}

int StoreFaults::injected() const {
  std::lock_guard lock(mutex_);
  return injected_;
}

Status StoreFaults::Take(FaultPort port, bool write) {
  std::lock_guard lock(mutex_);
  for (auto it = armed_.begin(); it != armed_.end(); ++it) {
    if (it->write != write || (it->port && *it->port != port) || it->remaining <= 0) continue;
    Status error = it->error;
    if (--it->remaining == 0) armed_.erase(it);
    ++injected_;
    return error;
  }
  return Status::Ok();
}

namespace {

// The inner store's stamps, passed through: reading a stamp is no write and
// is not armed, so a faulty store can still be cached (storage/caching/).
class ForwardedVersions final : public DataVersions {
 public:
  explicit ForwardedVersions(std::shared_ptr<Store> inner) : inner_(std::move(inner)) {}
  Result<std::uint64_t> UserVersion(UserId owner) override { return inner_->versions->UserVersion(owner); }
  Result<std::uint64_t> FoodsVersion() override { return inner_->versions->FoodsVersion(); }
  Result<UserAndFoodsVersions> BothVersions(UserId owner) override { return inner_->versions->BothVersions(owner); }

 private:
  std::shared_ptr<Store> inner_;
};

}  // namespace

std::unique_ptr<Store> MakeFaultyStore(std::unique_ptr<Store> inner, std::shared_ptr<StoreFaults> faults) {
  faulty::Shared shared{std::shared_ptr<Store>(std::move(inner)), std::move(faults)};
  auto out = std::make_unique<Store>();
  faulty::WrapFoodPorts(shared, *out);
  faulty::WrapDiaryPorts(shared, *out);
  faulty::WrapAccountPorts(shared, *out);
  if (shared.inner->versions) out->versions = std::make_unique<ForwardedVersions>(shared.inner);
  out->food_changes = std::move(shared.inner->food_changes);  // reading changes is no write: never armed
  return out;
}

}  // namespace platewise
