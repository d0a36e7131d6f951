#include "text/unicode_text.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdio>

namespace platewise::text {
namespace {

// ICU works in UTF-16; these convert at the edges. The inputs are valid
// UTF-8 (the header's contract), so a conversion fails only on text that
// breaks it; the public functions then return the text as it came, never a
// part of it.
std::optional<std::u16string> ToUtf16(std::string_view utf8) {
  std::u16string out(utf8.size(), u'\0');  // UTF-16 never needs more units than UTF-8 bytes
  int32_t length = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strFromUTF8(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &length, utf8.data(),
                static_cast<int32_t>(utf8.size()), &error);
  if (U_FAILURE(error)) return std::nullopt;
  out.resize(static_cast<std::size_t>(length));
  return out;
}

std::optional<std::string> ToUtf8(const std::u16string& utf16) {
  std::string out(utf16.size() * 3, '\0');  // at most 3 bytes per UTF-16 unit
  int32_t length = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &length, reinterpret_cast<const UChar*>(utf16.data()),
              static_cast<int32_t>(utf16.size()), &error);
  if (U_FAILURE(error)) return std::nullopt;
  out.resize(static_cast<std::size_t>(length));
  return out;
}

std::optional<std::u16string> NfcOf(const std::u16string& in) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2* nfc = unorm2_getNFCInstance(&error);
  if (U_FAILURE(error)) return std::nullopt;
  // NFC can grow text (some compositions are excluded and decompose), but
  // never beyond three times; ask ICU for the length when it is short.
  std::u16string out(in.size() * 3 + 1, u'\0');
  int32_t length = unorm2_normalize(nfc, reinterpret_cast<const UChar*>(in.data()), static_cast<int32_t>(in.size()),
                                    reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &error);
  if (U_FAILURE(error)) return std::nullopt;
  out.resize(static_cast<std::size_t>(length));
  return out;
}

}  // namespace

bool IsValidUtf8(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  if (static_cast<std::size_t>(length) != utf8.size()) return false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string ToLower(std::string_view utf8) {
  auto in = ToUtf16(utf8);
  if (!in) return std::string(utf8);
  std::u16string lower(in->size() * 3 + 1, u'\0');  // three units per unit at most (SpecialCasing.txt)
  UErrorCode error = U_ZERO_ERROR;
  int32_t length = u_strToLower(reinterpret_cast<UChar*>(lower.data()), static_cast<int32_t>(lower.size()),
                                reinterpret_cast<const UChar*>(in->data()), static_cast<int32_t>(in->size()), "",
                                &error);
  if (U_FAILURE(error)) return std::string(utf8);
  lower.resize(static_cast<std::size_t>(length));
  auto nfc = NfcOf(lower);
  if (!nfc) return std::string(utf8);
  return ToUtf8(*nfc).value_or(std::string(utf8));
}

std::optional<char32_t> FirstInvisibleCodePoint(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return U'\uFFFD';
    if (c == U' ') continue;
    switch (u_charType(c)) {
      case U_CONTROL_CHAR:
      case U_FORMAT_CHAR:
      case U_SPACE_SEPARATOR:
      case U_LINE_SEPARATOR:
      case U_PARAGRAPH_SEPARATOR:
      case U_PRIVATE_USE_CHAR:
      case U_SURROGATE:
      case U_UNASSIGNED:
        return static_cast<char32_t>(c);
      default:
        break;
    }
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return static_cast<char32_t>(c);
  }
  return std::nullopt;
}

std::string CodePointName(char32_t c) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
  return name;
}

}  // namespace platewise::text
