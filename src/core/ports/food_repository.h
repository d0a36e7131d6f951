#ifndef PLATEWISE_CORE_PORTS_FOOD_REPOSITORY_H_
#define PLATEWISE_CORE_PORTS_FOOD_REPOSITORY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/food/food.h"
#include "core/status.h"

namespace platewise {

struct ImportOutcome {
  bool changed = false;  // false: this exact dataset was already imported
  std::int64_t foods = 0;
  std::int64_t nutrient_values = 0;
  std::int64_t portions = 0;
};

// The food-composition data. Thread-safe: implementations may be called from
// many request threads at once.
class FoodRepository {
 public:
  virtual ~FoodRepository() = default;

  // Writes the dataset in one transaction: either all of it is stored or, on
  // any failure, nothing changes. Idempotent: a dataset whose source and
  // checksum were imported before is skipped (changed = false); a new
  // checksum replaces the foods of that source.
  virtual Result<ImportOutcome> ImportDataset(const FoodDataset& dataset) = 0;

  virtual Result<std::int64_t> CountFoods() = 0;

  // Any food, whoever owns it; NotFound when no food has this id. Only for
  // ids taken from the caller's own rows (e.g. the foods of a user's diary
  // entries): ids from a request go through GetVisibleFood.
  virtual Result<Food> GetFood(const std::string& id) = 0;

  // The food if it is shared (USDA) or `viewer`'s own custom food or recipe.
  // Another user's custom food is NotFound, exactly like a missing id.
  virtual Result<Food> GetVisibleFood(UserId viewer, const std::string& id) = 0;

  // Shared foods whose description contains every word of `query`
  // (case-insensitive), shortest description first; at most `limit`
  // (REQUIRES: 1..1000). Custom foods are never included.
  virtual Result<std::vector<Food>> SearchFoods(const std::string& query, int limit) = 0;

  // As SearchFoods, plus `viewer`'s own custom foods and recipes (never
  // another user's). A search index replacing this must honour the same rule.
  virtual Result<std::vector<Food>> SearchVisibleFoods(UserId viewer, const std::string& query, int limit) = 0;

  virtual Result<std::vector<Nutrient>> ListNutrients() = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_FOOD_REPOSITORY_H_
