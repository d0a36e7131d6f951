#ifndef PLATEWISE_TEXT_UNICODE_TEXT_H_
#define PLATEWISE_TEXT_UNICODE_TEXT_H_

// Unicode operations on UTF-8 text, on ICU (Debian's libicu): the few that
// the product's rules need, so that no rule depends on ICU's API itself.
// Every function but IsValidUtf8 takes text that IsValidUtf8 accepts.

#include <optional>
#include <string>
#include <string_view>

namespace platewise::text {

// True when `utf8` is well-formed UTF-8 (no overlong forms, no surrogates,
// nothing above U+10FFFF).
bool IsValidUtf8(std::string_view utf8);

// Lower case by Unicode's default (root locale) mappings, then Normalization
// Form C ("e" + U+0301, combining acute, becomes U+00E9, so two spellings of
// one word compare equal byte for byte): "JOSÉ"
// and "BÜCHER" become "josé" and "bücher". Lowering, not full case folding:
// "ß" stays "ß" (folding would make it "ss", another name).
std::string ToLower(std::string_view utf8);

// The first code point that shows nothing or changes the direction of the
// text around it: controls (Cc), format characters (Cf: zero-width space
// and joiners, the bidirectional overrides and isolates, the byte-order
// mark, the soft hyphen), separators other than U+0020 (Zs, Zl, Zp), other
// default-ignorable code points (U+115F, U+3164), private-use, surrogate
// and unassigned code points. nullopt when there is none.
std::optional<char32_t> FirstInvisibleCodePoint(std::string_view utf8);

// "U+202E": how messages name a code point.
std::string CodePointName(char32_t c);

}  // namespace platewise::text

#endif  // PLATEWISE_TEXT_UNICODE_TEXT_H_
