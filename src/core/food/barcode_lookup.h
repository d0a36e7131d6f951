#ifndef PLATEWISE_CORE_FOOD_BARCODE_LOOKUP_H_
#define PLATEWISE_CORE_FOOD_BARCODE_LOOKUP_H_

// Finding packaged foods by the code under their bars: the one rule that
// `platewise foods barcode CODE` and GET /api/v1/foods?barcode=CODE share.
// The code is normalised first (core/food/barcode.h), so its UPC-A, EAN-13
// and GTIN-14 forms (and FoodData Central's without leading zeros) find the
// same foods.

#include <string>
#include <string_view>
#include <vector>

#include "core/food/food.h"
#include "core/ports/food_repository.h"
#include "core/status.h"

namespace platewise {

struct BarcodeMatches {
  std::string gtin;               // the code as looked up: its 14-digit form
  std::vector<SharedFood> foods;  // the shared foods with it, in id order; empty when none
};

// NormalizeBarcode's InvalidArgument, naming what is wrong, for a malformed
// code (the store is then not asked). A well-formed code that no food has is
// no error: `foods` is empty, and what to say of it is the caller's. The
// store's errors otherwise. Users' custom foods have no barcode.
Result<BarcodeMatches> LookUpBarcode(FoodRepository& foods, std::string_view code);

}  // namespace platewise

#endif  // PLATEWISE_CORE_FOOD_BARCODE_LOOKUP_H_
