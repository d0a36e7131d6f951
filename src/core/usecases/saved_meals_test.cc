// Saved meals and several foods logged at once, on the use-case test store.

#include <gtest/gtest.h>

#include "core/food/amount.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/diary_entries.h"
#include "core/usecases/saved_meals.h"
#include "core/usecases/use_case_test_store.h"

namespace platewise {
namespace {

class NoIndex final : public FoodIndexUpdates {
 public:
  void FoodLogged(UserId, const std::string& food_id) override { logged.push_back(food_id); }
  void CustomFoodAdded(UserId, const Food&) override {}
  void CustomFoodRemoved(const std::string&) override {}
  void OwnerRemoved(UserId) override {}
  std::vector<std::string> logged;
};

AmountOfFood Typed(const std::string& text) {
  return [text](const Food& food) { return ResolveAmount(text, food); };
}

class SavedMealsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LogFood(ctx_, user_, lunch_day_, Meal::kLunch, "11457", Typed("2 cup")).ok());
    ASSERT_TRUE(LogFood(ctx_, user_, lunch_day_, Meal::kLunch, "12061", Typed("30 g")).ok());
    ASSERT_TRUE(LogFood(ctx_, user_, lunch_day_, Meal::kDinner, "99999", Typed("1 bowl")).ok());
  }
  std::vector<DiaryEntry> Entries(const CivilDate& date) { return store_.store().diary->GetDay(user_, date)->entries; }

  testing::UseCaseTestStore store_;
  testing::FixedClock clock_{CivilDate{2026, 12, 1}};
  NoIndex index_;
  UseCaseContext ctx_{store_.store(), clock_, index_};
  UserId user_ = store_.NewUser("a@example.org");
  UserId other_ = store_.NewUser("b@example.org");
  const CivilDate lunch_day_{2026, 11, 29};
  const CivilDate next_day_{2026, 11, 30};
};

TEST_F(SavedMealsTest, AMealOfADaySavedIsAddedElsewhereWithTheSameAmounts) {
  auto saved = SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kLunch, "  Work lunch ");
  ASSERT_TRUE(saved.ok()) << saved.status().message();
  EXPECT_EQ(saved->meal.name, "Work lunch");  // the spaces around it dropped
  ASSERT_EQ(saved->meal.items.size(), 2u);    // lunch only, not dinner
  EXPECT_EQ(saved->meal.items[0].food_id, "11457");
  EXPECT_EQ(saved->meal.items[0].grams.value(), 60);
  EXPECT_EQ(saved->meal.items[1].food_id, "12061");
  index_.logged.clear();
  auto added = AddSavedMeal(ctx_, user_, saved->meal.id, next_day_, Meal::kDinner);
  ASSERT_TRUE(added.ok()) << added.status().message();
  ASSERT_EQ(added->size(), 2u);
  auto day = Entries(next_day_);
  ASSERT_EQ(day.size(), 2u);
  EXPECT_EQ(day[0].meal, Meal::kDinner);
  EXPECT_EQ(day[0].food_id, "11457");
  EXPECT_EQ(day[0].grams.value(), 60);
  EXPECT_EQ(AmountDisplayText(day[0].amount_text), "2 cup");
  EXPECT_EQ(day[1].grams.value(), 30);
  EXPECT_EQ(index_.logged, (std::vector<std::string>{"11457", "12061"}));  // they rise in search as logs do
}

TEST_F(SavedMealsTest, ANameIsCheckedAndUniqueIgnoringCase) {
  ASSERT_TRUE(SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kLunch, "Lunch").ok());
  auto twin = SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kDinner, "LUNCH");
  EXPECT_EQ(twin.status().code(), StatusCode::kConflict);
  EXPECT_NE(twin.status().message().find("already have a saved meal named \"Lunch\""), std::string::npos)
      << twin.status().message();
  EXPECT_TRUE(SaveMealFromDiary(ctx_, other_, lunch_day_, Meal::kLunch, "Lunch").status().code() ==
              StatusCode::kUnprocessable);  // another person: the name is free, but their lunch is empty
  auto blank = SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kDinner, "   ");
  EXPECT_EQ(blank.status().code(), StatusCode::kUnprocessable);
  EXPECT_EQ(blank.status().field(), "name");
  auto long_name = SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kDinner, std::string(61, 'x'));
  EXPECT_EQ(long_name.status().field(), "name");
  EXPECT_TRUE(SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kDinner, std::string(60, 'x')).ok());
  EXPECT_EQ(ListSavedMeals(ctx_, user_)->size(), 2u);
}

TEST_F(SavedMealsTest, AnEmptyMealCannotBeSaved) {
  auto none = SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kBreakfast, "Nothing");
  EXPECT_EQ(none.status().code(), StatusCode::kUnprocessable);
  EXPECT_EQ(none.status().field(), "meal");
  EXPECT_TRUE(ListSavedMeals(ctx_, user_)->empty());
}

