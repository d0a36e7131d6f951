#ifndef PLATEWISE_CORE_PORTS_DATA_VERSIONS_H_
#define PLATEWISE_CORE_PORTS_DATA_VERSIONS_H_

// Version stamps that a store advances in the same transaction as the writes
// they cover, so that a cache in front of the store (storage/caching/) can
// tell whether what it holds is still current by comparing one number, in
// any process that opens the same data.
//
// Contract for backends:
// - UserVersion(owner) moves, in the same transaction as the write, whenever
//   a write to that user's diary entries, water, exercise, body profile or
//   profile settings, sessions or API tokens, or account row commits (the
//   account's creation and deletion included). It moves to a value that no
//   user's stamp ever had (one store-wide counter), so a deleted and
//   re-created user id never matches a stamp of the old account. It never
//   moves backwards. A user without any stamp reads as 0. Creating a session
//   or an API token need not move it: caches keep only credentials that were
//   found, so a new token hash is in no cache (changing or deleting one must).
// - FoodsVersion() moves, in the same transaction, whenever a food row is
//   changed or deleted or a shared food is added (a dataset import; deleting a
//   custom food or recipe; deleting an account that owned some). Adding a
//   custom food or recipe need not move it: its id was in no cache (ids of
//   deleted foods are reused only after the deletion moved the stamp).
// - DiaryRepository::GetDay fills DiaryDayRows::version with the owner's
//   UserVersion read in the same snapshot as the rows.
// Thread-safe.

#include <cstdint>

#include "core/diary/diary_entry.h"
#include "core/status.h"

namespace platewise {

struct UserAndFoodsVersions {
  std::uint64_t user = 0;
  std::uint64_t foods = 0;
};

class DataVersions {
 public:
  virtual ~DataVersions() = default;
  virtual Result<std::uint64_t> UserVersion(UserId owner) = 0;
  virtual Result<std::uint64_t> FoodsVersion() = 0;
  // Both stamps, each read after the call began (a backend where a read
  // costs a round trip answers both in one).
  virtual Result<UserAndFoodsVersions> BothVersions(UserId owner) {
    auto user = UserVersion(owner);
    if (!user.ok()) return user.status();
    auto foods = FoodsVersion();
    if (!foods.ok()) return foods.status();
    return UserAndFoodsVersions{*user, *foods};
  }
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_DATA_VERSIONS_H_
