#include "core/food/barcode.h"

namespace platewise {

Result<std::string> NormalizeBarcode(std::string_view text) {
  constexpr std::size_t kFewestDigits = 8;  // EAN-8
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c != ' ' && c != '-') {
      return Status::InvalidArgument("a barcode is digits only (spaces and hyphens between them are fine); \"" +
                                     std::string(text) + "\" has \"" + std::string(1, c) + "\"");
    }
  }
  if (digits.size() < kFewestDigits || digits.size() > kGtinDigits) {
    return Status::InvalidArgument("a barcode has 8 to 14 digits (EAN-8, UPC-A, EAN-13, GTIN-14); \"" +
                                   std::string(text) + "\" has " + std::to_string(digits.size()));
  }
  if (digits.find_first_not_of('0') == std::string::npos) {
    return Status::InvalidArgument("a barcode of only zeros names no product");
  }
  return std::string(kGtinDigits - digits.size(), '0') + digits;
}

bool IsRestrictedCirculation(std::string_view gtin) {
  // gtin[0] is the GTIN-14 indicator digit; the GS1 prefix follows it.
  if (gtin.size() != kGtinDigits) return false;
  return gtin[1] == '2' || (gtin[1] == '0' && (gtin[2] == '2' || gtin[2] == '4'));
}

}  // namespace platewise
