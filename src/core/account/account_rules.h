#ifndef PLATEWISE_CORE_ACCOUNT_ACCOUNT_RULES_H_
#define PLATEWISE_CORE_ACCOUNT_ACCOUNT_RULES_H_

// What an account's email and password must look like. NormalizeEmail gives
// the one stored form of an address, so that one address is one account
// however it was typed: trimmed, in Unicode NFC and lower case (beyond
// ASCII), and nothing invisible in it. Passwords are never
// normalised (every byte counts).

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace platewise {

inline constexpr std::size_t kMinPasswordLength = 10;
inline constexpr std::size_t kMaxPasswordLength = 1024;
inline constexpr std::size_t kMaxEmailLength = 254;

// "Ann@Example.org " -> "ann@example.org"; "JOSE" + U+0301 (combining acute)
// + "@example.org" -> "jos" + U+00E9 + "@example.org". Unprocessable (field "email") when it is not
// valid UTF-8, when it holds an invisible or direction-changing code point
// (text::FirstInvisibleCodePoint: zero-width space, U+202E, ...), or when it
// is not one "local@domain.tld" address of at most 254 bytes.
Result<std::string> NormalizeEmail(std::string_view text);

// The form Platewise stored addresses in before the Unicode rules (trimmed,
// ASCII lower-case, nothing else): sign-in also looks an address up in this
// form, so that an account made then in another normalisation still opens.
std::string EmailAsStoredBeforeUnicodeRules(std::string_view text);

// Unprocessable (field `field`) when shorter than 10 or longer than 1024 bytes.
Status CheckNewPassword(std::string_view password, const std::string& field = "password");

}  // namespace platewise

#endif  // PLATEWISE_CORE_ACCOUNT_ACCOUNT_RULES_H_
