// FoodRepository in memory: the food-composition data (shared foods, owner 0)
// and, for reads by id and the search listing, users' foods too.

#include <algorithm>
#include <map>
#include <set>

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

class MemoryFoodRepository final : public FoodRepository {
 public:
  explicit MemoryFoodRepository(State state) : s_(std::move(state)) {}

  // Stages the feed's foods, checking each one's nutrients, and applies them
  // only when the whole feed succeeded, so a bad dataset changes nothing.
  // The store's lock is held throughout: a second importer waits.
  Result<ImportOutcome> StreamDataset(const DatasetInfo& info, const FoodFeed& feed) override {
    std::lock_guard lock(s_->mutex);
    ImportOutcome outcome;
    auto known = s_->checksums.find(info.source);
    if (known != s_->checksums.end() && known->second == info.checksum) return outcome;

    std::map<std::string, Food> staged;  // the foods to write, by id
    std::map<std::string, bool> seen;    // every id given: whether its data is the dataset's
    std::string newest;                  // the latest Food::modified given
    std::int64_t puts = 0;
    PW_RETURN_IF_ERROR(feed([&](const Food& f) -> Status {
      PW_RETURN_IF_ERROR(s_->CheckNutrientKeys(f.per_100g, info.nutrients));
      ++puts;
      newest = std::max(newest, f.modified);
      const Food* current = nullptr;  // what the id holds now: staged, else stored
      if (auto it = staged.find(f.id); it != staged.end()) {
        current = &it->second;
      } else if (auto row = s_->foods.find(f.id); row != s_->foods.end() && row->second.owner == 0) {
        current = row->second.food.get();
      }
      bool& written = seen[f.id];
      if (current && StoredFoodIsNewer(current->modified, f.modified)) return Status::Ok();
      written = true;
      outcome.nutrient_values += static_cast<std::int64_t>(f.per_100g.all().size());
      outcome.portions += static_cast<std::int64_t>(f.portions.size());
      Food& food = staged[f.id];
      food = f;
      food.source = info.source;
      return Status::Ok();
    }));

    for (const Nutrient& n : info.nutrients) {
      auto same = std::find_if(s_->nutrients.begin(), s_->nutrients.end(),
                               [&](const Nutrient& m) { return m.key == n.key; });
      if (same != s_->nutrients.end()) *same = n; else s_->nutrients.push_back(n);
    }
    for (auto& [id, food] : staged) s_->foods[id].food = std::make_shared<const Food>(std::move(food));
    std::vector<std::string> gone;
    for (const auto& [id, row] : s_->foods) {
      if (row.owner == 0 && row.food->source == info.source && seen.count(id) == 0 &&
          !StoredFoodIsNewer(row.food->modified, newest) && !s_->FoodInUse(id)) {
        gone.push_back(id);
      }
    }
    for (const std::string& id : gone) s_->EraseFood(id);
    for (const auto& [id, written] : seen) ++(written ? outcome.foods : outcome.kept_newer);
    outcome.repeated = puts - static_cast<std::int64_t>(seen.size());
    s_->checksums[info.source] = info.checksum;
    outcome.changed = true;
    s_->MoveFoodsStamp();
    return outcome;
  }

  Result<std::int64_t> CountFoods() override {
    std::lock_guard lock(s_->mutex);
    return static_cast<std::int64_t>(s_->foods.size());
  }

  Result<SharedFood> GetFood(const std::string& id) override {
    std::lock_guard lock(s_->mutex);
    auto it = s_->foods.find(id);
    if (it == s_->foods.end()) return NoFoodWithId(id);
    return it->second.food;
  }

  Result<std::vector<FoodListing>> ListFoodListings() override {
    std::lock_guard lock(s_->mutex);
    std::vector<FoodListing> out;
    for (const auto& [id, row] : s_->foods) {
      const Food& f = *row.food;
      out.push_back(
          {id, f.description, f.food_group, f.source, static_cast<int>(f.portions.size()), row.owner, f.brand});
    }
    return out;
  }

  Result<SharedFood> GetVisibleFood(UserId viewer, const std::string& id) override {
    std::lock_guard lock(s_->mutex);
    const FoodRow* row = s_->VisibleFood(viewer, id);
    if (!row) return NoFoodWithId(id);
    return row->food;
  }

  Result<std::vector<SharedFood>> FindFoodsByBarcode(const std::string& gtin) override {
    std::lock_guard lock(s_->mutex);
    std::vector<SharedFood> out;
    for (const auto& [id, row] : s_->foods) {
      if (row.owner == 0 && !gtin.empty() && row.food->barcode == gtin) out.push_back(row.food);
    }
    return out;
  }

  Result<std::vector<Nutrient>> ListNutrients() override {
    std::lock_guard lock(s_->mutex);
    return s_->nutrients;
  }

  Result<std::vector<SharedFood>> ListFoodsInGroups(const std::vector<std::string>& groups) override {
    std::lock_guard lock(s_->mutex);
    std::vector<SharedFood> out;
    for (const std::string& g : groups) {
      for (const auto& [id, row] : s_->foods) {
        if (row.owner == 0 && row.food->food_group == g) out.push_back(row.food);
      }
    }
    return out;
  }

  Result<std::vector<RankedFood>> TopFoodsByNutrient(const std::string& nutrient_key, RankBasis basis,
                                                     int limit) override {
    if (limit < 1 || limit > 1000) return Status::InvalidArgument("limit must be between 1 and 1000");
    std::lock_guard lock(s_->mutex);
    std::vector<std::pair<double, const Food*>> ranked;
    for (const auto& [id, row] : s_->foods) {
      if (row.owner != 0) continue;
      const Food& f = *row.food;
      auto amount = f.per_100g.Get(nutrient_key);
      if (!amount || *amount <= 0) continue;
      double v = *amount;
      if (basis == RankBasis::kPer100kcal) {
        auto energy = f.per_100g.Get("energy");
        if (!energy || *energy <= 0) continue;
        v = *amount * 100.0 / *energy;
      } else if (basis == RankBasis::kPerPortion) {
        if (f.portions.empty()) continue;
        v = *amount * f.portions.front().grams.value() / 100.0;
      }
      ranked.emplace_back(v, &f);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
      if (x.first != y.first) return x.first > y.first;
      return x.second->id < y.second->id;
    });
    if (ranked.size() > static_cast<std::size_t>(limit)) ranked.resize(static_cast<std::size_t>(limit));
    std::vector<RankedFood> out;
    for (const auto& [v, f] : ranked) out.push_back({*f, v});
    return out;
  }

 private:
  State s_;
};

}  // namespace

std::unique_ptr<FoodRepository> MakeFoodRepository(State state) {
  return std::make_unique<MemoryFoodRepository>(std::move(state));
}

}  // namespace platewise::memory
