#ifndef PLATEWISE_STORAGE_CACHING_CACHING_DIARY_H_
#define PLATEWISE_STORAGE_CACHING_CACHING_DIARY_H_

// The diary day cache: DiaryRepository::GetDay (a user's entries, water and
// exercise of one date) by user and date, tagged with the user's stamp read
// in the day's own snapshot (DiaryDayRows::version). Every write to entries,
// water or exercise through these decorators learns the user's new stamp
// after it returns, which retires all of that user's cached days at once.

#include <memory>

#include "core/ports/diary_repository.h"
#include "core/ports/log_repositories.h"
#include "storage/caching/known_versions.h"
#include "storage/shared_cache.h"

namespace platewise {

struct DayKey {
  UserId owner = 0;
  int day = 0;  // DayNumber(date)
  bool operator==(const DayKey&) const = default;
};

struct DayKeyHash {
  std::size_t operator()(const DayKey& k) const {
    return std::hash<std::int64_t>()(k.owner * 1000003 ^ static_cast<std::int64_t>(k.day));
  }
};

class CachingDiaryRepository final : public DiaryRepository {
 public:
  CachingDiaryRepository(std::unique_ptr<DiaryRepository> inner, std::shared_ptr<KnownVersions> known)
      : inner_(std::move(inner)), known_(std::move(known)) {}

  Result<DiaryEntry> AddEntry(UserId owner, const DiaryEntry& entry) override;
  Result<std::vector<DiaryEntry>> AddEntries(UserId owner, const std::vector<DiaryEntry>& entries) override;
  Result<AddedEntry> AddEntryOnce(UserId owner, const DiaryEntry& entry, const std::string& key) override;
  Result<DiaryDayRows> GetDay(UserId owner, const CivilDate& date) override;
  Result<std::vector<FoodLogCount>> CountLogsByFood() override { return inner_->CountLogsByFood(); }
  Result<std::vector<DiaryEntry>> ListRange(UserId owner, const CivilDate& from, const CivilDate& to) override {
    return inner_->ListRange(owner, from, to);
  }
  Result<std::vector<CivilDate>> LoggedDates(UserId owner, const CivilDate& up_to, int limit) override {
    return inner_->LoggedDates(owner, up_to, limit);
  }
  Result<DiaryEntry> GetEntry(UserId owner, std::int64_t id) override { return inner_->GetEntry(owner, id); }
  Result<DiaryEntry> UpdateEntry(UserId owner, std::int64_t id, const EntryChanges& changes,
                                 std::optional<std::int64_t> expected_version) override;
  Status DeleteEntry(UserId owner, std::int64_t id) override;
  Result<std::vector<DiaryEntry>> CopyEntries(UserId owner, const CivilDate& from, const CivilDate& to,
                                              std::optional<Meal> meal) override;
  Result<std::vector<FoodUse>> RecentFoods(UserId owner, int limit) override {
    return inner_->RecentFoods(owner, limit);
  }
  Result<std::vector<FoodUse>> FrequentFoods(UserId owner, int limit) override {
    return inner_->FrequentFoods(owner, limit);
  }
  Result<std::vector<DiaryEntry>> ListAll(UserId owner) override { return inner_->ListAll(owner); }

 private:
  std::unique_ptr<DiaryRepository> inner_;
  std::shared_ptr<KnownVersions> known_;
  SharedCache<DayKey, DiaryDayRows, DayKeyHash> days_{16384};  // each tagged with its own `version`
};

// Water and exercise pass through; their writes retire the user's cached days.
class CachingWaterLog final : public WaterLog {
 public:
  CachingWaterLog(std::unique_ptr<WaterLog> inner, std::shared_ptr<KnownVersions> known)
      : inner_(std::move(inner)), known_(std::move(known)) {}
  Result<WaterEntry> Add(UserId owner, const WaterEntry& entry) override;
  Status Delete(UserId owner, std::int64_t id) override;
  Result<std::vector<WaterEntry>> ListAll(UserId owner) override { return inner_->ListAll(owner); }

 private:
  std::unique_ptr<WaterLog> inner_;
  std::shared_ptr<KnownVersions> known_;
};

class CachingExerciseLog final : public ExerciseLog {
 public:
  CachingExerciseLog(std::unique_ptr<ExerciseLog> inner, std::shared_ptr<KnownVersions> known)
      : inner_(std::move(inner)), known_(std::move(known)) {}
  Result<ExerciseEntry> Add(UserId owner, const ExerciseEntry& entry) override;
  Status Delete(UserId owner, std::int64_t id) override;
  Result<std::vector<ExerciseEntry>> ListAll(UserId owner) override { return inner_->ListAll(owner); }

 private:
  std::unique_ptr<ExerciseLog> inner_;
  std::shared_ptr<KnownVersions> known_;
};

}  // namespace platewise

#endif  // PLATEWISE_STORAGE_CACHING_CACHING_DIARY_H_
