#include "core/food/barcode.h"

namespace platewise {
namespace {

// The character that starts at text[i]: one byte, or all the bytes of a
// UTF-8 sequence (its lead byte and the continuation bytes after it), so that
// a message never quotes half a character.
std::string_view CharacterAt(std::string_view text, std::size_t i) {
  std::size_t end = i + 1;
  if (static_cast<unsigned char>(text[i]) >= 0xC0) {
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  }
  return text.substr(i, end - i);
}

}  // namespace

Result<std::string> NormalizeBarcode(std::string_view text) {
  constexpr std::size_t kFewestDigits = 8;  // EAN-8
  std::string digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c != ' ' && c != '-') {
      return Status::InvalidArgument("a barcode is digits only (spaces and hyphens between them are fine); \"" +
                                     std::string(text) + "\" has \"" + std::string(CharacterAt(text, i)) + "\"");
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
