#ifndef PLATEWISE_CORE_PORTS_FOOD_REPOSITORY_H_
#define PLATEWISE_CORE_PORTS_FOOD_REPOSITORY_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/food/food.h"
#include "core/status.h"

namespace platewise {

struct ImportOutcome {
  bool changed = false;  // false: this exact dataset was already imported
  std::int64_t foods = 0;  // distinct foods written (their data is now the dataset's)
  std::int64_t nutrient_values = 0;
  std::int64_t portions = 0;
  // Foods not written because the store's data for that id is newer
  // (Food::modified later than the dataset's).
  std::int64_t kept_newer = 0;
  // How often the dataset gave an id again: of one id's foods the newer is
  // kept, the later one when their dates are equal or unknown.
  std::int64_t repeated = 0;
};

// What a dataset streamed into the store is (FoodRepository::StreamDataset).
struct DatasetInfo {
  std::string source;    // every food written is given this source
  std::string checksum;  // identifies this exact content
  std::vector<Nutrient> nutrients;  // to add to the catalog (may be empty)
};

// Takes one food of a dataset; an error stops the import.
using FoodSink = std::function<Status(const Food& food)>;
// Hands every food of a dataset to the sink, in any order, one at a time
// (the sink does not keep a reference): a reader running over its files.
// An error it returns, or one the sink returned, fails the import.
using FoodFeed = std::function<Status(const FoodSink& put)>;

// What the search index needs of a food.
struct FoodListing {
  std::string id;
  std::string description;
  std::string food_group;
  std::string source;
  int portions = 0;  // household measures the data has for it
  UserId owner = 0;  // 0: shared data; else the user whose custom food or recipe it is
  std::string brand;  // of a packaged food; empty for generic foods (Food::brand)
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

  // Writes a dataset in one transaction as `feed` reads it, holding no more
  // than a bounded batch of its foods in memory, so a dataset of millions
  // of foods needs the memory of a few: either all of it is stored or, on
  // any failure (the feed's or the store's), nothing changes.
  //
  // Idempotent: a dataset whose source and checksum were imported before is
  // skipped without calling `feed` (changed = false, counts 0). Otherwise
  // each food is written anew (nutrients and portions) unless the store
  // holds that id with a later Food::modified (kept_newer), and a food of
  // the source the dataset does not have is removed (with its favourites)
  // unless a diary entry or recipe uses it, or its data is newer than every
  // food of the dataset (an older release does not remove what a newer one
  // brought). Foods of other sources stay. A nutrient key that neither the
  // store nor the dataset catalogs fails the import. Readers' SharedFood
  // copies never change.
  virtual Result<ImportOutcome> StreamDataset(const DatasetInfo& info, const FoodFeed& feed) = 0;

  // StreamDataset of a dataset read whole (the bundled SR24); when it is
  // unchanged, the counts are still those of the dataset.
  Result<ImportOutcome> ImportDataset(const FoodDataset& dataset);

  // Every food, shared and users' own.
  virtual Result<std::int64_t> CountFoods() = 0;

  // Any food, whoever owns it; NotFound when no food has this id. Only for
  // ids taken from the caller's own rows (e.g. the foods of a user's diary
  // entries): ids from a request go through GetVisibleFood.
  virtual Result<SharedFood> GetFood(const std::string& id) = 0;

  // Every food's name and what the search index ranks by, shared and users'
  // own (with their owner), in id order (byte-wise).
  // (Search itself is the in-memory index of src/search/.)
  virtual Result<std::vector<FoodListing>> ListFoodListings() = 0;
  // The food if it is shared (USDA) or `viewer`'s own custom food or recipe.
  // Another user's custom food is NotFound, exactly like a missing id.
  virtual Result<SharedFood> GetVisibleFood(UserId viewer, const std::string& id) = 0;

  // The shared foods whose barcode is `gtin` (the 14-digit form of
  // core/food/barcode.h), in id order; empty when none has it. One code can
  // be in several datasets (FoodData Central and Open Food Facts).
  virtual Result<std::vector<SharedFood>> FindFoodsByBarcode(const std::string& gtin) = 0;

  // The nutrient catalog, in the order the nutrients were first imported.
  virtual Result<std::vector<Nutrient>> ListNutrients() = 0;

  // Every shared food of the given food groups (exact names), with nutrients
  // and portions: group by group in the order given, each group's by id.
  // Users' foods are never in it. For the gap suggestions' candidate pool.
  virtual Result<std::vector<SharedFood>> ListFoodsInGroups(const std::vector<std::string>& groups) = 0;

  // Shared foods with the most of `nutrient_key` (a key of the catalog) per
  // `basis`, most first, ties by id; foods without a value or with 0 (or, per
  // 100 kcal, without energy or with 0; per portion, without a portion: the
  // first portion counts) are left out. Users' foods are never ranked.
  // InvalidArgument unless limit is 1..1000.
  virtual Result<std::vector<RankedFood>> TopFoodsByNutrient(const std::string& nutrient_key, RankBasis basis,
                                                             int limit) = 0;
};

inline Result<ImportOutcome> FoodRepository::ImportDataset(const FoodDataset& dataset) {
  auto outcome = StreamDataset({dataset.source, dataset.checksum, dataset.nutrients}, [&](const FoodSink& put) {
    for (const Food& f : dataset.foods) PW_RETURN_IF_ERROR(put(f));
    return Status::Ok();
  });
  if (outcome.ok() && !outcome->changed) {
    for (const Food& f : dataset.foods) {
      outcome->foods++;
      outcome->nutrient_values += static_cast<std::int64_t>(f.per_100g.all().size());
      outcome->portions += static_cast<std::int64_t>(f.portions.size());
    }
  }
  return outcome;
}

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_FOOD_REPOSITORY_H_
