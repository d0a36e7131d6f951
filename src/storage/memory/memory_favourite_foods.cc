// FavouriteFoods in memory: each owner's favourites, newest first. Adding a
// favourite again keeps its first place; deleting the food removes it.

#include <algorithm>

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

class MemoryFavouriteFoods final : public FavouriteFoods {
 public:
  explicit MemoryFavouriteFoods(State state) : s_(std::move(state)) {}

  Status Add(UserId owner, const std::string& food_id) override {
    std::lock_guard lock(s_->mutex);
    if (!s_->VisibleFood(owner, food_id)) return NoFoodWithId(food_id);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    std::vector<FavouriteRow>& list = s_->favourites[owner];
    std::int64_t newest = 0;
    for (const FavouriteRow& f : list) {
      if (f.food_id == food_id) return Status::Ok();
      newest = std::max(newest, f.added);
    }
    list.push_back({food_id, newest + 1});
    return Status::Ok();
  }

  Status Remove(UserId owner, const std::string& food_id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->favourites.find(owner);
    if (it == s_->favourites.end() ||
        std::erase_if(it->second, [&](const FavouriteRow& f) { return f.food_id == food_id; }) == 0) {
      return Status::NotFound("food \"" + food_id + "\" is not a favourite");
    }
    return Status::Ok();
  }

  Result<std::vector<std::string>> List(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    std::vector<FavouriteRow> rows;
    if (auto it = s_->favourites.find(owner); it != s_->favourites.end()) rows = it->second;
    std::sort(rows.begin(), rows.end(), [](const FavouriteRow& x, const FavouriteRow& y) { return x.added > y.added; });
    std::vector<std::string> out;
    for (const FavouriteRow& f : rows) out.push_back(f.food_id);
    return out;
  }

 private:
  State s_;
};

}  // namespace

std::unique_ptr<FavouriteFoods> MakeFavouriteFoods(State state) {
  return std::make_unique<MemoryFavouriteFoods>(std::move(state));
}

}  // namespace platewise::memory
