#ifndef PLATEWISE_AUTH_SECRET_TOKEN_H_
#define PLATEWISE_AUTH_SECRET_TOKEN_H_

// Random secrets for sessions, CSRF and personal API tokens: 256 bits from the
// system's CSPRNG (libsodium randombytes), as 64 lower-case hex digits. Only
// their SHA-256 digests are stored, so a copy of the database does not let
// anyone sign in.

#include <string>
#include <string_view>

namespace platewise::auth {

std::string NewSecretToken();                    // 64 hex digits
std::string HashSecretToken(std::string_view token);  // SHA-256, 64 hex digits
// Equality in time independent of where the strings differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace platewise::auth

#endif  // PLATEWISE_AUTH_SECRET_TOKEN_H_
