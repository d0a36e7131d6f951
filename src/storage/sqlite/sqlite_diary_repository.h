#ifndef PLATEWISE_STORAGE_SQLITE_SQLITE_DIARY_REPOSITORY_H_
#define PLATEWISE_STORAGE_SQLITE_SQLITE_DIARY_REPOSITORY_H_

#include <memory>

#include "core/ports/diary_repository.h"
#include "core/ports/profile_repository.h"
#include "core/ports/profile_settings_repository.h"
#include "storage/sqlite/sqlite_handle.h"

namespace platewise::sqlite {

class SqliteDiaryRepository final : public DiaryRepository {
 public:
  explicit SqliteDiaryRepository(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<DiaryEntry> AddEntry(UserId owner, const DiaryEntry& entry) override;
  Result<std::vector<DiaryEntry>> AddEntries(UserId owner, const std::vector<DiaryEntry>& entries) override;
  Result<AddedEntry> AddEntryOnce(UserId owner, const DiaryEntry& entry, const std::string& key) override;
  Result<DiaryDayRows> GetDay(UserId owner, const CivilDate& date) override;
  Result<std::vector<FoodLogCount>> CountLogsByFood() override;
  Result<std::vector<DiaryEntry>> ListRange(UserId owner, const CivilDate& from, const CivilDate& to) override;
  Result<std::vector<CivilDate>> LoggedDates(UserId owner, const CivilDate& up_to, int limit) override;
  Result<DiaryEntry> GetEntry(UserId owner, std::int64_t id) override;
  Result<DiaryEntry> UpdateEntry(UserId owner, std::int64_t id, const EntryChanges& changes,
                                 std::optional<std::int64_t> expected_version) override;
  Status DeleteEntry(UserId owner, std::int64_t id) override;
  Result<std::vector<DiaryEntry>> CopyEntries(UserId owner, const CivilDate& from, const CivilDate& to,
                                              std::optional<Meal> meal) override;
  Result<std::vector<FoodUse>> RecentFoods(UserId owner, int limit) override;
  Result<std::vector<FoodUse>> FrequentFoods(UserId owner, int limit) override;
  Result<std::vector<DiaryEntry>> ListAll(UserId owner) override;

 private:
  std::shared_ptr<SqliteConnection> conn_;
};

// The body profile (CLI and API) and the API's profile settings, which are
// saved together.
class SqliteProfileRepository final : public ProfileRepository, public ProfileSettingsRepository {
 public:
  explicit SqliteProfileRepository(std::shared_ptr<SqliteConnection> conn) : conn_(std::move(conn)) {}
  Result<BodyProfile> GetProfile(UserId owner) override;
  Status SaveProfile(UserId owner, const BodyProfile& profile) override;
  Result<ProfileSettings> Get(UserId owner) override;
  Status Save(UserId owner, const ProfileSettings& settings, const BodyProfile& body) override;

 private:
  // REQUIRES: lock held.
  Status SaveProfileLocked(UserId owner, const BodyProfile& profile);
  Result<BodyProfile> ReadBodyLocked(UserId owner);
  Result<ProfileSettings> ReadSettingsLocked(UserId owner);

  std::shared_ptr<SqliteConnection> conn_;
};

}  // namespace platewise::sqlite

#endif  // PLATEWISE_STORAGE_SQLITE_SQLITE_DIARY_REPOSITORY_H_
