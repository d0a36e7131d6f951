#include "storage/caching/caching_foods.h"

#include "storage/caching/cache_stats.h"

namespace platewise {

Result<ImportOutcome> CachingFoodRepository::StreamDataset(const DatasetInfo& info, const FoodFeed& feed) {
  auto outcome = inner_->StreamDataset(info, feed);
  known_->foods.AfterWrite(KnownVersions::kFoods);
  return outcome;
}

Result<SharedFood> CachingFoodRepository::GetFood(const std::string& id) {
  const std::optional<std::uint64_t> current = known_->foods.Current(KnownVersions::kFoods);
  CacheCounter& counter = ProcessCacheStats().foods;
  if (!current) {
    counter.Miss();
    return inner_->GetFood(id);
  }
  if (auto hit = foods_.Find(id); hit && hit->tag == *current) {
    counter.Hit();
    return hit->food;
  }
  counter.Miss();
  auto shared = inner_->GetVisibleFood(kNoOne, id);
  if (shared.ok()) {
    foods_.Put(id, {*shared, kNoOne, *current});
    return shared;
  }
  if (shared.status().code() != StatusCode::kNotFound) return shared;
  auto any = inner_->GetFood(id);  // a custom food or recipe: its owner is not learnt here
  if (any.ok()) foods_.Put(id, {*any, std::nullopt, *current});
  return any;
}

Result<SharedFood> CachingFoodRepository::GetVisibleFood(UserId viewer, const std::string& id) {
  const std::optional<std::uint64_t> current = known_->foods.Current(KnownVersions::kFoods);
  CacheCounter& counter = ProcessCacheStats().foods;
  if (!current) {
    counter.Miss();
    return inner_->GetVisibleFood(viewer, id);
  }
  std::optional<Cached> hit = foods_.Find(id);
  if (hit && hit->tag != *current) hit.reset();
  if (hit && hit->owner && (*hit->owner == kNoOne || *hit->owner == viewer)) {
    counter.Hit();
    return hit->food;
  }
  counter.Miss();
  if (!hit) {  // nothing learnt of this id under the current stamp: is it shared?
    auto shared = inner_->GetVisibleFood(kNoOne, id);
    if (shared.ok()) {
      foods_.Put(id, {*shared, kNoOne, *current});
      return shared;
    }
    if (shared.status().code() != StatusCode::kNotFound) return shared;
  }
  // Not shared: the viewer's own, or NotFound.
  auto own = inner_->GetVisibleFood(viewer, id);
  if (own.ok()) foods_.Put(id, {*own, viewer, *current});
  return own;
}

Result<std::vector<SharedFood>> CachingFoodRepository::ListFoodsInGroups(const std::vector<std::string>& groups) {
  const std::optional<std::uint64_t> current = known_->foods.Current(KnownVersions::kFoods);
  if (!current) return inner_->ListFoodsInGroups(groups);
  {
    std::lock_guard lock(pools_mutex_);
    if (auto it = pools_.find(groups); it != pools_.end() && it->second.tag == *current) return it->second.foods;
  }
  auto foods = inner_->ListFoodsInGroups(groups);
  if (foods.ok()) {
    std::lock_guard lock(pools_mutex_);
    if (pools_.size() >= 64 && !pools_.count(groups)) pools_.clear();  // group lists come from code: a few
    pools_[groups] = {*foods, *current};
  }
  return foods;
}

Status CachingCustomFoodRepository::DeleteFood(UserId owner, const std::string& food_id) {
  Status s = inner_->DeleteFood(owner, food_id);
  known_->foods.AfterWrite(KnownVersions::kFoods);
  return s;
}

}  // namespace platewise
