#include "core/diary/idempotency_key.h"

namespace platewise {

Status CheckIdempotencyKey(const std::string& key) {
  if (key.empty() || key.size() > kMaxIdempotencyKeyLength) {
    return Status::InvalidArgument("Idempotency-Key must be 1 to 128 characters");
  }
  for (char c : key) {
    if (c < '!' || c > '~') {
      return Status::InvalidArgument("Idempotency-Key must be visible ASCII characters, no spaces");
    }
  }
  return Status::Ok();
}

}  // namespace platewise
