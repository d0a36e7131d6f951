#include "search/index_follower.h"

#include <map>
#include <memory>
#include <string>
#include <unordered_set>

#include "search/searchable_food.h"

namespace platewise::search {
namespace {

class Follower {
 public:
  Follower(FoodIndex& index, FoodRepository& foods) : index_(index), foods_(foods) {}

  void Changed(const FoodChange& change) {
    switch (change.kind) {
      case FoodChange::Kind::kFoodChanged:
        unread_[change.food_id] = change.owner;
        break;
      case FoodChange::Kind::kFoodLogged:
        index_.RecordLog(change.owner, change.food_id);
        break;
      case FoodChange::Kind::kOwnerRemoved:
        index_.RemoveOwner(change.owner);
        break;
    }
    ReadUnread();
  }

  void Missed() {
    auto listings = foods_.ListFoodListings();
    if (!listings.ok()) return;  // unread_ stays; the feed calls again after its next loss
    std::unordered_set<std::string> stored;
    for (const FoodListing& l : *listings) {
      if (l.owner == 0) continue;
      auto food = Searchable(l);
      if (!food) continue;
      stored.insert(l.id);
      index_.Upsert(*food);
    }
    for (const std::string& id : index_.PrivateIds()) {
      if (!stored.contains(id)) index_.Remove(id);
    }
    unread_.clear();
  }

 private:
  // Reads every food whose change is not yet applied; keeps those the store
  // failed to give.
  void ReadUnread() {
    for (auto it = unread_.begin(); it != unread_.end();) {
      auto food = foods_.GetFood(it->first);
      if (food.ok() && *food && it->second != 0) {
        if (auto indexed = Searchable(**food, it->second)) index_.Upsert(*indexed);
      } else if (food.ok() || food.status().code() == StatusCode::kNotFound) {
        index_.Remove(it->first);  // gone
      } else {
        ++it;
        continue;
      }
      it = unread_.erase(it);
    }
  }

  FoodIndex& index_;
  FoodRepository& foods_;
  std::map<std::string, UserId> unread_;  // food id -> owner: changed, not yet read
};

}  // namespace

FoodChangeFeed::Handlers FollowFoodChanges(FoodIndex& index, FoodRepository& foods) {
  auto follower = std::make_shared<Follower>(index, foods);
  return {[follower](const FoodChange& change) { follower->Changed(change); },
          [follower] { follower->Missed(); }};
}

}  // namespace platewise::search
