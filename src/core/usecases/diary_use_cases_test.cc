// The diary use cases on a real store: what the API, the CLI and the badges
// all read, so their numbers agree.

#include <gtest/gtest.h>

#include "core/engagement/badges.h"
#include "core/food/amount.h"
#include "core/food/foods_of_entries.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/day_logs.h"
#include "core/usecases/diary_day.h"
#include "core/usecases/diary_entries.h"
#include "core/usecases/custom_foods.h"
#include "core/usecases/engagement.h"
#include "core/usecases/food_lists.h"
#include "core/usecases/intake_days.h"
#include "core/usecases/use_case_test_store.h"

namespace platewise {
namespace {

// Remembers what the use cases told the search index.
class RecordingIndex final : public FoodIndexUpdates {
 public:
  void FoodLogged(UserId owner, const std::string& food_id) override {
    logged.push_back(std::to_string(owner) + ":" + food_id);
  }
  void CustomFoodAdded(UserId, const Food& food) override { added.push_back(food.id); }
  void CustomFoodRemoved(const std::string& food_id) override { removed.push_back(food_id); }
  void OwnerRemoved(UserId owner) override { owners_removed.push_back(owner); }
  std::vector<std::string> logged, added, removed;
  std::vector<UserId> owners_removed;
};

AmountOfFood Text(const std::string& text) {
  return [text](const Food& food) { return ResolveAmount(text, food); };
}

class DiaryUseCasesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    BodyProfile body{Sex::kFemale, 40, Centimeters(165), Kilograms(62), ActivityLevel::kLight, WeeklyGoal{-1}};
    ASSERT_TRUE(store_.store().profiles->SaveProfile(user_, body).ok());
    budget_ = ComputeCalorieGoal(body).budget.value();
  }
  testing::UseCaseTestStore store_;
  testing::FixedClock clock_{CivilDate{2026, 12, 1}};
  RecordingIndex index_;
  UseCaseContext ctx_{store_.store(), clock_, index_};
  UserId user_ = store_.NewUser("a@example.org");
  const CivilDate day_{2026, 11, 29};
  double budget_ = 0;
};

// Regression (one core): the CLI's day left exercise out of calories
// remaining, the API added it, the badges judged "under budget" a third way.
// All three now read GetDiaryDay / LoggedDays with one RemainingKcal.
TEST_F(DiaryUseCasesTest, ExerciseCountsTheSameInTheDayAndInTheBadges) {
  ASSERT_TRUE(LogFood(ctx_, user_, day_, Meal::kLunch, "12061", Text("200g")).ok());  // 1158 kcal
  ExerciseInput walk{"walking-brisk", 60.0, std::nullopt, std::nullopt};
  auto exercise = LogExercise(ctx_, user_, day_, walk);
  ASSERT_TRUE(exercise.ok()) << exercise.status().message();
  ASSERT_TRUE(LogWater(ctx_, user_, day_, 500).ok());

  auto day = GetDiaryDay(ctx_, user_, day_);
  ASSERT_TRUE(day.ok()) << day.status().message();
  EXPECT_DOUBLE_EQ(day->exercise_kcal, exercise->kcal.value());
  EXPECT_DOUBLE_EQ(day->water_ml, 500);
  ASSERT_TRUE(day->remaining_kcal.has_value());
  EXPECT_NEAR(*day->remaining_kcal, budget_ + exercise->kcal.value() - 1158, 1e-9);

  auto days = LoggedDays(ctx_, user_);
  ASSERT_TRUE(days.ok());
  ASSERT_EQ(days->size(), 1u);
  EXPECT_NEAR(days->at(0).eaten_kcal, 1158, 1e-9);
  EXPECT_DOUBLE_EQ(days->at(0).exercise_kcal, exercise->kcal.value());
}

