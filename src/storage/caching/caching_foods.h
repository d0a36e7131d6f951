#ifndef PLATEWISE_STORAGE_CACHING_CACHING_FOODS_H_
#define PLATEWISE_STORAGE_CACHING_CACHING_FOODS_H_

// The food cache: foods by id (a USDA food is ~150 nutrient rows, and the
// same few dozen foods make up most diaries) and the suggestions' candidate
// pools (ListFoodsInGroups, shared foods only), tagged with the foods stamp
// as known before they were read. An import, a deleted custom food or recipe
// and a deleted account move the stamp; a new custom food needs no move (its
// id was in no cache: ids of deleted foods come back only after the deletion
// moved the stamp).
//
// Who may see a food: the port does not say who owns a food, so the cache
// learns it from the questions it asks: GetVisibleFood(kNoOne, id) finds only
// shared foods (no user has id 0), GetVisibleFood(viewer, id) the viewer's
// own too. An entry answers GetVisibleFood only for the owner it learnt.

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/ports/custom_food_repository.h"
#include "core/ports/food_repository.h"
#include "storage/caching/known_versions.h"
#include "storage/shared_cache.h"

namespace platewise {

class CachingFoodRepository final : public FoodRepository {
 public:
  static constexpr UserId kNoOne = 0;

  CachingFoodRepository(std::unique_ptr<FoodRepository> inner, std::shared_ptr<KnownVersions> known)
      : inner_(std::move(inner)), known_(std::move(known)) {}

  Result<ImportOutcome> StreamDataset(const DatasetInfo& info, const FoodFeed& feed) override;
  Result<std::int64_t> CountFoods() override { return inner_->CountFoods(); }
  Result<SharedFood> GetFood(const std::string& id) override;
  Result<std::vector<FoodListing>> ListFoodListings() override { return inner_->ListFoodListings(); }
  Result<SharedFood> GetVisibleFood(UserId viewer, const std::string& id) override;
  Result<std::vector<SharedFood>> FindFoodsByBarcode(const std::string& gtin) override {
    return inner_->FindFoodsByBarcode(gtin);  // a scan is rare next to reads by id: not cached
  }
  Result<std::vector<Nutrient>> ListNutrients() override { return inner_->ListNutrients(); }
  Result<std::vector<SharedFood>> ListFoodsInGroups(const std::vector<std::string>& groups) override;
  Result<std::vector<RankedFood>> TopFoodsByNutrient(const std::string& nutrient_key, RankBasis basis,
                                                     int limit) override {
    return inner_->TopFoodsByNutrient(nutrient_key, basis, limit);
  }

 private:
  struct Cached {
    SharedFood food;
    std::optional<UserId> owner;  // 0: shared; a user: their own; nullopt: not learnt (read by GetFood)
    std::uint64_t tag = 0;
  };
  struct Pool {
    std::vector<SharedFood> foods;
    std::uint64_t tag = 0;
  };

  std::unique_ptr<FoodRepository> inner_;
  std::shared_ptr<KnownVersions> known_;
  SharedCache<std::string, Cached> foods_{4096};
  std::mutex pools_mutex_;
  std::map<std::vector<std::string>, Pool> pools_;  // by group list; guarded by pools_mutex_
};

// Passes through; deleting a food learns the new foods stamp.
class CachingCustomFoodRepository final : public CustomFoodRepository {
 public:
  CachingCustomFoodRepository(std::unique_ptr<CustomFoodRepository> inner, std::shared_ptr<KnownVersions> known)
      : inner_(std::move(inner)), known_(std::move(known)) {}
  Result<Food> CreateFood(UserId owner, const Food& food) override { return inner_->CreateFood(owner, food); }
  Result<Food> CreateRecipe(UserId owner, const Food& food, const Recipe& recipe) override {
    return inner_->CreateRecipe(owner, food, recipe);
  }
  Result<std::vector<Food>> ListFoods(UserId owner) override { return inner_->ListFoods(owner); }
  Result<Recipe> GetRecipe(UserId owner, const std::string& food_id) override {
    return inner_->GetRecipe(owner, food_id);
  }
  Status DeleteFood(UserId owner, const std::string& food_id) override;

 private:
  std::unique_ptr<CustomFoodRepository> inner_;
  std::shared_ptr<KnownVersions> known_;
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_CACHING_CACHING_FOODS_H_
