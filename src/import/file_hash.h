#ifndef PLATEWISE_IMPORT_FILE_HASH_H_
#define PLATEWISE_IMPORT_FILE_HASH_H_

// The SHA-256 of an export file's bytes, fed as they are read (libsodium):
// how an importer knows a file it wrote before (HistoryBatch::file_hash).

#include <string>
#include <string_view>

#include <sodium.h>

namespace platewise {

class FileHash {
 public:
  FileHash() { crypto_hash_sha256_init(&state_); }
  void Update(std::string_view bytes) {
    crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  }
  // The hex digest of every byte so far (more may follow).
  std::string Hex() const {
    crypto_hash_sha256_state copy = state_;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&copy, digest);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char b : digest) {
      hex += kHex[b >> 4];
      hex += kHex[b & 15];
    }
    return hex;
  }

 private:
  crypto_hash_sha256_state state_{};
};

}  // namespace platewise

#endif  // PLATEWISE_IMPORT_FILE_HASH_H_
