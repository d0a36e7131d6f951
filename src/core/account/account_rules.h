#ifndef PLATEWISE_CORE_ACCOUNT_ACCOUNT_RULES_H_
#define PLATEWISE_CORE_ACCOUNT_ACCOUNT_RULES_H_

// What an account's email and password must look like. Emails are compared
// case-insensitively: NormalizeEmail gives the one stored form (trimmed,
// lower-case). Passwords are never normalised (every byte counts).

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace platewise {

inline constexpr std::size_t kMinPasswordLength = 10;
inline constexpr std::size_t kMaxPasswordLength = 1024;
inline constexpr std::size_t kMaxEmailLength = 254;

// "Ann@Example.org " -> "ann@example.org". Unprocessable (field "email") when
// it is not one "local@domain.tld" address of at most 254 characters.
Result<std::string> NormalizeEmail(std::string_view text);

// Unprocessable (field `field`) when shorter than 10 or longer than 1024 bytes.
Status CheckNewPassword(std::string_view password, const std::string& field = "password");

}  // namespace platewise

#endif  // PLATEWISE_CORE_ACCOUNT_ACCOUNT_RULES_H_
