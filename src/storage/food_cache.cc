#include "storage/food_cache.h"

#include <mutex>

namespace platewise {

std::optional<FoodCache::Entry> FoodCache::Find(const std::string& id) const {
  std::shared_lock lock(mutex_);
  auto it = entries_.find(id);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

void FoodCache::Put(const std::string& id, Entry entry) {
  std::unique_lock lock(mutex_);
  if (entries_.size() >= capacity_ && !entries_.count(id)) entries_.erase(entries_.begin());
  entries_[id] = std::move(entry);
}

void FoodCache::Erase(const std::string& id) {
  std::unique_lock lock(mutex_);
  entries_.erase(id);
}

void FoodCache::EraseOwner(UserId owner) {
  std::unique_lock lock(mutex_);
  std::erase_if(entries_, [owner](const auto& kv) { return kv.second.owner == owner; });
}

void FoodCache::Clear() {
  std::unique_lock lock(mutex_);
  entries_.clear();
}

}  // namespace platewise
