// The faulty store (storage/faulty/): a write that fails with a backend's
// error changes nothing, on every backend; reads pass through unless armed.

#include <sstream>

#include "storage/conformance/conformance_fixture.h"
#include "storage/faulty/faulty_store.h"

namespace platewise::conformance {
namespace {

template <typename Backend>
class FaultyStoreTest : public StoreConformance<Backend> {
 public:
  void SetUp() override {
    StoreConformance<Backend>::SetUp();
    if (::testing::Test::HasFatalFailure()) return;
    this->store_ = MakeFaultyStore(std::move(this->store_), faults_);
    // A day with a row of each kind, and a profile.
    kept_ = this->Log(this->a_, this->Day(1), kSpinach, Meal::kLunch, 30);
    this->Log(this->a_, this->Day(1), kRice, Meal::kDinner, 150);
    water_ = *this->store().water->Add(this->a_, {0, this->Day(1), 500});
    exercise_ = *this->store().exercise->Add(this->a_, {0, this->Day(1), "walking", "Walk", 30.0, Kcal(100)});
    weight_ = *this->store().weights->Put(this->a_, {0, this->Day(1), Kilograms(80)});
    ASSERT_TRUE(this->store().profile_settings->Save(this->a_, {CivilDate{1980, 1, 1}, DisplayUnits::kMetric, "UTC", std::nullopt, MacroTargets{}, std::nullopt},
                                                     Body(80)).ok());
  }

  static BodyProfile Body(double kg) {
    return BodyProfile{Sex::kFemale, 46, Centimeters(170), Kilograms(kg), ActivityLevel::kSedentary, WeeklyGoal{0}};
  }

  // Everything of A's that the writes below could change, as text.
  std::string Snapshot() {
    std::ostringstream out;
    for (int d : {1, 2}) {
      auto day = this->store().diary->GetDay(this->a_, this->Day(d));
      EXPECT_TRUE(day.ok());
      for (const DiaryEntry& e : day->entries) {
        out << "entry " << e.id << " " << e.date.ToString() << " " << MealName(e.meal) << " " << e.food_id << " "
            << e.grams.value() << " " << e.amount_text << "\n";
      }
      for (const WaterEntry& w : day->water) out << "water " << w.id << " " << w.ml << "\n";
      for (const ExerciseEntry& x : day->exercise) out << "exercise " << x.id << " " << x.kcal.value() << "\n";
    }
    auto weights = this->store().weights->List(this->a_, std::nullopt, std::nullopt);
    EXPECT_TRUE(weights.ok());
    for (const WeightEntry& w : *weights) {
      out << "weight " << w.id << " " << w.date.ToString() << " " << w.weight.value() << "\n";
    }
    auto body = this->store().profiles->GetProfile(this->a_);
    out << "profile " << (body.ok() ? std::to_string(body->weight.value()) : "none") << "\n";
    auto settings = this->store().profile_settings->Get(this->a_);
    out << "settings " << (settings.ok() ? settings->time_zone : "none") << "\n";
    return out.str();
  }

  // Arms `error` for the next write, runs `write`, and checks it failed
  // with that error and changed nothing; then that the write works unarmed.
  template <typename Write>
  void ExpectFailedWriteChangesNothing(const Status& error, Write write) {
    const std::string before = Snapshot();
    faults_->FailNextWrites(error);
    Status got = write();
    EXPECT_EQ(got.code(), error.code());
    EXPECT_EQ(got.message(), error.message());
    EXPECT_EQ(Snapshot(), before);
    EXPECT_TRUE(write().ok());  // the fault was used up: the same write now goes through
    EXPECT_NE(Snapshot(), before);
  }

