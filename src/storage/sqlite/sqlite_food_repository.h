#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_FOOD_REPOSITORY_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_FOOD_REPOSITORY_H_

#include <map>
#include <memory>

#include "core/ports/food_repository.h"
#include "storage/store_caches.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteFoodRepository final : public FoodRepository {
 public:
  SqliteFoodRepository(std::shared_ptr<SqliteConnection> conn, std::shared_ptr<StoreCaches> caches)
      : conn_(std::move(conn)), caches_(std::move(caches)) {}

  Result<ImportOutcome> ImportDataset(const FoodDataset& dataset) override;
  Result<std::int64_t> CountFoods() override;
  Result<SharedFood> GetFood(const std::string& id) override;
  Result<std::vector<FoodListing>> ListFoodListings() override;
  Result<SharedFood> GetVisibleFood(UserId viewer, const std::string& id) override;
  Result<std::vector<Nutrient>> ListNutrients() override;
  // In sqlite_food_ranking.cc:
  Result<std::vector<SharedFood>> ListFoodsInGroups(const std::vector<std::string>& groups) override;
  Result<std::vector<RankedFood>> TopFoodsByNutrient(const std::string& nutrient_key, RankBasis basis,
                                                     int limit) override;

 private:
  // From the cache, or read and cached. Any owner's food.
  Result<CachedFood> Load(const std::string& id);

  std::shared_ptr<SqliteConnection> conn_;
  std::shared_ptr<StoreCaches> caches_;
  // ListFoodsInGroups results by group list: shared foods change only when a
  // dataset is imported, which clears it. Guarded by the connection lock.
  std::map<std::vector<std::string>, std::vector<SharedFood>> foods_in_groups_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_FOOD_REPOSITORY_H_
