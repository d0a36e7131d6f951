// The faulty store's FoodRepository and CustomFoodRepository.

#include "storage/faulty/faulty_ports.h"

namespace platewise::faulty {
namespace {

class FaultyFoods final : public FoodRepository {
 public:
  static constexpr FaultPort kPort = FaultPort::kFoods;
  explicit FaultyFoods(Shared s) : s_(std::move(s)) {}
  Result<ImportOutcome> StreamDataset(const DatasetInfo& info, const FoodFeed& feed) override {
    PW_FAULTY_WRITE(in().StreamDataset(info, feed));
  }
  Result<std::int64_t> CountFoods() override { PW_FAULTY_READ(in().CountFoods()); }
  Result<SharedFood> GetFood(const std::string& id) override { PW_FAULTY_READ(in().GetFood(id)); }
  Result<std::vector<FoodListing>> ListFoodListings() override { PW_FAULTY_READ(in().ListFoodListings()); }
  Result<SharedFood> GetVisibleFood(UserId viewer, const std::string& id) override {
    PW_FAULTY_READ(in().GetVisibleFood(viewer, id));
  }
  Result<std::vector<SharedFood>> FindFoodsByBarcode(const std::string& gtin) override {
    PW_FAULTY_READ(in().FindFoodsByBarcode(gtin));
  }
  Result<std::vector<Nutrient>> ListNutrients() override { PW_FAULTY_READ(in().ListNutrients()); }
  Result<std::vector<SharedFood>> ListFoodsInGroups(const std::vector<std::string>& groups) override {
    PW_FAULTY_READ(in().ListFoodsInGroups(groups));
  }
  Result<std::vector<RankedFood>> TopFoodsByNutrient(const std::string& key, RankBasis basis, int limit) override {
    PW_FAULTY_READ(in().TopFoodsByNutrient(key, basis, limit));
  }

 private:
  FoodRepository& in() { return *s_.inner->foods; }
  Shared s_;
};

class FaultyCustomFoods final : public CustomFoodRepository {
 public:
  static constexpr FaultPort kPort = FaultPort::kCustomFoods;
  explicit FaultyCustomFoods(Shared s) : s_(std::move(s)) {}
  Result<Food> CreateFood(UserId owner, const Food& food) override { PW_FAULTY_WRITE(in().CreateFood(owner, food)); }
  Result<Food> CreateRecipe(UserId owner, const Food& food, const Recipe& recipe) override {
    PW_FAULTY_WRITE(in().CreateRecipe(owner, food, recipe));
  }
  Result<std::vector<Food>> ListFoods(UserId owner) override { PW_FAULTY_READ(in().ListFoods(owner)); }
  Result<Recipe> GetRecipe(UserId owner, const std::string& id) override { PW_FAULTY_READ(in().GetRecipe(owner, id)); }
  Status DeleteFood(UserId owner, const std::string& id) override { PW_FAULTY_WRITE(in().DeleteFood(owner, id)); }

 private:
  CustomFoodRepository& in() { return *s_.inner->custom_foods; }
  Shared s_;
};

}  // namespace

void WrapFoodPorts(const Shared& shared, Store& out) {
  out.foods = std::make_unique<FaultyFoods>(shared);
  out.custom_foods = std::make_unique<FaultyCustomFoods>(shared);
}

}  // namespace platewise::faulty
