#ifndef PLATEWISE_CORE_DIARY_IDEMPOTENCY_KEY_H_
#define PLATEWISE_CORE_DIARY_IDEMPOTENCY_KEY_H_

// The key a client gives a write it may send more than once (an entry made
// offline, sent again after a lost answer): 1 to 128 visible ASCII
// characters (a UUID, say). The store keeps it with what the write made
// (DiaryRepository::AddEntryOnce).

#include <cstddef>
#include <string>

#include "core/status.h"

namespace platewise {

inline constexpr std::size_t kMaxIdempotencyKeyLength = 128;

// InvalidArgument, saying why, unless `key` is a valid key.
Status CheckIdempotencyKey(const std::string& key);

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_IDEMPOTENCY_KEY_H_
