#include "core/food/foods_of_entries.h"

namespace platewise {

Status AddFood(FoodRepository& repo, const std::string& id, FoodsById& foods) {
  if (foods.count(id)) return Status::Ok();
  auto food = repo.GetFood(id);
  if (!food.ok()) {
    if (food.status().code() != StatusCode::kNotFound) return food.status();
    return Status::Internal("stored rows name food " + id + ", which the store does not have");
  }
  foods.emplace(id, std::move(*food));
  return Status::Ok();
}

Result<FoodsById> FoodsOfEntries(FoodRepository& repo, const std::vector<DiaryEntry>& entries) {
  FoodsById foods;
  for (const DiaryEntry& e : entries) PW_RETURN_IF_ERROR(AddFood(repo, e.food_id, foods));
  return foods;
}

}  // namespace platewise
