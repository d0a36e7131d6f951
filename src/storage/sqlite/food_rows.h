#ifndef PLATEWISE_STORAGE_SQLITE_FOOD_ROWS_H_
#define PLATEWISE_STORAGE_SQLITE_FOOD_ROWS_H_

// Reading and writing one food with its nutrients and portions, shared by the
// food and custom-food repositories. REQUIRES: the connection lock is held.
//
// Visibility: a food with owner_id NULL is shared (USDA data); one with an
// owner is that user's custom food or recipe and visible to nobody else.

#include <optional>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/food/food.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

// The food `id` if `viewer` may see it (nullopt viewer: any food). NotFound
// otherwise, with the same message whether it is missing or someone else's
// (NoFoodWithId). `owner`, when given, receives the food's owner (0: shared).
Result<Food> ReadFood(Database& db, const std::string& id, std::optional<UserId> viewer, UserId* owner = nullptr);
Status NoFoodWithId(const std::string& id);
// Appends the first column of every row `sel` gives (a query of food ids).
Status StepIds(Statement& sel, std::vector<std::string>& ids);
// The foods of `ids` (any owner), in that order, as the repositories hand
// them out. NotFound when one is missing.
Result<std::vector<SharedFood>> ReadSharedFoods(Database& db, const std::vector<std::string>& ids);

// The id for a new custom food: "c" + the next number of a counter, so a
// deleted food's id is never given to another food. Its two statements
// (each run once per new food, so each must be a lookup by key):
inline constexpr char kNextCustomNumberSql[] =
    "UPDATE custom_food_numbers SET last = last + 1 WHERE id = 1 RETURNING last";
inline constexpr char kFoodIdTakenSql[] = "SELECT 1 FROM foods WHERE id = ?1";
// REQUIRES: the writer lock held, in the transaction that inserts the food.
Result<std::string> NextCustomFoodId(Database& db);
// Inserts a new food owned by `owner` (nutrients and portions too).
Status InsertOwnedFood(Database& db, const Food& food, UserId owner);

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_FOOD_ROWS_H_
