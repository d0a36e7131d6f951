#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_SUPPLEMENT_REPOSITORY_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_SUPPLEMENT_REPOSITORY_H_

#include <memory>

#include "core/ports/supplement_repository.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteSupplementRepository final : public SupplementRepository {
 public:
  explicit SqliteSupplementRepository(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<Supplement> AddSupplement(UserId owner, const Supplement& supplement) override;
  Result<Supplement> GetSupplement(UserId owner, std::int64_t id) override;
  Result<std::vector<Supplement>> ListSupplements(UserId owner) override;
  Result<SupplementDose> LogDose(UserId owner, const SupplementDose& dose) override;
  Result<std::vector<SupplementDose>> ListDoses(UserId owner, const CivilDate& from, const CivilDate& to) override;
  Status DeleteSupplement(UserId owner, std::int64_t id) override;
  Status DeleteDose(UserId owner, std::int64_t id) override;

 private:
  // REQUIRES: the connection lock is held.
  Result<Supplement> GetLocked(UserId owner, std::int64_t id);

  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_SUPPLEMENT_REPOSITORY_H_