TEST_F(DiaryUseCasesTest, LoggingAndCopyingTellTheSearchIndex) {
  auto logged = LogFood(ctx_, user_, day_, Meal::kBreakfast, "11457", Text("1 cup"));
  ASSERT_TRUE(logged.ok()) << logged.status().message();
  EXPECT_DOUBLE_EQ(logged->entry.grams.value(), 30);
  auto copies = CopyDay(ctx_, user_, day_, CivilDate{2026, 11, 30}, std::nullopt);
  ASSERT_TRUE(copies.ok());
  ASSERT_EQ(copies->size(), 1u);
  const std::string id = std::to_string(user_) + ":11457";
  EXPECT_EQ(index_.logged, (std::vector<std::string>{id, id}));
}

// Issue 16, installable: an entry made offline is sent again after a lost
// answer, with the key it was first sent with; it is logged once, the repeat
// answers with the first entry and tells the search index nothing more.
TEST_F(DiaryUseCasesTest, AnEntrySentAgainWithItsIdempotencyKeyIsLoggedOnce) {
  auto first = LogFood(ctx_, user_, day_, Meal::kLunch, "11457", Text("1 cup"), "web-1");
  ASSERT_TRUE(first.ok()) << first.status().message();
  auto again = LogFood(ctx_, user_, day_, Meal::kLunch, "11457", Text("1 cup"), "web-1");
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(again->entry.id, first->entry.id);
  EXPECT_EQ(again->food->id, "11457");
  EXPECT_EQ(GetDiaryDay(ctx_, user_, day_)->meals.at(Meal::kLunch).size(), 1u);
  EXPECT_EQ(index_.logged.size(), 1u);
  // A quick add sent twice: one entry, with the first one's food.
  auto quick = LogQuickAdd(ctx_, user_, day_, Meal::kDinner, {"Soup", {{"energy", 200}}}, "web-2");
  auto quick_again = LogQuickAdd(ctx_, user_, day_, Meal::kDinner, {"Soup", {{"energy", 200}}}, "web-2");
  ASSERT_TRUE(quick.ok() && quick_again.ok());
  EXPECT_EQ(quick_again->entry.id, quick->entry.id);
  EXPECT_EQ(quick_again->food->id, quick->food->id);
  EXPECT_EQ(GetDiaryDay(ctx_, user_, day_)->meals.at(Meal::kDinner).size(), 1u);
  auto food = ctx_.store.foods->GetVisibleFood(user_, quick->food->id);
  ASSERT_TRUE(food.ok()) << "the first quick add's food stays";
  // Not a key: refused, nothing logged.
  auto bad = LogFood(ctx_, user_, day_, Meal::kLunch, "11457", Text("1 cup"), "has space");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(GetDiaryDay(ctx_, user_, day_)->meals.at(Meal::kLunch).size(), 1u);
}

// Issue 16: "Copy yesterday" twice duplicated the meal without a word.
TEST_F(DiaryUseCasesTest, CopyingTheSameEntriesTwiceIsRefusedUnlessAskedAgain) {
  ASSERT_TRUE(LogFood(ctx_, user_, day_, Meal::kLunch, "11457", Text("1 cup")).ok());
  const CivilDate next{2026, 11, 30};
  auto first = CopyDay(ctx_, user_, day_, next, Meal::kLunch);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 1u);
  auto twice = CopyDay(ctx_, user_, day_, next, Meal::kLunch);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.status().code(), StatusCode::kConflict);
  EXPECT_NE(twice.status().message().find("Spinach, raw (1 cup)"), std::string::npos) << twice.status().message();
  auto day = GetDiaryDay(ctx_, user_, next);
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(day->meals.at(Meal::kLunch).size(), 1u) << "nothing copied the second time";
  auto again = CopyDay(ctx_, user_, day_, next, Meal::kLunch, true);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->size(), 1u);
  auto empty = CopyDay(ctx_, user_, CivilDate{2026, 11, 1}, next, Meal::kLunch);
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

