#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_SAVED_MEAL_REPOSITORY_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_SAVED_MEAL_REPOSITORY_H_

#include <memory>

#include "core/ports/saved_meal_repository.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

// Tables saved_meals and saved_meal_items (migration 16).
class SqliteSavedMealRepository final : public SavedMealRepository {
 public:
  explicit SqliteSavedMealRepository(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<SavedMeal> CreateSavedMeal(UserId owner, const SavedMeal& meal) override;
  Result<SavedMeal> GetSavedMeal(UserId owner, std::int64_t id) override;
  Result<std::vector<SavedMeal>> ListSavedMeals(UserId owner) override;
  Result<SavedMeal> RenameSavedMeal(UserId owner, std::int64_t id, const std::string& name) override;
  Status DeleteSavedMeal(UserId owner, std::int64_t id) override;

 private:
  // The owner's meals (only `id`, when given), each with its items.
  // REQUIRES: the connection lock is held.
  Result<std::vector<SavedMeal>> SelectLocked(UserId owner, std::optional<std::int64_t> id);

  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_SAVED_MEAL_REPOSITORY_H_
