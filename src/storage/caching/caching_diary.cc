#include "storage/caching/caching_diary.h"

#include "core/diary/day_number.h"
#include "storage/caching/cache_stats.h"

namespace platewise {
namespace {

// Passes a write's result on after the user's new stamp is known.
template <typename R>
R Wrote(KnownVersions& known, UserId owner, R result) {
  known.users.AfterWrite(owner);
  return result;
}

}  // namespace

Result<DiaryDayRows> CachingDiaryRepository::GetDay(UserId owner, const CivilDate& date) {
  const std::optional<std::uint64_t> current = known_->users.Current(owner);
  CacheCounter& counter = ProcessCacheStats().diary_days;
  if (!current) {
    counter.Miss();
    return inner_->GetDay(owner, date);
  }
  const DayKey key{owner, DayNumber(date)};
  if (auto hit = days_.Find(key); hit && hit->version == *current) {
    counter.Hit();
    return *std::move(hit);
  }
  counter.Miss();
  auto day = inner_->GetDay(owner, date);
  if (!day.ok()) return day;
  known_->users.Seen(owner, day->version);
  days_.Put(key, *day);
  return day;
}

Result<DiaryEntry> CachingDiaryRepository::AddEntry(UserId owner, const DiaryEntry& entry) {
  return Wrote(*known_, owner, inner_->AddEntry(owner, entry));
}

Result<std::vector<DiaryEntry>> CachingDiaryRepository::AddEntries(UserId owner, const std::vector<DiaryEntry>& entries) {
  return Wrote(*known_, owner, inner_->AddEntries(owner, entries));
}

Result<AddedEntry> CachingDiaryRepository::AddEntryOnce(UserId owner, const DiaryEntry& entry, const std::string& key) {
  return Wrote(*known_, owner, inner_->AddEntryOnce(owner, entry, key));
}

Result<DiaryEntry> CachingDiaryRepository::UpdateEntry(UserId owner, std::int64_t id, const EntryChanges& changes,
                                                       std::optional<std::int64_t> expected_version) {
  return Wrote(*known_, owner, inner_->UpdateEntry(owner, id, changes, expected_version));
}

Status CachingDiaryRepository::DeleteEntry(UserId owner, std::int64_t id) {
  return Wrote(*known_, owner, inner_->DeleteEntry(owner, id));
}

Result<std::vector<DiaryEntry>> CachingDiaryRepository::CopyEntries(UserId owner, const CivilDate& from,
                                                                    const CivilDate& to, std::optional<Meal> meal) {
  return Wrote(*known_, owner, inner_->CopyEntries(owner, from, to, meal));
}

Result<WaterEntry> CachingWaterLog::Add(UserId owner, const WaterEntry& entry) {
  return Wrote(*known_, owner, inner_->Add(owner, entry));
}

Status CachingWaterLog::Delete(UserId owner, std::int64_t id) {
  return Wrote(*known_, owner, inner_->Delete(owner, id));
}

Result<ExerciseEntry> CachingExerciseLog::Add(UserId owner, const ExerciseEntry& entry) {
  return Wrote(*known_, owner, inner_->Add(owner, entry));
}

Status CachingExerciseLog::Delete(UserId owner, std::int64_t id) {
  return Wrote(*known_, owner, inner_->Delete(owner, id));
}

}  // namespace platewise
