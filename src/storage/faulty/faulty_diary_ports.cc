// The faulty store's DiaryRepository and the small logs (water, exercise,
// weight, favourites).

#include "storage/faulty/faulty_ports.h"

namespace platewise::faulty {
namespace {

class FaultyDiary final : public DiaryRepository {
 public:
  static constexpr FaultPort kPort = FaultPort::kDiary;
  explicit FaultyDiary(Shared s) : s_(std::move(s)) {}
  Result<DiaryEntry> AddEntry(UserId owner, const DiaryEntry& e) override { PW_FAULTY_WRITE(in().AddEntry(owner, e)); }
  Result<std::vector<DiaryEntry>> AddEntries(UserId owner, const std::vector<DiaryEntry>& e) override {
    PW_FAULTY_WRITE(in().AddEntries(owner, e));
  }
  Result<AddedEntry> AddEntryOnce(UserId owner, const DiaryEntry& e, const std::string& key) override {
    PW_FAULTY_WRITE(in().AddEntryOnce(owner, e, key));
  }
  Result<DiaryDayRows> GetDay(UserId owner, const CivilDate& date) override { PW_FAULTY_READ(in().GetDay(owner, date)); }
  Result<std::vector<FoodLogCount>> CountLogsByFood() override { PW_FAULTY_READ(in().CountLogsByFood()); }
  Result<std::vector<DiaryEntry>> ListRange(UserId owner, const CivilDate& from, const CivilDate& to) override {
    PW_FAULTY_READ(in().ListRange(owner, from, to));
  }
  Result<std::vector<CivilDate>> LoggedDates(UserId owner, const CivilDate& up_to, int limit) override {
    PW_FAULTY_READ(in().LoggedDates(owner, up_to, limit));
  }
  Result<DiaryEntry> GetEntry(UserId owner, std::int64_t id) override { PW_FAULTY_READ(in().GetEntry(owner, id)); }
  Result<DiaryEntry> UpdateEntry(UserId owner, std::int64_t id, const EntryChanges& changes,
                                 std::optional<std::int64_t> expected_version) override {
    PW_FAULTY_WRITE(in().UpdateEntry(owner, id, changes, expected_version));
  }
  Status DeleteEntry(UserId owner, std::int64_t id) override { PW_FAULTY_WRITE(in().DeleteEntry(owner, id)); }
  Result<std::vector<DiaryEntry>> CopyEntries(UserId owner, const CivilDate& from, const CivilDate& to,
                                              std::optional<Meal> meal) override {
    PW_FAULTY_WRITE(in().CopyEntries(owner, from, to, meal));
  }
  Result<std::vector<FoodUse>> RecentFoods(UserId owner, int limit) override {
    PW_FAULTY_READ(in().RecentFoods(owner, limit));
  }
  Result<std::vector<FoodUse>> FrequentFoods(UserId owner, int limit) override {
    PW_FAULTY_READ(in().FrequentFoods(owner, limit));
  }
  Result<std::vector<DiaryEntry>> ListAll(UserId owner) override { PW_FAULTY_READ(in().ListAll(owner)); }

 private:
  DiaryRepository& in() { return *s_.inner->diary; }
  Shared s_;
};

class FaultyWater final : public WaterLog {
 public:
  static constexpr FaultPort kPort = FaultPort::kWater;
  explicit FaultyWater(Shared s) : s_(std::move(s)) {}
  Result<WaterEntry> Add(UserId owner, const WaterEntry& e) override { PW_FAULTY_WRITE(in().Add(owner, e)); }
  Status Delete(UserId owner, std::int64_t id) override { PW_FAULTY_WRITE(in().Delete(owner, id)); }
  Result<std::vector<WaterEntry>> ListAll(UserId owner) override { PW_FAULTY_READ(in().ListAll(owner)); }

 private:
  WaterLog& in() { return *s_.inner->water; }
  Shared s_;
};

class FaultyExercise final : public ExerciseLog {
 public:
  static constexpr FaultPort kPort = FaultPort::kExercise;
  explicit FaultyExercise(Shared s) : s_(std::move(s)) {}
  Result<ExerciseEntry> Add(UserId owner, const ExerciseEntry& e) override { PW_FAULTY_WRITE(in().Add(owner, e)); }
  Status Delete(UserId owner, std::int64_t id) override { PW_FAULTY_WRITE(in().Delete(owner, id)); }
  Result<std::vector<ExerciseEntry>> ListAll(UserId owner) override { PW_FAULTY_READ(in().ListAll(owner)); }

 private:
  ExerciseLog& in() { return *s_.inner->exercise; }
  Shared s_;
};

class FaultyWeights final : public WeightLog {
 public:
  static constexpr FaultPort kPort = FaultPort::kWeights;
  explicit FaultyWeights(Shared s) : s_(std::move(s)) {}
  Result<WeightEntry> Put(UserId owner, const WeightEntry& e) override { PW_FAULTY_WRITE(in().Put(owner, e)); }
  Result<std::vector<WeightEntry>> List(UserId owner, std::optional<CivilDate> from,
                                        std::optional<CivilDate> to) override {
    PW_FAULTY_READ(in().List(owner, from, to));
  }
  Status Delete(UserId owner, std::int64_t id) override { PW_FAULTY_WRITE(in().Delete(owner, id)); }

 private:
  WeightLog& in() { return *s_.inner->weights; }
  Shared s_;
};

class FaultyFavourites final : public FavouriteFoods {
 public:
  static constexpr FaultPort kPort = FaultPort::kFavourites;
  explicit FaultyFavourites(Shared s) : s_(std::move(s)) {}
  Status Add(UserId owner, const std::string& id) override { PW_FAULTY_WRITE(in().Add(owner, id)); }
  Status Remove(UserId owner, const std::string& id) override { PW_FAULTY_WRITE(in().Remove(owner, id)); }
  Result<std::vector<std::string>> List(UserId owner) override { PW_FAULTY_READ(in().List(owner)); }

 private:
  FavouriteFoods& in() { return *s_.inner->favourites; }
  Shared s_;
};

class FaultyHistoryImports final : public HistoryImports {
 public:
  static constexpr FaultPort kPort = FaultPort::kHistoryImports;
  explicit FaultyHistoryImports(Shared s) : s_(std::move(s)) {}
  Result<HistoryWrite> StreamBatch(UserId owner, const HistoryFileInfo& info, const HistoryFeed& feed) override {
    PW_FAULTY_WRITE(in().StreamBatch(owner, info, feed));
  }
  Result<ImportProvenance> ListProvenance(UserId owner) override { PW_FAULTY_READ(in().ListProvenance(owner)); }
  Status RestoreProvenance(UserId owner, const ImportProvenance& provenance) override {
    PW_FAULTY_WRITE(in().RestoreProvenance(owner, provenance));
  }

 private:
  HistoryImports& in() { return *s_.inner->history_imports; }
  Shared s_;
};

}  // namespace

void WrapDiaryPorts(const Shared& shared, Store& out) {
  out.diary = std::make_unique<FaultyDiary>(shared);
  out.water = std::make_unique<FaultyWater>(shared);
  out.exercise = std::make_unique<FaultyExercise>(shared);
  out.weights = std::make_unique<FaultyWeights>(shared);
  out.favourites = std::make_unique<FaultyFavourites>(shared);
  if (shared.inner->history_imports) out.history_imports = std::make_unique<FaultyHistoryImports>(shared);
}

}  // namespace platewise::faulty
