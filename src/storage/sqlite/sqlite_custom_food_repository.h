#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_CUSTOM_FOOD_REPOSITORY_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_CUSTOM_FOOD_REPOSITORY_H_

#include <memory>

#include "core/ports/custom_food_repository.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteCustomFoodRepository final : public CustomFoodRepository {
 public:
  explicit SqliteCustomFoodRepository(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<Food> CreateFood(UserId owner, const Food& food) override;
  Result<Food> CreateRecipe(UserId owner, const Food& food, const Recipe& recipe) override;
  Result<std::vector<Food>> ListFoods(UserId owner) override;
  Result<Recipe> GetRecipe(UserId owner, const std::string& food_id) override;
  Status DeleteFood(UserId owner, const std::string& food_id) override;

 private:
  // REQUIRES: lock held, inside a transaction.
  Result<Food> InsertLocked(UserId owner, Food food);
  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_CUSTOM_FOOD_REPOSITORY_H_
