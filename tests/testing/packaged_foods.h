#ifndef PLATEWISE_TESTS_TESTING_PACKAGED_FOODS_H_
#define PLATEWISE_TESTS_TESTING_PACKAGED_FOODS_H_

// Packaged foods with barcodes for the tests: the bundled SR24 foods have
// none, and the datasets that bring them (FoodData Central, Open Food Facts)
// are not imported by the tests.
//
// For the unit and storage tests, PackagedYogurt and PackagedDataset make the
// foods and the dataset a test imports into its store (header-only: they need
// the core types only).
//
// For the end-to-end and browser tests, SeedPackagedFoods imports others, as
// their own dataset (source kPackagedSource), into the store at `location`
// (an SQLite file or a PostgreSQL URI), after the bundled foods of
// `data_dir`: a store that has foods is not given the bundled ones later, so
// they go first, as `serve` would import them. Run it before `serve` starts
// on the store: the server loads its search index once. Idempotent.

#include <string>
#include <utility>
#include <vector>

#include "core/food/food.h"
#include "core/status.h"

namespace platewise::testing {

inline constexpr char kBrandedSource[] = "fdc-branded";
inline constexpr char kYogurtGtin[] = "00036000291452";  // printed as the UPC-A 036000291452

// Greek yogurt, plain (Acme Dairy), 59 kcal per 100 g, barcode kYogurtGtin;
// its id `id`.
inline Food PackagedYogurt(const std::string& id) {
  Food yogurt;
  yogurt.id = id;
  yogurt.description = "Greek yogurt, plain";
  yogurt.brand = "Acme Dairy";
  yogurt.barcode = kYogurtGtin;
  yogurt.per_100g.Set("energy", 59);
  return yogurt;
}

// A dataset of `foods`, source kBrandedSource, whose catalog has energy (as
// the tests' stores define it).
inline FoodDataset PackagedDataset(std::vector<Food> foods) {
  return FoodDataset{.source = kBrandedSource,
                     .checksum = "packaged foods",
                     .nutrients = {Nutrient{"energy", "Energy", "kcal", 208}},
                     .foods = std::move(foods)};
}

inline constexpr char kPackagedSource[] = "test-packaged";
// Skyr, plain (Acme Dairy): 63 kcal per 100 g, one 150 g cup.
inline constexpr char kSkyrId[] = "pkg:1";
inline constexpr char kSkyrName[] = "Skyr, plain, nonfat";
inline constexpr char kSkyrGtin[] = "00036000291452";  // printed as the UPC-A 036000291452
// Two granola bars of one code (printed as the EAN-8 96385074), as when
// two datasets have the product: a lookup lists both, in id order.
inline constexpr char kBarIds[2][6] = {"pkg:2", "pkg:3"};
inline constexpr char kBarGtin[] = "00000096385074";

Status SeedPackagedFoods(const std::string& location, const std::string& data_dir);

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_TESTING_PACKAGED_FOODS_H_
