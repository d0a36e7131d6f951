#ifndef PLATEWISE_AUTH_PASSWORD_HASHER_H_
#define PLATEWISE_AUTH_PASSWORD_HASHER_H_

// Password hashing with Argon2id (libsodium crypto_pwhash). The stored form is
// libsodium's self-describing string ("$argon2id$v=19$m=...,t=...,p=1$..."),
// so the cost can be raised later and old hashes still verify.

#include <string>
#include <string_view>

#include "core/status.h"

namespace platewise::auth {

// The cost of new hashes. kInteractive is libsodium's
// OPSLIMIT/MEMLIMIT_INTERACTIVE (64 MiB); kMinimum is its smallest cost,
// for tests that sign up many users and must not be used in production.
enum class HashCost { kInteractive, kMinimum };

// Unavailable when libsodium cannot start or runs out of memory.
Result<std::string> HashPassword(std::string_view password, HashCost cost = HashCost::kInteractive);

// True when `password` matches `hash`; false for a wrong password or a hash
// that is not an Argon2id string. Takes about as long as hashing.
bool VerifyPassword(std::string_view password, const std::string& hash);

// Spends the time of one verification, for failed look-ups (unknown email),
// so response times do not tell which emails have accounts.
void VerifyDummyPassword(std::string_view password, HashCost cost);

}  // namespace platewise::auth

#endif  // PLATEWISE_AUTH_PASSWORD_HASHER_H_