// Issue 16: a weigh-in in the future was accepted, and a new weigh-in left
// the profile (and the budget) at the onboarding weight.
TEST_F(DiaryUseCasesTest, AWeighInIsNeverInTheFutureAndTheNewestMovesTheBudget) {
  auto future = LogWeight(ctx_, user_, CivilDate{2026, 12, 2}, 60);
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.status().field(), "date");
  auto older = LogWeight(ctx_, user_, day_, 61);
  ASSERT_TRUE(older.ok());
  EXPECT_TRUE(older->profile_weight_updated);
  ASSERT_TRUE(older->goal_before && older->goal_after);
  EXPECT_DOUBLE_EQ(older->goal_before->budget.value(), budget_);
  EXPECT_LT(older->goal_after->budget.value(), budget_);
  auto today = LogWeight(ctx_, user_, CivilDate{2026, 12, 1}, 60);
  ASSERT_TRUE(today.ok());
  EXPECT_TRUE(today->profile_weight_updated);
  auto stale = LogWeight(ctx_, user_, CivilDate{2026, 11, 20}, 70);  // not the newest: the profile keeps 60
  ASSERT_TRUE(stale.ok());
  EXPECT_FALSE(stale->profile_weight_updated);
  auto day = GetDiaryDay(ctx_, user_, CivilDate{2026, 12, 1});
  ASSERT_TRUE(day.ok());
  ASSERT_TRUE(day->goal);
  EXPECT_DOUBLE_EQ(day->goal->budget.value(), today->goal_after->budget.value()) << "the diary's budget follows the weigh-in";
  ASSERT_TRUE(DeleteWeight(ctx_, user_, today->entry.id).ok());
  auto profile = store_.store().profiles->GetProfile(user_);
  ASSERT_TRUE(profile.ok());
  EXPECT_DOUBLE_EQ(profile->weight.value(), 61) << "back to the newest weigh-in left";
  auto heavy = LogWeight(ctx_, user_, day_, 1000);
  ASSERT_FALSE(heavy.ok());
  EXPECT_EQ(heavy.status().message(), "1,000 kg is more than a weight can be (450 kg)");
}

TEST_F(DiaryUseCasesTest, AFailedLogChangesNothingAndTellsNoOne) {
  auto unknown = LogFood(ctx_, user_, day_, Meal::kLunch, "00000", Text("100g"));
  EXPECT_EQ(unknown.status().code(), StatusCode::kNotFound);
  auto bad_amount = LogFood(ctx_, user_, day_, Meal::kLunch, "11457", Text("3 buckets"));
  EXPECT_FALSE(bad_amount.ok());
  auto day = GetDiaryDay(ctx_, user_, day_);
  ASSERT_TRUE(day.ok());
  for (const auto& [meal, lines] : day->meals) EXPECT_TRUE(lines.empty());
  EXPECT_TRUE(index_.logged.empty());
}

TEST_F(DiaryUseCasesTest, AnEntryWithoutEnergyIsUnknownNotZeroEverywhere) {
  ASSERT_TRUE(LogFood(ctx_, user_, day_, Meal::kDinner, "99999", Text("1 bowl")).ok());
  auto day = GetDiaryDay(ctx_, user_, day_);
  ASSERT_TRUE(day.ok());
  EXPECT_FALSE(day->totals.at("energy").amount.has_value());
  EXPECT_EQ(day->totals.at("energy").missing_entries, 1);
  EXPECT_NEAR(*day->totals.at("magnesium").amount, 50, 1e-9);
  auto days = LoggedDays(ctx_, user_);
  ASSERT_TRUE(days.ok());
  EXPECT_EQ(days->at(0).energy_unknown_entries, 1);
  auto intake = IntakeDays(ctx_, user_, day_, day_);
  ASSERT_TRUE(intake.ok());
  ASSERT_EQ(intake->size(), 1u);
  EXPECT_FALSE(intake->at(0).fully_logged);
}

