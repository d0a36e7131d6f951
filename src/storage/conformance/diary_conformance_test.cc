// DiaryRepository: entries scoped to their owner, the orders callers rely on,
// updates (partial, versioned, atomic), copies, and the recent and frequent
// foods.

#include <algorithm>
#include <atomic>
#include <barrier>
#include <set>
#include <thread>
#include <tuple>

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(DiaryConformance);

std::vector<std::int64_t> Ids(const std::vector<DiaryEntry>& entries) {
  std::vector<std::int64_t> ids;
  for (const DiaryEntry& e : entries) ids.push_back(e.id);
  return ids;
}

std::vector<std::string> FoodIds(const std::vector<FoodUse>& uses) {
  std::vector<std::string> ids;
  for (const FoodUse& u : uses) ids.push_back(u.food_id);
  return ids;
}

void ExpectSameEntry(const DiaryEntry& got, const DiaryEntry& want) {
  EXPECT_EQ(got.id, want.id);
  EXPECT_EQ(got.date, want.date);
  EXPECT_EQ(got.meal, want.meal);
  EXPECT_EQ(got.food_id, want.food_id);
  EXPECT_EQ(got.grams.value(), want.grams.value());
  EXPECT_EQ(got.amount_text, want.amount_text);
  EXPECT_EQ(got.version, want.version);
}

TYPED_TEST(DiaryConformance, AnAddedEntryReadsBackWithEveryField) {
  auto added = this->store().diary->AddEntry(this->a_, this->Entry(this->Day(2), Meal::kDinner, kSpinach, 45.5, "1.5 cups"));
  ASSERT_TRUE(added.ok()) << added.status().message();
  EXPECT_GT(added->id, 0);
  auto got = this->store().diary->GetEntry(this->a_, added->id);
  ASSERT_TRUE(got.ok());
  ExpectSameEntry(*got, *added);
  EXPECT_EQ(got->amount_text, "1.5 cups");
  EXPECT_EQ(got->meal, Meal::kDinner);
}

TYPED_TEST(DiaryConformance, EntriesOfADayComeInTheOrderAdded) {
  // Neither by meal nor by food id: in the order added.
  DiaryEntry first = this->Log(this->a_, this->Day(3), kRice, Meal::kSnacks);
  DiaryEntry second = this->Log(this->a_, this->Day(3), kAlmonds, Meal::kBreakfast);
  this->Log(this->a_, this->Day(4), kButter);
  DiaryEntry third = this->Log(this->a_, this->Day(3), kButter, Meal::kDinner);
  auto w1 = this->store().water->Add(this->a_, {0, this->Day(3), 500});
  auto w2 = this->store().water->Add(this->a_, {0, this->Day(3), 250});
  auto x1 = this->store().exercise->Add(this->a_, {0, this->Day(3), "walking", "Walk", 30.0, Kcal(120)});
  auto x2 = this->store().exercise->Add(this->a_, {0, this->Day(3), "custom", "Climbing", std::nullopt, Kcal(300)});
  ASSERT_TRUE(w1.ok() && w2.ok() && x1.ok() && x2.ok());
  auto day = this->store().diary->GetDay(this->a_, this->Day(3));
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(Ids(day->entries), (std::vector<std::int64_t>{first.id, second.id, third.id}));
  ExpectSameEntry(day->entries[1], second);
  ASSERT_EQ(day->water.size(), 2u);
  EXPECT_EQ(day->water[0].id, w1->id);
  EXPECT_EQ(day->water[1].ml, 250);
  ASSERT_EQ(day->exercise.size(), 2u);
  EXPECT_EQ(day->exercise[0].id, x1->id);
  EXPECT_EQ(day->exercise[1].description, "Climbing");
  EXPECT_FALSE(day->exercise[1].minutes.has_value());
  auto empty = this->store().diary->GetDay(this->a_, this->Day(9));
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->entries.empty() && empty->water.empty() && empty->exercise.empty());
}