TEST_F(SavedMealsTest, RenameChecksTheNameAndDeleteRemoves) {
  auto lunch = SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kLunch, "Lunch");
  auto dinner = SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kDinner, "Dinner");
  ASSERT_TRUE(lunch.ok() && dinner.ok());
  EXPECT_EQ(RenameSavedMeal(ctx_, user_, dinner->meal.id, "lunch").status().code(), StatusCode::kConflict);
  auto recased = RenameSavedMeal(ctx_, user_, lunch->meal.id, "LUNCH");  // its own name in another case
  ASSERT_TRUE(recased.ok()) << recased.status().message();
  EXPECT_EQ(recased->meal.name, "LUNCH");
  EXPECT_EQ(RenameSavedMeal(ctx_, other_, lunch->meal.id, "Mine").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(DeleteSavedMeal(ctx_, other_, lunch->meal.id).code(), StatusCode::kNotFound);
  ASSERT_TRUE(DeleteSavedMeal(ctx_, user_, lunch->meal.id).ok());
  auto left = ListSavedMeals(ctx_, user_);
  ASSERT_TRUE(left.ok());
  ASSERT_EQ(left->size(), 1u);
  EXPECT_EQ((*left)[0].meal.name, "Dinner");
}

TEST_F(SavedMealsTest, AnotherPersonsSavedMealCannotBeAdded) {
  auto lunch = SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kLunch, "Lunch");
  ASSERT_TRUE(lunch.ok());
  EXPECT_EQ(AddSavedMeal(ctx_, other_, lunch->meal.id, next_day_, Meal::kLunch).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_.store().diary->GetDay(other_, next_day_)->entries.empty());
}

// A custom food deleted after the meal was saved: adding it is refused
// whole, with a message naming the meal, not half added.
TEST_F(SavedMealsTest, AMealWithADeletedFoodIsRefusedAndAddsNothing) {
  Food granola;
  granola.description = "Granola";
  granola.source = "custom";
  granola.per_100g.Set("energy", 450);
  auto made = store_.store().custom_foods->CreateFood(user_, granola);
  ASSERT_TRUE(made.ok());
  ASSERT_TRUE(LogFood(ctx_, user_, lunch_day_, Meal::kBreakfast, "11457", Typed("1 cup")).ok());
  auto entry = LogFood(ctx_, user_, lunch_day_, Meal::kBreakfast, made->id, Typed("50 g"));
  ASSERT_TRUE(entry.ok());
  auto saved = SaveMealFromDiary(ctx_, user_, lunch_day_, Meal::kBreakfast, "Breakfast");
  ASSERT_TRUE(saved.ok());
  ASSERT_TRUE(DeleteEntry(ctx_, user_, entry->entry.id).ok());
  ASSERT_TRUE(store_.store().custom_foods->DeleteFood(user_, made->id).ok());
  auto listed = ListSavedMeals(ctx_, user_);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ((*listed)[0].foods[1], nullptr);  // listed still, its food shown as gone
  auto added = AddSavedMeal(ctx_, user_, saved->meal.id, next_day_, Meal::kBreakfast);
  EXPECT_EQ(added.status().code(), StatusCode::kConflict);
  EXPECT_NE(added.status().message().find("\"Breakfast\" has a food that no longer exists"), std::string::npos)
      << added.status().message();
  EXPECT_TRUE(Entries(next_day_).empty());  // not the spinach alone either
}

TEST_F(SavedMealsTest, SeveralFoodsAreLoggedAllOrNone) {
  auto both = LogFoods(ctx_, user_, next_day_, Meal::kSnacks,
                       {{"11457", Typed("1 cup")}, {"12061", Typed("1 oz")}});
  ASSERT_TRUE(both.ok()) << both.status().message();
  ASSERT_EQ(both->size(), 2u);
  EXPECT_EQ((*both)[1].food->id, "12061");
  EXPECT_EQ(Entries(next_day_).size(), 2u);

  // The second amount is refused: nothing of the request is logged, and the
  // error names the food's place and field.
  auto refused = LogFoods(ctx_, user_, next_day_, Meal::kSnacks,
                          {{"11457", Typed("1 cup")}, {"12061", Typed("20 kg")}});
  EXPECT_EQ(refused.status().code(), StatusCode::kUnprocessable);
  EXPECT_EQ(refused.status().message().rfind("food 2: ", 0), 0u) << refused.status().message();
  EXPECT_EQ(refused.status().field().rfind("entries[1].", 0), 0u) << refused.status().field();
  auto unknown = LogFoods(ctx_, user_, next_day_, Meal::kSnacks, {{"11457", Typed("1 cup")}, {"00000", Typed("1 g")}});
  EXPECT_EQ(unknown.status().code(), StatusCode::kUnprocessable);
  EXPECT_EQ(unknown.status().field(), "entries[1].food_id");
  EXPECT_EQ(Entries(next_day_).size(), 2u);
  EXPECT_EQ(LogFoods(ctx_, user_, next_day_, Meal::kSnacks, {}).status().field(), "entries");
}

}  // namespace
}  // namespace platewise