// Issue 13, quick-add entries: calories typed in count in every total like any
// entry; what they do not state is unknown, not 0; their food is never a food
// to pick (custom food list, recent foods, the search index).
TEST_F(DiaryUseCasesTest, AQuickAddCountsInTotalsAndWhatItDoesNotStateIsUnknown) {
  ASSERT_TRUE(LogFood(ctx_, user_, day_, Meal::kLunch, "12061", Text("100g")).ok());  // 579 kcal, magnesium 268
  auto quick = LogQuickAdd(ctx_, user_, day_, Meal::kLunch, {"", {{"energy", 450}}});
  ASSERT_TRUE(quick.ok()) << quick.status().message();
  EXPECT_EQ(quick->food->description, "Quick add");
  auto day = GetDiaryDay(ctx_, user_, day_);
  ASSERT_TRUE(day.ok());
  EXPECT_NEAR(*day->totals.at("energy").amount, 579 + 450, 1e-9);
  EXPECT_EQ(day->totals.at("energy").missing_entries, 0);
  EXPECT_EQ(day->totals.at("magnesium").missing_entries, 1);  // the quick add did not say
  auto days = LoggedDays(ctx_, user_);
  ASSERT_TRUE(days.ok());
  EXPECT_NEAR(days->at(0).eaten_kcal, 579 + 450, 1e-9);
  EXPECT_EQ(days->at(0).energy_unknown_entries, 0);

  auto custom = ListCustomFoods(ctx_, user_);
  ASSERT_TRUE(custom.ok());
  EXPECT_TRUE(custom->empty());
  auto recent = RecentFoods(ctx_, user_, 10);
  ASSERT_TRUE(recent.ok());
  ASSERT_EQ(recent->size(), 1u);
  EXPECT_EQ(recent->at(0).use.food_id, "12061");
  EXPECT_TRUE(index_.added.empty());
  EXPECT_EQ(index_.logged, std::vector<std::string>{std::to_string(user_) + ":12061"});
}

TEST_F(DiaryUseCasesTest, AQuickAddWithoutEnergyOrWithAnUnknownNutrientIsRefusedNamingIt) {
  auto no_energy = LogQuickAdd(ctx_, user_, day_, Meal::kLunch, {"", {{"magnesium", 20}}});
  EXPECT_EQ(no_energy.status().field(), "nutrients.energy");
  auto unknown = LogQuickAdd(ctx_, user_, day_, Meal::kLunch, {"", {{"energy", 100}, {"magnesum", 20}}});
  EXPECT_EQ(unknown.status().field(), "nutrients.magnesum");
  EXPECT_NE(no_energy.status().message().find("needs its energy"), std::string::npos);
  auto negative = LogQuickAdd(ctx_, user_, day_, Meal::kLunch, {"", {{"energy", -5}}});
  EXPECT_EQ(negative.status().field(), "nutrients.energy");
  // Found by the browser test: an amount out of range was reported as missing.
  EXPECT_NE(negative.status().message().find("from 0 to 1000000"), std::string::npos) << negative.status().message();
  auto day = GetDiaryDay(ctx_, user_, day_);
  ASSERT_TRUE(day.ok());
  for (const auto& [meal, lines] : day->meals) EXPECT_TRUE(lines.empty());
}

// Issue 16, "Create food": a label's amount out of range is said in the
// person's words and the nutrient's unit, naming the field.
TEST_F(DiaryUseCasesTest, ALabelAmountOutOfRangeIsSaidInThePersonsWordsAndUnits) {
  auto negative = CreateCustomFood(ctx_, user_, {"Oat bar", 40.0, true, {{"energy", -5}}});
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.status().field(), "nutrients.energy");
  EXPECT_EQ(negative.status().message(), "Calories must be 0 kcal or more, not -5 kcal");
  auto huge = CreateCustomFood(ctx_, user_, {"Oat bar", 40.0, true, {{"energy", 190}, {"magnesium", 2e6}}});
  EXPECT_EQ(huge.status().field(), "nutrients.magnesium");
  EXPECT_NE(huge.status().message().find("at most 1,000,000 mg, not 2,000,000 mg"), std::string::npos) << huge.status().message();
  EXPECT_TRUE(ListCustomFoods(ctx_, user_)->empty());
  auto made = CreateCustomFood(ctx_, user_, {"Oat bar", 40.0, true, {{"energy", 190}}, "Acme", "1 bar"});
  ASSERT_TRUE(made.ok()) << made.status().message();
  EXPECT_EQ(made->food.brand, "Acme");
  EXPECT_EQ(made->food.portions.at(0).unit, "serving (1 bar)");
  EXPECT_EQ(index_.added, std::vector<std::string>{made->food.id});
}

