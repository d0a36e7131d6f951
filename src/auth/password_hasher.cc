#include "auth/password_hasher.h"

#include <sodium.h>

namespace platewise::auth {
namespace {

bool SodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

Result<std::string> HashPassword(std::string_view password, HashCost cost) {
  if (!SodiumReady()) return Status::Unavailable("the crypto library could not start");
  char out[crypto_pwhash_STRBYTES];
  unsigned long long ops = cost == HashCost::kMinimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
  size_t mem = cost == HashCost::kMinimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::Unavailable("out of memory while hashing the password; try again");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view password, const std::string& hash) {
  if (!SodiumReady() || hash.rfind("$argon2id$", 0) != 0) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void VerifyDummyPassword(std::string_view password, HashCost cost) {
  static const std::string dummy_interactive = HashPassword("dummy password", HashCost::kInteractive).value();
  static const std::string dummy_minimum = HashPassword("dummy password", HashCost::kMinimum).value();
  (void)VerifyPassword(password, cost == HashCost::kMinimum ? dummy_minimum : dummy_interactive);
}

}  // namespace platewise::auth
