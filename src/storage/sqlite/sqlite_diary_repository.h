#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_DIARY_REPOSITORY_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_DIARY_REPOSITORY_H_

#include <memory>

#include "core/ports/diary_repository.h"
#include "core/ports/profile_repository.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteDiaryRepository final : public DiaryRepository {
 public:
  explicit SqliteDiaryRepository(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<DiaryEntry> AddEntry(UserId owner, const DiaryEntry& entry) override;
  Result<std::vector<DiaryEntry>> ListDay(UserId owner, const CivilDate& date) override;
  Result<std::vector<FoodLogCount>> CountLogsByFood() override;
  Result<std::vector<DiaryEntry>> ListRange(UserId owner, const CivilDate& from, const CivilDate& to) override;
  Result<std::vector<CivilDate>> LoggedDates(UserId owner, const CivilDate& up_to, int limit) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

class SqliteProfileRepository final : public ProfileRepository {
 public:
  explicit SqliteProfileRepository(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<BodyProfile> GetProfile(UserId owner) override;
  Status SaveProfile(UserId owner, const BodyProfile& profile) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_DIARY_REPOSITORY_H_
