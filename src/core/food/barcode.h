#ifndef PLATEWISE_CORE_FOOD_BARCODE_H_
#define PLATEWISE_CORE_FOOD_BARCODE_H_

// Barcodes of packaged foods: GTINs, printed as UPC-A (12 digits), EAN-13
// (13), EAN-8 (8) or GTIN-14 (14), and stored by FoodData Central with 11 to
// 14 digits (leading zeros dropped or kept) and by Open Food Facts with 8 to
// 13. One product's code in any of these forms is the same number padded
// with leading zeros, so the canonical form is the 14-digit GTIN: the foods
// table stores it and every lookup normalises the code it is given first.
//
// The check digit is not verified: the datasets hold codes with wrong check
// digits, and such a code still names that product on its package.

#include <string>
#include <string_view>

#include "core/status.h"

namespace platewise {

inline constexpr std::size_t kGtinDigits = 14;

// The 14-digit form of `text`, which may contain spaces and hyphens between
// digits ("0 36000 29145 2"). InvalidArgument, naming the problem, when it
// has anything else, fewer than 8 or more than 14 digits, or only zeros.
Result<std::string> NormalizeBarcode(std::string_view text);

// Whether `gtin` (a NormalizeBarcode result) is a restricted circulation
// number rather than a product's own GTIN: GS1 prefixes 020-029 and 200-299
// (numbers a store assigns itself; for goods sold by weight the digits hold
// the price or weight, so every package has its own) and 040-049 (numbers a
// company uses internally). Such a code names no product outside the store
// that printed it. EAN-8 codes are never restricted here: retailers' own
// brands carry RCN-8 codes for years, and two foods sharing one is shown as
// two foods, not a wrong one.
// REQUIRES: `gtin` has kGtinDigits digits.
bool IsRestrictedCirculation(std::string_view gtin);

}  // namespace platewise

#endif  // PLATEWISE_CORE_FOOD_BARCODE_H_
