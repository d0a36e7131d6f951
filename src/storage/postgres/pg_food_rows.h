#ifndef PLATEWISE_STORAGE_POSTGRES_PG_FOOD_ROWS_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_FOOD_ROWS_H_

// Reading foods with their nutrients and portions, and writing a user's own
// food, shared by the food and custom-food repositories. A food with
// owner_id NULL is shared; one with an owner is visible to that owner only.

#include <optional>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/food/food.h"
#include "storage/postgres/pg_connection.h"

namespace platewise::postgres {

// The foods of `ids` that exist and `viewer` may see (nullopt: any food), in
// the order of `ids` (three statements: run them in one snapshot when the
// foods may change meanwhile). Ids not found are left out.
Result<std::vector<Food>> ReadFoods(Connection& conn, const std::vector<std::string>& ids,
                                    std::optional<UserId> viewer);
// One food; NotFound (NoFoodWithId) when missing or not visible.
Result<Food> ReadFood(Connection& conn, const std::string& id, std::optional<UserId> viewer);
Status NoFoodWithId(const std::string& id);

// Inserts a new food owned by `owner`, with its nutrients and portions.
Status InsertOwnedFood(Connection& conn, const Food& food, UserId owner);

}  // namespace platewise::postgres

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_FOOD_ROWS_H_
