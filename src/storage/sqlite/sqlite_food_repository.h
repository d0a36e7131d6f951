#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_FOOD_REPOSITORY_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_FOOD_REPOSITORY_H_

#include <memory>

#include "core/ports/food_repository.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteFoodRepository final : public FoodRepository {
 public:
  explicit SqliteFoodRepository(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}

  Result<ImportOutcome> StreamDataset(const DatasetInfo& info, const FoodFeed& feed) override;
  Result<std::int64_t> CountFoods() override;
  Result<SharedFood> GetFood(const std::string& id) override;
  Result<std::vector<FoodListing>> ListFoodListings() override;
  Result<SharedFood> GetVisibleFood(UserId viewer, const std::string& id) override;
  Result<std::vector<SharedFood>> FindFoodsByBarcode(const std::string& gtin) override;
  Result<std::vector<Nutrient>> ListNutrients() override;
  // In sqlite_food_ranking.cc:
  Result<std::vector<SharedFood>> ListFoodsInGroups(const std::vector<std::string>& groups) override;
  Result<std::vector<RankedFood>> TopFoodsByNutrient(const std::string& nutrient_key, RankBasis basis,
                                                     int limit) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_FOOD_REPOSITORY_H_
