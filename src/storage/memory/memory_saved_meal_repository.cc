// SavedMealRepository in memory: each owner's saved meals by id.

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

Status NoSavedMeal(std::int64_t id) { return Status::NotFound("no saved meal with id " + std::to_string(id)); }

class MemorySavedMealRepository final : public SavedMealRepository {
 public:
  explicit MemorySavedMealRepository(State state) : s_(std::move(state)) {}

  Result<SavedMeal> CreateSavedMeal(UserId owner, const SavedMeal& meal) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    PW_RETURN_IF_ERROR(NameFree(owner, meal.name, 0));
    SavedMeal stored = meal;
    stored.id = s_->next_saved_meal++;
    s_->saved_meals[stored.id] = {owner, stored};
    return stored;
  }

  Result<SavedMeal> GetSavedMeal(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->saved_meals.find(id);
    if (it == s_->saved_meals.end() || it->second.owner != owner) return NoSavedMeal(id);
    return it->second.row;
  }

  Result<std::vector<SavedMeal>> ListSavedMeals(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    std::vector<SavedMeal> out;
    for (const auto& [id, m] : s_->saved_meals) {
      if (m.owner == owner) out.push_back(m.row);
    }
    return out;
  }

  Result<SavedMeal> RenameSavedMeal(UserId owner, std::int64_t id, const std::string& name) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->saved_meals.find(id);
    if (it == s_->saved_meals.end() || it->second.owner != owner) return NoSavedMeal(id);
    PW_RETURN_IF_ERROR(NameFree(owner, name, id));
    it->second.row.name = name;
    return it->second.row;
  }

  Status DeleteSavedMeal(UserId owner, std::int64_t id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->saved_meals.find(id);
    if (it == s_->saved_meals.end() || it->second.owner != owner) return NoSavedMeal(id);
    s_->saved_meals.erase(it);
    return Status::Ok();
  }

 private:
  // Conflict when another of the owner's meals (not `except`) has the name,
  // byte for byte, as the SQL stores' unique index. REQUIRES: mutex held.
  Status NameFree(UserId owner, const std::string& name, std::int64_t except) const {
    for (const auto& [id, m] : s_->saved_meals) {
      if (m.owner == owner && id != except && m.row.name == name) {
        return Status::Conflict("a saved meal named \"" + name + "\" exists");
      }
    }
    return Status::Ok();
  }

  State s_;
};

}  // namespace

std::unique_ptr<SavedMealRepository> MakeSavedMealRepository(State state) {
  return std::make_unique<MemorySavedMealRepository>(std::move(state));
}

}  // namespace platewise::memory
