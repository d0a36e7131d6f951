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

// What the search index needs of a food.
struct FoodListing {
  std::string id;
  std::string description;
  std::string food_group;
  std::string source;
  int portions = 0;  // household measures the data has for it
  UserId owner = 0;  // 0: shared data; else the user whose custom food or recipe it is
};

// How foods are ranked by a nutrient: amount per 100 g, per 100 kcal, or per
// the food's first household portion.
enum class RankBasis { kPer100g, kPer100kcal, kPerPortion };

struct RankedFood {
  Food food;      // id, description, food group, source; nutrients and portions included
  double amount;  // of the nutrient per the basis, in the nutrient's unit
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
  virtual Result<SharedFood> GetFood(const std::string& id) = 0;

  // Every food's name and what the search index ranks by, in id order.
  // (Search itself is the in-memory index of src/search/.)
  virtual Result<std::vector<FoodListing>> ListFoodListings() = 0;
  // The food if it is shared (USDA) or `viewer`'s own custom food or recipe.
  // Another user's custom food is NotFound, exactly like a missing id.
  virtual Result<SharedFood> GetVisibleFood(UserId viewer, const std::string& id) = 0;


  virtual Result<std::vector<Nutrient>> ListNutrients() = 0;

  // Every food of the given food groups (exact names), by id, with nutrients
  // and portions. For the gap suggestions' candidate pool.
  virtual Result<std::vector<SharedFood>> ListFoodsInGroups(const std::vector<std::string>& groups) = 0;

  // Foods with the most of `nutrient_key` (a key of the catalog) per `basis`,
  // most first; foods without a value (or, per 100 kcal, without energy; per
  // portion, without a portion) are left out. limit REQUIRES 1..1000.
  virtual Result<std::vector<RankedFood>> TopFoodsByNutrient(const std::string& nutrient_key, RankBasis basis,
                                                             int limit) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_FOOD_REPOSITORY_H_
