#include "storage/memory/memory_state.h"

#include <algorithm>

namespace platewise::memory {

MemoryState::MemoryState() { users[kLocalUser] = StoredUser{kLocalUser, "", ""}; }

Status NoFoodWithId(const std::string& id) { return Status::NotFound("no food with id \"" + id + "\""); }

Status MemoryState::RequireUser(UserId owner) const {
  if (users.count(owner) == 0) return Status::Conflict("no account with id " + std::to_string(owner));
  return Status::Ok();
}

const FoodRow* MemoryState::VisibleFood(UserId viewer, const std::string& id) const {
  auto it = foods.find(id);
  if (it == foods.end()) return nullptr;
  if (it->second.owner != 0 && it->second.owner != viewer) return nullptr;
  return &it->second;
}

Status MemoryState::CheckNutrientKeys(const NutrientValues& values, const std::vector<Nutrient>& extra) const {
  auto known = [&](const std::string& key) {
    auto same = [&](const Nutrient& n) { return n.key == key; };
    return std::any_of(nutrients.begin(), nutrients.end(), same) || std::any_of(extra.begin(), extra.end(), same);
  };
  for (const auto& [key, amount] : values.all()) {
    if (!known(key)) return Status::InvalidArgument("unknown nutrient \"" + key + "\"");
  }
  return Status::Ok();
}

bool MemoryState::FoodInUse(const std::string& food_id) const {
  for (const auto& [id, e] : entries) {
    if (e.row.food_id == food_id) return true;
  }
  for (const auto& [id, f] : foods) {
    if (!f.recipe) continue;
    for (const RecipeIngredient& in : f.recipe->ingredients) {
      if (in.food_id == food_id) return true;
    }
  }
  return false;
}

void MemoryState::EraseFood(const std::string& food_id) {
  foods.erase(food_id);
  for (auto& [owner, list] : favourites) {
    std::erase_if(list, [&](const FavouriteRow& f) { return f.food_id == food_id; });
  }
}

}  // namespace platewise::memory