TEST_F(DiaryUseCasesTest, EditAndDeleteAreScopedToTheOwner) {
  auto logged = LogFood(ctx_, user_, day_, Meal::kLunch, "11457", Text("100g"));
  ASSERT_TRUE(logged.ok());
  UserId other = store_.NewUser("b@example.org");
  EntryEdit edit;
  edit.amount = Text("2 cup");
  EXPECT_EQ(EditEntry(ctx_, other, logged->entry.id, edit).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(DeleteEntry(ctx_, other, logged->entry.id).code(), StatusCode::kNotFound);
  auto edited = EditEntry(ctx_, user_, logged->entry.id, edit);
  ASSERT_TRUE(edited.ok());
  EXPECT_DOUBLE_EQ(edited->entry.grams.value(), 60);
  EXPECT_TRUE(DeleteEntry(ctx_, user_, logged->entry.id).ok());
  EXPECT_EQ(GetEntry(ctx_, user_, logged->entry.id).status().code(), StatusCode::kNotFound);
}

// Issue 14: an edit names only what it changes and, with the versions it was
// made against (If-Match), is refused once the entry has moved on.
TEST_F(DiaryUseCasesTest, AnEditWritesOnlyItsFieldsAndOnlyOnTheVersionsItWasMadeAgainst) {
  auto logged = LogFood(ctx_, user_, day_, Meal::kLunch, "11457", Text("100g"));
  ASSERT_TRUE(logged.ok());
  const std::int64_t first = logged->entry.version;
  EntryEdit meal;
  meal.meal = Meal::kDinner;
  auto moved = EditEntry(ctx_, user_, logged->entry.id, meal);
  ASSERT_TRUE(moved.ok());
  EXPECT_DOUBLE_EQ(moved->entry.grams.value(), 100);  // not rewritten from an older read
  EXPECT_NE(moved->entry.version, first);

  EntryEdit stale;
  stale.amount = Text("2 cup");
  stale.if_version_in = std::vector<std::int64_t>{first};
  auto refused = EditEntry(ctx_, user_, logged->entry.id, stale);
  EXPECT_EQ(refused.status().code(), StatusCode::kPreconditionFailed);
  EXPECT_NE(refused.status().message().find(std::to_string(moved->entry.version)), std::string::npos)
      << refused.status().message();
  auto kept = GetEntry(ctx_, user_, logged->entry.id);
  ASSERT_TRUE(kept.ok());
  EXPECT_DOUBLE_EQ(kept->entry.grams.value(), 100);
  EXPECT_EQ(kept->entry.version, moved->entry.version);
  stale.if_version_in = std::vector<std::int64_t>{};  // matches no version
  EXPECT_EQ(EditEntry(ctx_, user_, logged->entry.id, stale).status().code(), StatusCode::kPreconditionFailed);
  EntryEdit nothing;  // even an edit that sets nothing checks the version
  nothing.if_version_in = std::vector<std::int64_t>{first};
  EXPECT_EQ(EditEntry(ctx_, user_, logged->entry.id, nothing).status().code(), StatusCode::kPreconditionFailed);

  stale.if_version_in = std::vector<std::int64_t>{first, moved->entry.version};  // one of them is current
  auto applied = EditEntry(ctx_, user_, logged->entry.id, stale);
  ASSERT_TRUE(applied.ok()) << applied.status().message();
  EXPECT_DOUBLE_EQ(applied->entry.grams.value(), 60);
  EXPECT_EQ(applied->entry.meal, Meal::kDinner);
}

// Regression (one core): the foods of entries were loaded in two ways, one of
// which skipped a missing food (the projection took its day for partly
// logged). There is one loader, and a food that is gone is a loud error.
TEST_F(DiaryUseCasesTest, TheFoodsOfEntriesFailLoudlyOnAFoodThatIsGone) {
  std::vector<DiaryEntry> entries = {{1, day_, Meal::kLunch, "11457", Grams(100), "100 g"},
                                     {2, day_, Meal::kLunch, "55555", Grams(100), "100 g"}};
  auto foods = FoodsOfEntries(*store_.store().foods, entries);
  ASSERT_FALSE(foods.ok());
  EXPECT_EQ(foods.status().code(), StatusCode::kInternal);
  EXPECT_NE(foods.status().message().find("55555"), std::string::npos) << foods.status().message();
  entries.pop_back();
  auto found = FoodsOfEntries(*store_.store().foods, entries);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->at("11457")->description, "Spinach, raw");
}

