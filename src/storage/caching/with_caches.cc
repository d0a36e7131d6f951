#include "storage/caching/with_caches.h"

#include "storage/caching/caching_accounts.h"
#include "storage/caching/caching_diary.h"
#include "storage/caching/caching_foods.h"
#include "storage/caching/caching_profiles.h"
#include "storage/caching/known_versions.h"

namespace platewise {
namespace {

// The outer store's `versions`: the same stamps the caches read.
class SharedDataVersions final : public DataVersions {
 public:
  explicit SharedDataVersions(std::shared_ptr<DataVersions> inner) : inner_(std::move(inner)) {}
  Result<std::uint64_t> UserVersion(UserId owner) override { return inner_->UserVersion(owner); }
  Result<std::uint64_t> FoodsVersion() override { return inner_->FoodsVersion(); }
  Result<UserAndFoodsVersions> BothVersions(UserId owner) override { return inner_->BothVersions(owner); }

 private:
  std::shared_ptr<DataVersions> inner_;
};

}  // namespace

std::unique_ptr<Store> WithCaches(std::unique_ptr<Store> inner, CacheOptions options) {
  if (!inner || !inner->versions) return inner;
  std::shared_ptr<DataVersions> versions = std::move(inner->versions);
  auto known = std::make_shared<KnownVersions>(versions, options.stamp_refresh);
  auto store = std::make_unique<Store>();
  store->foods = std::make_unique<CachingFoodRepository>(std::move(inner->foods), known);
  store->diary = std::make_unique<CachingDiaryRepository>(std::move(inner->diary), known);
  auto profiles = std::make_unique<CachingProfiles>(std::move(inner->profiles), inner->profile_settings, known);
  store->profile_settings = profiles.get();
  store->profiles = std::move(profiles);
  store->accounts = std::make_unique<CachingAccountRepository>(std::move(inner->accounts), known);
  store->custom_foods = std::make_unique<CachingCustomFoodRepository>(std::move(inner->custom_foods), known);
  store->water = std::make_unique<CachingWaterLog>(std::move(inner->water), known);
  store->exercise = std::make_unique<CachingExerciseLog>(std::move(inner->exercise), known);
  store->supplements = std::move(inner->supplements);
  store->saved_meals = std::move(inner->saved_meals);  // not cached: read only when listed or added
  store->weights = std::move(inner->weights);
  store->favourites = std::move(inner->favourites);
  store->notification_reads = std::move(inner->notification_reads);
  store->target_overrides = std::move(inner->target_overrides);  // not cached: read once a report
  store->import_jobs = std::move(inner->import_jobs);  // not cached: progress is read as it moves
  // Not cached: every server must see every other's counts at once.
  store->login_attempts = std::move(inner->login_attempts);
  // Not cached: the diary and food caches see its writes through the stamps.
  store->history_imports = std::move(inner->history_imports);
  store->versions = std::make_unique<SharedDataVersions>(std::move(versions));
  store->food_changes = std::move(inner->food_changes);
  return store;
}

}  // namespace platewise
