#include "core/food/barcode_lookup.h"

#include <utility>

#include "core/food/barcode.h"

namespace platewise {

Result<BarcodeMatches> LookUpBarcode(FoodRepository& foods, std::string_view code) {
  auto gtin = NormalizeBarcode(code);
  if (!gtin.ok()) return gtin.status();
  auto found = foods.FindFoodsByBarcode(*gtin);
  if (!found.ok()) return found.status();
  return BarcodeMatches{std::move(*gtin), std::move(*found)};
}

}  // namespace platewise
