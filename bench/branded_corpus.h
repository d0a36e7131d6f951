#ifndef PLATEWISE_BENCH_BRANDED_CORPUS_H_
#define PLATEWISE_BENCH_BRANDED_CORPUS_H_

// A corpus of brand products shaped like Open Food Facts and USDA FoodData
// Central Branded, made in the bench from a fixed seed (no file is read but
// SR24's names, none is fetched): the same foods on every machine and run.
//
// - Thousands of brands of one to three words (coined names, "Farms",
//   "Kitchen", possessives, store brands), a few with a long tail of
//   products and most with a handful; FDC records often in ALL CAPS.
// - Product names of 4-15 words: category nouns from SR24's names, product
//   lines, flavours, forms, package words, marketing words, "with" phrases,
//   sizes; each product in several sizes, flavours and packagings, some in
//   both sources.
// - Ids "off:<8-14 digit barcode>" and "fdc:<7 digits>"; every product
//   `branded`, one household serving.
// - A handful of real-shaped products (General Mills' Cheerios, KIND bars)
//   among thousands of others whose names say oat, cereal, bar, chocolate,
//   so brand queries can be checked (RealBrands).

#include <cstddef>
#include <string>
#include <vector>

#include "search/food_index.h"

namespace platewise::bench {

// `count` brand products; category nouns and food groups come from `sr`
// (the SR24 foods). Deterministic for the same `sr` and `count`.
std::vector<search::IndexedFood> BrandedCorpus(const std::vector<search::IndexedFood>& sr, std::size_t count);

// A brand query of the bench and the brand it names, as the words a name of
// one of its products holds ("general mills"): the bench checks that a
// product of that brand comes first.
struct BrandQuery {
  std::string query;
  std::string brand_words;
};
const std::vector<BrandQuery>& RealBrandQueries();

}  // namespace platewise::bench

#endif  // PLATEWISE_BENCH_BRANDED_CORPUS_H_
