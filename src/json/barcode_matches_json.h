#ifndef PLATEWISE_JSON_BARCODE_MATCHES_JSON_H_
#define PLATEWISE_JSON_BARCODE_MATCHES_JSON_H_

// The JSON of a barcode lookup (core/food/barcode_lookup.h), shared by
// GET /api/v1/foods?barcode=CODE and `platewise foods barcode CODE --json`:
//   {"barcode":"00036000291452",      the code looked up, as a 14-digit GTIN
//    "foods":[PackagedFoodJson, ...]} the shared foods with it, in id order; [] when none
// PackagedFoodJson: FoodSummaryJson (json/food_json.h) plus
//   "brand":"Acme Dairy",             "" when the data names none
//   "barcode":"00036000291452",       the food's own 14-digit GTIN
//   "source":"fdc-branded"            the dataset the food came from

#include <nlohmann/json.hpp>

#include "core/food/barcode_lookup.h"

namespace platewise {

nlohmann::json PackagedFoodJson(const Food& food);
nlohmann::json BarcodeMatchesJson(const BarcodeMatches& matches);

}  // namespace platewise

#endif  // PLATEWISE_JSON_BARCODE_MATCHES_JSON_H_