  std::shared_ptr<StoreFaults> faults_ = std::make_shared<StoreFaults>();
  DiaryEntry kept_;
  WaterEntry water_;
  ExerciseEntry exercise_;
  WeightEntry weight_;
};

TYPED_TEST_SUITE(FaultyStoreTest, StoreBackends, BackendNames);

template <typename T>
Status StatusOf(const Result<T>& r) {
  return r.status();
}

TYPED_TEST(FaultyStoreTest, AFailedEntryAddChangesNothing) {
  this->ExpectFailedWriteChangesNothing(DatabaseBusy(), [&] {
    return StatusOf(this->store().diary->AddEntry(this->a_, this->Entry(this->Day(1), Meal::kSnacks, kAlmonds, 28)));
  });
}

TYPED_TEST(FaultyStoreTest, AFailedEntryUpdateChangesNothing) {
  this->ExpectFailedWriteChangesNothing(DiskFull(), [&] {
    return StatusOf(this->store().diary->UpdateEntry(this->a_, this->kept_.id, {.grams = Grams(60)}, std::nullopt));
  });
}

TYPED_TEST(FaultyStoreTest, AFailedEntryDeleteChangesNothing) {
  this->ExpectFailedWriteChangesNothing(DatabaseBusy(),
                                        [&] { return this->store().diary->DeleteEntry(this->a_, this->kept_.id); });
}

TYPED_TEST(FaultyStoreTest, AFailedCopyOfADayChangesNothing) {
  this->ExpectFailedWriteChangesNothing(DiskFull(), [&] {
    return StatusOf(this->store().diary->CopyEntries(this->a_, this->Day(1), this->Day(2), std::nullopt));
  });
}

TYPED_TEST(FaultyStoreTest, FailedWaterWritesChangeNothing) {
  this->ExpectFailedWriteChangesNothing(DatabaseBusy(),
                                        [&] { return StatusOf(this->store().water->Add(this->a_, {0, this->Day(1), 250})); });
  this->ExpectFailedWriteChangesNothing(DiskFull(), [&] { return this->store().water->Delete(this->a_, this->water_.id); });
}

TYPED_TEST(FaultyStoreTest, FailedExerciseWritesChangeNothing) {
  this->ExpectFailedWriteChangesNothing(ConstraintFailed(), [&] {
    return StatusOf(this->store().exercise->Add(this->a_, {0, this->Day(1), "custom", "Row", std::nullopt, Kcal(50)}));
  });
  this->ExpectFailedWriteChangesNothing(DatabaseBusy(),
                                        [&] { return this->store().exercise->Delete(this->a_, this->exercise_.id); });
}

TYPED_TEST(FaultyStoreTest, FailedWeightWritesChangeNothing) {
  this->ExpectFailedWriteChangesNothing(DiskFull(), [&] {
    return StatusOf(this->store().weights->Put(this->a_, {0, this->Day(1), Kilograms(79)}));
  });
  this->ExpectFailedWriteChangesNothing(DatabaseBusy(),
                                        [&] { return this->store().weights->Delete(this->a_, this->weight_.id); });
}

TYPED_TEST(FaultyStoreTest, FailedProfileSavesChangeNothing) {
  this->ExpectFailedWriteChangesNothing(DatabaseBusy(),
                                        [&] { return this->store().profiles->SaveProfile(this->a_, this->Body(75)); });
  this->ExpectFailedWriteChangesNothing(DiskFull(), [&] {
    return this->store().profile_settings->Save(this->a_, {CivilDate{1980, 1, 1}, DisplayUnits::kMetric, "Asia/Tokyo", std::nullopt, MacroTargets{}, std::nullopt},
                                                this->Body(70));
  });
}

TYPED_TEST(FaultyStoreTest, ReadsPassThroughUnlessArmed) {
  this->faults_->FailNextWrites(DatabaseBusy());
  EXPECT_EQ(this->store().diary->GetDay(this->a_, this->Day(1))->entries.size(), 2u);
  EXPECT_TRUE(this->store().foods->GetFood(kSpinach).ok());
  EXPECT_EQ(this->faults_->injected(), 0);
  this->faults_->Clear();
  this->faults_->FailNextReads(DatabaseBusy(), 2);
  EXPECT_EQ(this->store().diary->GetDay(this->a_, this->Day(1)).status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(this->store().foods->GetFood(kSpinach).status().message(), "database is busy");
  EXPECT_TRUE(this->store().foods->GetFood(kSpinach).ok());
  EXPECT_EQ(this->faults_->injected(), 2);
}

TYPED_TEST(FaultyStoreTest, AFaultArmedForOnePortLeavesTheOthersAlone) {
  this->faults_->FailNextWritesTo(FaultPort::kWater, DiskFull(), 2);
  EXPECT_TRUE(this->store().diary->AddEntry(this->a_, this->Entry(this->Day(2), Meal::kLunch, kRice, 10)).ok());
  EXPECT_TRUE(this->store().weights->Put(this->a_, {0, this->Day(2), Kilograms(79)}).ok());
  EXPECT_EQ(this->store().water->Add(this->a_, {0, this->Day(2), 100}).status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(this->store().water->Delete(this->a_, this->water_.id).code(), StatusCode::kUnavailable);
  EXPECT_TRUE(this->store().water->Add(this->a_, {0, this->Day(2), 100}).ok());
  EXPECT_EQ(this->store().water->ListAll(this->a_)->size(), 2u);
}

TYPED_TEST(FaultyStoreTest, AConflictFromTheBackendReachesTheCallerAsItIs) {
  this->faults_->FailNextWritesTo(FaultPort::kAccounts, ConstraintFailed());
  auto user = this->store().accounts->CreateUser("c@example.org", "h");
  EXPECT_EQ(user.status().code(), StatusCode::kConflict);
  EXPECT_EQ(this->store().accounts->FindUserByEmail("c@example.org").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace platewise::conformance