TYPED_TEST(DiaryConformance, AnUnknownFoodOrAnotherUsersCustomFoodIsNotFoundAndNothingIsAdded) {
  Food theirs = this->CustomFood(this->b_, "B's bar");
  EXPECT_EQ(this->store().diary->AddEntry(this->a_, this->Entry(this->Day(1), Meal::kLunch, "99999", 10)).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(this->store().diary->AddEntry(this->a_, this->Entry(this->Day(1), Meal::kLunch, theirs.id, 10)).status().code(),
            StatusCode::kNotFound);
  EXPECT_TRUE(this->store().diary->ListAll(this->a_)->empty());
  Food mine = this->CustomFood(this->a_, "A's bar");
  EXPECT_TRUE(this->store().diary->AddEntry(this->a_, this->Entry(this->Day(1), Meal::kLunch, mine.id, 10)).ok());
}

TYPED_TEST(DiaryConformance, ARangeIsInclusiveByDateThenInTheOrderAdded) {
  DiaryEntry e1 = this->Log(this->a_, this->Day(3), kRice);
  DiaryEntry e2 = this->Log(this->a_, this->Day(1), kRice);
  DiaryEntry e3 = this->Log(this->a_, this->Day(3), kAlmonds);
  DiaryEntry e4 = this->Log(this->a_, this->Day(2), kSpinach);
  this->Log(this->a_, this->Day(4), kSpinach);
  this->Log(this->b_, this->Day(2), kSpinach);
  auto range = this->store().diary->ListRange(this->a_, this->Day(1), this->Day(3));
  ASSERT_TRUE(range.ok());
  EXPECT_EQ(Ids(*range), (std::vector<std::int64_t>{e2.id, e4.id, e1.id, e3.id}));
  EXPECT_EQ(Ids(*this->store().diary->ListRange(this->a_, this->Day(3), this->Day(3))),
            (std::vector<std::int64_t>{e1.id, e3.id}));
  EXPECT_TRUE(this->store().diary->ListRange(this->a_, this->Day(5), this->Day(9))->empty());
}

TYPED_TEST(DiaryConformance, ListAllIsByDateThenInTheOrderAdded) {
  DiaryEntry e1 = this->Log(this->a_, this->Day(5), kRice);
  DiaryEntry e2 = this->Log(this->a_, this->Day(1), kRice);
  DiaryEntry e3 = this->Log(this->a_, this->Day(5), kButter);
  this->Log(this->b_, this->Day(1), kSpinach);
  EXPECT_EQ(Ids(*this->store().diary->ListAll(this->a_)), (std::vector<std::int64_t>{e2.id, e1.id, e3.id}));
}

TYPED_TEST(DiaryConformance, LoggedDatesAreTheLatestDaysWithEntriesNewestFirst) {
  for (int d : {1, 3, 3, 5, 7}) this->Log(this->a_, this->Day(d), kRice);
  this->Log(this->b_, this->Day(4), kRice);
  ASSERT_TRUE(this->store().water->Add(this->a_, {0, this->Day(4), 250}).ok());  // water alone is no food logged
  EXPECT_EQ(*this->store().diary->LoggedDates(this->a_, this->Day(5), 2),
            (std::vector<CivilDate>{this->Day(5), this->Day(3)}));
  EXPECT_EQ(*this->store().diary->LoggedDates(this->a_, this->Day(6), 100),
            (std::vector<CivilDate>{this->Day(5), this->Day(3), this->Day(1)}));
  EXPECT_TRUE(this->store().diary->LoggedDates(this->b_, this->Day(3), 10)->empty());
  EXPECT_EQ(this->store().diary->LoggedDates(this->a_, this->Day(5), 0).status().code(), StatusCode::kInvalidArgument);
}

// Defect fixed in the SQLite store: UpdateEntry answered with the caller's
// entry, so a food id in the request came back as if it had been stored.
TYPED_TEST(DiaryConformance, UpdateChangesDateMealGramsAndTextButNeverTheFood) {
  DiaryEntry e = this->Log(this->a_, this->Day(1), kSpinach, Meal::kLunch, 30);
  EntryChanges all{this->Day(2), Meal::kDinner, Grams(60), "2 cups"};
  auto updated = this->store().diary->UpdateEntry(this->a_, e.id, all, std::nullopt);
  ASSERT_TRUE(updated.ok()) << updated.status().message();
  DiaryEntry expected{e.id, this->Day(2), Meal::kDinner, kSpinach, Grams(60), "2 cups", updated->version};
  ExpectSameEntry(*updated, expected);
  ExpectSameEntry(*this->store().diary->GetEntry(this->a_, e.id), expected);
  EXPECT_TRUE(this->store().diary->GetDay(this->a_, this->Day(1))->entries.empty());
  EXPECT_EQ(this->store().diary->GetDay(this->a_, this->Day(2))->entries.size(), 1u);
}

// Issue 14, lost updates: an update rewrote every column from what the
// caller had read. Now it writes the fields it is given and nothing else.
TYPED_TEST(DiaryConformance, AnUpdateWritesOnlyTheFieldsItIsGiven) {
  DiaryEntry e = this->Log(this->a_, this->Day(1), kSpinach, Meal::kLunch, 30);
  auto meal = this->store().diary->UpdateEntry(this->a_, e.id, {.meal = Meal::kDinner}, std::nullopt);
  ASSERT_TRUE(meal.ok()) << meal.status().message();
  auto grams =
      this->store().diary->UpdateEntry(this->a_, e.id, {.grams = Grams(75), .amount_text = "75 g"}, std::nullopt);
  ASSERT_TRUE(grams.ok()) << grams.status().message();
  DiaryEntry expected{e.id, this->Day(1), Meal::kDinner, kSpinach, Grams(75), "75 g", grams->version};
  ExpectSameEntry(*grams, expected);
  ExpectSameEntry(*this->store().diary->GetEntry(this->a_, e.id), expected);
  auto date = this->store().diary->UpdateEntry(this->a_, e.id, {.date = this->Day(4)}, std::nullopt);
  ASSERT_TRUE(date.ok());
  expected.date = this->Day(4);
  expected.version = date->version;
  ExpectSameEntry(*this->store().diary->GetEntry(this->a_, e.id), expected);
}

// The version every read gives is the stored one, every write moves it, and
// no entry ever takes a version any entry had: not an update of it, not a
// copy, not an entry added later (perhaps under a deleted entry's id).
TYPED_TEST(DiaryConformance, EveryWriteGivesTheEntryAVersionNoEntryHadBefore) {
  auto& diary = *this->store().diary;
  std::set<std::int64_t> seen;
  auto fresh = [&](std::int64_t version) {
    EXPECT_GT(version, 0);
    EXPECT_TRUE(seen.insert(version).second) << "version " << version << " came again";
  };
  DiaryEntry e = this->Log(this->a_, this->Day(1), kSpinach, Meal::kLunch, 30);
  fresh(e.version);
  EXPECT_EQ(diary.GetEntry(this->a_, e.id)->version, e.version);
  for (double g : {40.0, 50.0, 50.0}) {  // writing the same value again is a write too
    auto u = diary.UpdateEntry(this->a_, e.id, {.grams = Grams(g)}, std::nullopt);
    ASSERT_TRUE(u.ok()) << u.status().message();
    fresh(u->version);
    EXPECT_EQ(diary.GetEntry(this->a_, e.id)->version, u->version);
    EXPECT_EQ(diary.GetDay(this->a_, this->Day(1))->entries.at(0).version, u->version);
    EXPECT_EQ(diary.ListAll(this->a_)->at(0).version, u->version);
    EXPECT_EQ(diary.ListRange(this->a_, this->Day(1), this->Day(1))->at(0).version, u->version);
  }
  auto copies = diary.CopyEntries(this->a_, this->Day(1), this->Day(2), std::nullopt);
  ASSERT_TRUE(copies.ok());
  ASSERT_EQ(copies->size(), 1u);
  fresh(copies->at(0).version);
  EXPECT_EQ(diary.GetEntry(this->a_, copies->at(0).id)->version, copies->at(0).version);
  DiaryEntry other = this->Log(this->b_, this->Day(1), kRice);
  fresh(other.version);
  // Deleting the newest entries lets a store hand their ids out again.
  ASSERT_TRUE(diary.DeleteEntry(this->b_, other.id).ok());
  ASSERT_TRUE(diary.DeleteEntry(this->a_, copies->at(0).id).ok());
  DiaryEntry again = this->Log(this->a_, this->Day(2), kSpinach, Meal::kLunch, 30);
  fresh(again.version);
}

TYPED_TEST(DiaryConformance, AnUpdateExpectingTheCurrentVersionApplies) {
  DiaryEntry e = this->Log(this->a_, this->Day(1), kSpinach, Meal::kLunch, 30);
  auto u = this->store().diary->UpdateEntry(this->a_, e.id, {.grams = Grams(45)}, e.version);
  ASSERT_TRUE(u.ok()) << u.status().message();
  EXPECT_EQ(u->grams.value(), 45);
  auto v = this->store().diary->UpdateEntry(this->a_, e.id, {.meal = Meal::kSnacks}, u->version);
  ASSERT_TRUE(v.ok()) << v.status().message();
  EXPECT_EQ(v->meal, Meal::kSnacks);
  EXPECT_EQ(v->grams.value(), 45);
}

// Issue 14: an edit made against a version the entry no longer has (If-Match
// with a stale ETag) is refused as a failed precondition and changes nothing.
TYPED_TEST(DiaryConformance, AStaleExpectedVersionIsPreconditionFailedAndChangesNothing) {
  auto& diary = *this->store().diary;
  DiaryEntry e = this->Log(this->a_, this->Day(1), kSpinach, Meal::kLunch, 30);
  auto moved = diary.UpdateEntry(this->a_, e.id, {.meal = Meal::kDinner}, std::nullopt);
  ASSERT_TRUE(moved.ok());
  ASSERT_TRUE(diary.GetDay(this->a_, this->Day(1)).ok());  // read before: any cache is dropped
  auto stale = diary.UpdateEntry(this->a_, e.id, {this->Day(3), Meal::kSnacks, Grams(99), "99 g"}, e.version);
  EXPECT_EQ(stale.status().code(), StatusCode::kPreconditionFailed) << stale.status().message();
  EXPECT_NE(stale.status().message().find(std::to_string(e.id)), std::string::npos) << stale.status().message();
  ExpectSameEntry(*diary.GetEntry(this->a_, e.id), *moved);  // version included
  ExpectSameEntry(diary.GetDay(this->a_, this->Day(1))->entries.at(0), *moved);
  EXPECT_TRUE(diary.GetDay(this->a_, this->Day(3))->entries.empty());
  // A version the entry never had is stale too; the missing and the other
  // owner's entries stay NotFound whatever the version.
  EXPECT_EQ(diary.UpdateEntry(this->a_, e.id, {.grams = Grams(1)}, moved->version + 1000).status().code(),
            StatusCode::kPreconditionFailed);
  EXPECT_EQ(diary.UpdateEntry(this->a_, 12345, {.grams = Grams(1)}, moved->version).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(diary.UpdateEntry(this->b_, e.id, {.grams = Grams(1)}, moved->version).status().code(),
            StatusCode::kNotFound);
  ExpectSameEntry(*diary.GetEntry(this->a_, e.id), *moved);
}

// Issue 14, lost updates: two edits of one entry at the same time, one of
// its grams and one of its meal, both answered OK, and now and then one of
// them was gone (each read the entry, then wrote every field back). Each
// round races the two on threads released together; both must survive.
TYPED_TEST(DiaryConformance, ConcurrentUpdatesOfDifferentFieldsOfOneEntryBothSurvive) {
  auto& diary = *this->store().diary;
  constexpr int kRounds = 60;
  DiaryEntry e = this->Log(this->a_, this->Day(1), kSpinach, Meal::kLunch, 30);
  const Meal kMeals[] = {Meal::kBreakfast, Meal::kDinner, Meal::kSnacks, Meal::kLunch};
  for (int round = 0; round < kRounds; ++round) {
    const double grams = 100 + round;
    const Meal meal = kMeals[round % 4];
    std::barrier start(2);
    std::thread by_grams([&] {
      start.arrive_and_wait();
      EXPECT_TRUE(diary.UpdateEntry(this->a_, e.id, {.grams = Grams(grams)}, std::nullopt).ok());
    });
    std::thread by_meal([&] {
      start.arrive_and_wait();
      EXPECT_TRUE(diary.UpdateEntry(this->a_, e.id, {.meal = meal}, std::nullopt).ok());
    });
    by_grams.join();
    by_meal.join();
    auto got = diary.GetEntry(this->a_, e.id);
    ASSERT_TRUE(got.ok());
    ASSERT_EQ(got->grams.value(), grams) << "round " << round << ": the grams edit was lost";
    ASSERT_EQ(got->meal, meal) << "round " << round << ": the meal edit was lost";
  }
}

// Two edits made against the same version at the same time: exactly one
// applies, the other is refused, and the entry is the one that applied.
TYPED_TEST(DiaryConformance, ConcurrentUpdatesExpectingOneVersionLetExactlyOneThrough) {
  auto& diary = *this->store().diary;
  constexpr int kRounds = 40;
  DiaryEntry e = this->Log(this->a_, this->Day(1), kSpinach, Meal::kLunch, 30);
  for (int round = 0; round < kRounds; ++round) {
    const std::int64_t version = diary.GetEntry(this->a_, e.id)->version;
    std::barrier start(2);
    std::atomic<int> applied{0}, refused{0};
    auto edit = [&](EntryChanges changes) {
      start.arrive_and_wait();
      auto r = diary.UpdateEntry(this->a_, e.id, changes, version);
      if (r.ok()) {
        ++applied;
      } else if (r.status().code() == StatusCode::kPreconditionFailed) {
        ++refused;
      }
    };
    std::thread by_grams(edit, EntryChanges{.grams = Grams(200 + round)});
    std::thread by_meal(edit, EntryChanges{.meal = Meal::kSnacks});
    by_grams.join();
    by_meal.join();
    ASSERT_EQ(applied.load(), 1) << "round " << round;
    ASSERT_EQ(refused.load(), 1) << "round " << round;
    auto got = diary.GetEntry(this->a_, e.id);
    ASSERT_TRUE(got.ok());
    EXPECT_NE(got->version, version);
    // Whichever applied, the other field is as it was before the round (lunch).
    const bool grams_applied = got->grams.value() == 200 + round;
    EXPECT_EQ(got->meal, grams_applied ? Meal::kLunch : Meal::kSnacks) << "round " << round;
    ASSERT_TRUE(diary.UpdateEntry(this->a_, e.id, {.meal = Meal::kLunch}, std::nullopt).ok());  // reset
  }
}

TYPED_TEST(DiaryConformance, AMissingEntryIsNotFound) {
  EXPECT_EQ(this->store().diary->GetEntry(this->a_, 12345).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().diary->UpdateEntry(this->a_, 12345, {.grams = Grams(10)}, std::nullopt).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(this->store().diary->DeleteEntry(this->a_, 12345).code(), StatusCode::kNotFound);
}

TYPED_TEST(DiaryConformance, ADeletedEntryIsGone) {
  DiaryEntry e = this->Log(this->a_, this->Day(1), kSpinach);
  DiaryEntry keep = this->Log(this->a_, this->Day(1), kRice);
  ASSERT_TRUE(this->store().diary->GetDay(this->a_, this->Day(1)).ok());  // read before: any cache is dropped
  ASSERT_TRUE(this->store().diary->DeleteEntry(this->a_, e.id).ok());
  EXPECT_EQ(this->store().diary->GetEntry(this->a_, e.id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(Ids(this->store().diary->GetDay(this->a_, this->Day(1))->entries), std::vector<std::int64_t>{keep.id});
  EXPECT_EQ(this->store().diary->DeleteEntry(this->a_, e.id).code(), StatusCode::kNotFound);
}

TYPED_TEST(DiaryConformance, CopyingADayCopiesItsEntriesInOrderUnderNewIds) {
  DiaryEntry e1 = this->Log(this->a_, this->Day(1), kRice, Meal::kDinner, 150);
  DiaryEntry e2 = this->Log(this->a_, this->Day(1), kSpinach, Meal::kBreakfast, 30);
  DiaryEntry existing = this->Log(this->a_, this->Day(2), kButter);
  auto copies = this->store().diary->CopyEntries(this->a_, this->Day(1), this->Day(2), std::nullopt);
  ASSERT_TRUE(copies.ok()) << copies.status().message();
  ASSERT_EQ(copies->size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    const DiaryEntry& from = i == 0 ? e1 : e2;
    EXPECT_NE((*copies)[i].id, from.id);
    EXPECT_EQ((*copies)[i].date, this->Day(2));
    EXPECT_EQ((*copies)[i].meal, from.meal);
    EXPECT_EQ((*copies)[i].food_id, from.food_id);
    EXPECT_EQ((*copies)[i].grams.value(), from.grams.value());
  }
  EXPECT_EQ(Ids(this->store().diary->GetDay(this->a_, this->Day(2))->entries),
            (std::vector<std::int64_t>{existing.id, (*copies)[0].id, (*copies)[1].id}));
  EXPECT_EQ(Ids(this->store().diary->GetDay(this->a_, this->Day(1))->entries), (std::vector<std::int64_t>{e1.id, e2.id}));
}

TYPED_TEST(DiaryConformance, CopyingOneMealCopiesOnlyThatMeal) {
  this->Log(this->a_, this->Day(1), kRice, Meal::kDinner);
  DiaryEntry lunch = this->Log(this->a_, this->Day(1), kSpinach, Meal::kLunch);
  auto copies = this->store().diary->CopyEntries(this->a_, this->Day(1), this->Day(5), Meal::kLunch);
  ASSERT_TRUE(copies.ok());
  ASSERT_EQ(copies->size(), 1u);
  EXPECT_EQ((*copies)[0].food_id, lunch.food_id);
  EXPECT_EQ(this->store().diary->GetDay(this->a_, this->Day(5))->entries.size(), 1u);
  EXPECT_TRUE(this->store().diary->CopyEntries(this->a_, this->Day(9), this->Day(5), std::nullopt)->empty());
}

TYPED_TEST(DiaryConformance, RecentFoodsComeMostRecentlyLoggedFirstTiesByTheLaterEntry) {
  this->Log(this->a_, this->Day(1), kSpinach);
  this->Log(this->a_, this->Day(3), kAlmonds);
  this->Log(this->a_, this->Day(3), kRice);  // same day as almonds, added later
  this->Log(this->a_, this->Day(2), kButter);
  this->Log(this->a_, this->Day(2), kSpinach);  // same day as butter, added later
  this->Log(this->b_, this->Day(9), kTapWater);
  auto recent = this->store().diary->RecentFoods(this->a_, 10);
  ASSERT_TRUE(recent.ok());
  EXPECT_EQ(FoodIds(*recent), (std::vector<std::string>{kRice, kAlmonds, kSpinach, kButter}));
  EXPECT_EQ((*recent)[2].times, 2);
  EXPECT_EQ((*recent)[2].last_date, this->Day(2));
  EXPECT_EQ(FoodIds(*this->store().diary->RecentFoods(this->a_, 2)), (std::vector<std::string>{kRice, kAlmonds}));
}

// The picker starts at the amount the person last used for a food (issue 15:
// the portion list ordered by how the person last logged it).
TYPED_TEST(DiaryConformance, FoodUsesCarryTheAmountOfTheLatestEntryOfTheFood) {
  auto& diary = *this->store().diary;
  ASSERT_TRUE(diary.AddEntry(this->a_, this->Entry(this->Day(2), Meal::kLunch, kRice, 158, "1 x 1 cup")).ok());
  ASSERT_TRUE(diary.AddEntry(this->a_, this->Entry(this->Day(3), Meal::kLunch, kRice, 79, "0.5 x 1 cup")).ok());
  // Added later but for an earlier day: not the latest entry.
  ASSERT_TRUE(diary.AddEntry(this->a_, this->Entry(this->Day(1), Meal::kLunch, kRice, 300, "300 g")).ok());
  // The same day: the entry added last is the latest.
  ASSERT_TRUE(diary.AddEntry(this->a_, this->Entry(this->Day(3), Meal::kDinner, kSpinach, 30, "30 g")).ok());
  ASSERT_TRUE(diary.AddEntry(this->a_, this->Entry(this->Day(3), Meal::kDinner, kSpinach, 60, "2 x 1 cup")).ok());
  ASSERT_TRUE(diary.AddEntry(this->b_, this->Entry(this->Day(4), Meal::kDinner, kRice, 10, "10 g")).ok());
  for (auto uses : {diary.RecentFoods(this->a_, 10), diary.FrequentFoods(this->a_, 10)}) {
    ASSERT_TRUE(uses.ok()) << uses.status().message();
    ASSERT_EQ(uses->size(), 2u);
    for (const FoodUse& u : *uses) {
      if (u.food_id == kRice) {
        EXPECT_EQ(u.last_amount_text, "0.5 x 1 cup");
      } else {
        EXPECT_EQ(u.last_amount_text, "2 x 1 cup");
      }
    }
  }
}

TYPED_TEST(DiaryConformance, FrequentFoodsComeMostOftenFirstThenMostRecentThenById) {
  for (int d : {1, 2, 3}) this->Log(this->a_, this->Day(d), kSpinach);
  for (int d : {1, 1}) this->Log(this->a_, this->Day(d), kAlmonds);
  for (int d : {4, 2}) this->Log(this->a_, this->Day(d), kRice);
  this->Log(this->a_, this->Day(5), kTapWater);
  this->Log(this->a_, this->Day(5), kButter);
  this->Log(this->b_, this->Day(5), kWhipped);
  auto frequent = this->store().diary->FrequentFoods(this->a_, 10);
  ASSERT_TRUE(frequent.ok());
  EXPECT_EQ(FoodIds(*frequent), (std::vector<std::string>{kSpinach, kRice, kAlmonds, kButter, kTapWater}));
  EXPECT_EQ((*frequent)[0].times, 3);
  EXPECT_EQ((*frequent)[1].last_date, this->Day(4));
  EXPECT_EQ(FoodIds(*this->store().diary->FrequentFoods(this->a_, 1)), std::vector<std::string>{kSpinach});
}

TYPED_TEST(DiaryConformance, LogCountsByFoodCoverEveryOwner) {
  this->Log(this->a_, this->Day(1), kSpinach);
  this->Log(this->a_, this->Day(2), kSpinach);
  this->Log(this->a_, this->Day(2), kRice);
  this->Log(this->b_, this->Day(2), kSpinach);
  auto counts = this->store().diary->CountLogsByFood();
  ASSERT_TRUE(counts.ok());
  std::set<std::tuple<UserId, std::string, std::int64_t>> got;
  for (const FoodLogCount& c : *counts) got.insert({c.owner, c.food_id, c.entries});
  std::set<std::tuple<UserId, std::string, std::int64_t>> want{
      {this->a_, kSpinach, 2}, {this->a_, kRice, 1}, {this->b_, kSpinach, 1}};
  EXPECT_EQ(got, want);
}

TYPED_TEST(DiaryConformance, AnotherOwnerCanNeitherSeeNorChangeTheEntries) {
  DiaryEntry e = this->Log(this->a_, this->Day(1), kSpinach, Meal::kLunch, 30);
  UserId b = this->b_;
  auto& diary = *this->store().diary;
  EXPECT_EQ(diary.GetEntry(b, e.id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(diary.UpdateEntry(b, e.id, {.grams = Grams(1)}, std::nullopt).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(diary.DeleteEntry(b, e.id).code(), StatusCode::kNotFound);
  EXPECT_TRUE(diary.GetDay(b, this->Day(1))->entries.empty());
  EXPECT_TRUE(diary.ListRange(b, this->Day(1), this->Day(1))->empty());
  EXPECT_TRUE(diary.ListAll(b)->empty());
  EXPECT_TRUE(diary.LoggedDates(b, this->Day(1), 10)->empty());
  EXPECT_TRUE(diary.RecentFoods(b, 10)->empty());
  EXPECT_TRUE(diary.FrequentFoods(b, 10)->empty());
  EXPECT_TRUE(diary.CopyEntries(b, this->Day(1), this->Day(2), std::nullopt)->empty());
  EXPECT_TRUE(diary.GetDay(this->a_, this->Day(2))->entries.empty());
  ExpectSameEntry(*diary.GetEntry(this->a_, e.id), e);  // unchanged
}

TYPED_TEST(DiaryConformance, EntriesAddedFromManyThreadsAreAllKept) {
  constexpr int kThreads = 4, kEach = 25;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        auto e = this->store().diary->AddEntry(this->a_, this->Entry(this->Day(1 + t), Meal::kLunch, kRice, 1 + i));
        EXPECT_TRUE(e.ok());
        (void)this->store().diary->GetDay(this->a_, this->Day(1 + t));
      }
    });
  }
  for (std::thread& t : threads) t.join();
  auto all = this->store().diary->ListAll(this->a_);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), static_cast<std::size_t>(kThreads * kEach));
  std::set<std::int64_t> ids;
  for (const DiaryEntry& e : *all) ids.insert(e.id);
  EXPECT_EQ(ids.size(), all->size());
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_EQ(this->store().diary->GetDay(this->a_, this->Day(1 + t))->entries.size(), static_cast<std::size_t>(kEach));
  }
}

TYPED_TEST(DiaryConformance, WritesForAnAccountThatDoesNotExistAreRefused) {
  const UserId nobody = 4242;
  EXPECT_EQ(this->store().diary->AddEntry(nobody, this->Entry(this->Day(1), Meal::kLunch, kSpinach, 10)).status().code(),
            StatusCode::kConflict);
  EXPECT_EQ(this->store().water->Add(nobody, {0, this->Day(1), 100}).status().code(), StatusCode::kConflict);
  EXPECT_EQ(this->store().accounts->CreateSession(nobody, "h", "c", 100).code(), StatusCode::kConflict);
  EXPECT_TRUE(this->store().diary->ListAll(nobody)->empty());
}

}  // namespace
}  // namespace platewise::conformance
