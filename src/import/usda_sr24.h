#ifndef PLATEWISE_IMPORT_USDA_SR24_H_
#define PLATEWISE_IMPORT_USDA_SR24_H_

// Reader of the bundled USDA SR24 food data (data/usda-sr24/, documented in
// its README.md and docs/data.md). Four CSV files, each plain or gzipped
// (`NAME.csv` or `NAME.csv.gz`), with these exact header rows:
//   nutrients.csv       key,name,unit,usda_nutrient_number
//   foods.csv           ndb_no,description,food_group,protein_factor,fat_factor,carbohydrate_factor
//   food_nutrients.csv  ndb_no,nutrient,amount_per_100g
//   portions.csv        ndb_no,amount,unit,grams
// A food's id is its 5-digit NDB number. A missing food_nutrients row means
// "not analysed" and stays absent; an empty Atwater factor stays nullopt.

#include <string>
#include <vector>

#include "core/food/food.h"
#include "core/ports/food_repository.h"
#include "core/status.h"

namespace platewise {

// Reads and validates every file in `dir`. Errors name the file and line.
Result<FoodDataset> ReadUsdaSr24(const std::string& dir);

// Reads only nutrients.csv of `dir`: the nutrient catalog, checked as
// ReadUsdaSr24 checks it. For what needs the catalog but not the foods.
Result<std::vector<Nutrient>> ReadUsdaSr24Nutrients(const std::string& dir);

// Reads `dir` and imports it into `foods` (one transaction, idempotent).
Result<ImportOutcome> ImportUsdaSr24(const std::string& dir, FoodRepository& foods);

// Imports the bundled foods when the store has no food yet; otherwise does
// nothing. For first use of a new database by `serve` and the CLI.
Status EnsureFoodsImported(const std::string& dir, FoodRepository& foods);

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_USDA_SR24_H_