TEST_F(DiaryUseCasesTest, DayLogsRefuseValuesOutOfRangeNamingThem) {
  EXPECT_EQ(LogWater(ctx_, user_, day_, 0).status().field(), "ml");
  EXPECT_EQ(LogWater(ctx_, user_, day_, 10001).status().field(), "ml");
  EXPECT_EQ(LogExercise(ctx_, user_, day_, {"juggling", 10.0, {}, {}}).status().field(), "activity");
  EXPECT_EQ(LogExercise(ctx_, user_, day_, {"walking-brisk", std::nullopt, {}, {}}).status().field(), "minutes");
  EXPECT_EQ(LogExercise(ctx_, user_, day_, {std::nullopt, {}, 100.0, std::nullopt}).status().field(), "description");
  EXPECT_EQ(LogWeight(ctx_, user_, day_, 19).status().field(), "weight_kg");
  auto day = GetDiaryDay(ctx_, user_, day_);
  ASSERT_TRUE(day.ok());
  EXPECT_TRUE(day->water.empty());
  EXPECT_TRUE(day->exercise.empty());
}

// A refused amount of water is said in the person's units (the web app sends
// what they typed in fl oz as ml), and nothing is written.
TEST_F(DiaryUseCasesTest, WaterRefusalsSayTheAmountInTheProfilesUnits) {
  EXPECT_EQ(LogWater(ctx_, user_, day_, 20000).status().message(),
            "20,000 ml is more than one entry can hold (10,000 ml)");
  BodyProfile body{Sex::kFemale, 40, Centimeters(165), Kilograms(62), ActivityLevel::kLight, WeeklyGoal{-1}};
  ASSERT_TRUE(store_.store().profile_settings->Save(user_, {std::nullopt, DisplayUnits::kImperial, "UTC", std::nullopt, MacroTargets{}, std::nullopt}, body).ok());
  auto big = LogWater(ctx_, user_, day_, 500 * kMlPerFluidOunce);
  EXPECT_EQ(big.status().field(), "ml");
  EXPECT_EQ(big.status().message(), "500 fl oz is more than one entry can hold (338.1 fl oz)");
  EXPECT_EQ(LogWater(ctx_, user_, day_, -8 * kMlPerFluidOunce).status().message(),
            "water must be more than 0 fl oz, got -8 fl oz");
  // 16 fl oz and 10 fl oz are kept to the ml's last digit: 26 fl oz, not 26.03.
  ASSERT_TRUE(LogWater(ctx_, user_, day_, 16 * kMlPerFluidOunce).ok());
  ASSERT_TRUE(LogWater(ctx_, user_, day_, 10 * kMlPerFluidOunce).ok());
  auto day = GetDiaryDay(ctx_, user_, day_);
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(day->water.size(), 2u);
  EXPECT_NEAR(day->water_ml / kMlPerFluidOunce, 26, 1e-9);
}

}  // namespace
}  // namespace platewise
