// SavedMealRepository: named groups of foods, scoped to their owner; and
// DiaryRepository::AddEntries, which logs several entries all or none.

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(SavedMealConformance);

SavedMeal Meal2(const std::string& name) {
  return SavedMeal{0, name, {{kRice, Grams(158), "1 cup"}, {kSpinach, Grams(45.5), "45.5 g"}}};
}

TYPED_TEST(SavedMealConformance, ASavedMealReadsBackWithItsItemsInOrder) {
  auto made = this->store().saved_meals->CreateSavedMeal(this->a_, Meal2("Work lunch"));
  ASSERT_TRUE(made.ok()) << made.status().message();
  EXPECT_GT(made->id, 0);
  auto got = this->store().saved_meals->GetSavedMeal(this->a_, made->id);
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_EQ(got->name, "Work lunch");
  ASSERT_EQ(got->items.size(), 2u);
  EXPECT_EQ(got->items[0].food_id, kRice);
  EXPECT_EQ(got->items[0].grams.value(), 158);
  EXPECT_EQ(got->items[0].amount_text, "1 cup");
  EXPECT_EQ(got->items[1].food_id, kSpinach);
  EXPECT_EQ(got->items[1].grams.value(), 45.5);
  EXPECT_EQ(got->items[1].amount_text, "45.5 g");
}

TYPED_TEST(SavedMealConformance, AnotherOwnersSavedMealIsNotFoundAndUntouched) {
  auto theirs = this->store().saved_meals->CreateSavedMeal(this->b_, Meal2("B's lunch"));
  ASSERT_TRUE(theirs.ok());
  auto& meals = *this->store().saved_meals;
  EXPECT_EQ(meals.GetSavedMeal(this->a_, theirs->id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(meals.RenameSavedMeal(this->a_, theirs->id, "Mine").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(meals.DeleteSavedMeal(this->a_, theirs->id).code(), StatusCode::kNotFound);
  EXPECT_TRUE(meals.ListSavedMeals(this->a_)->empty());
  auto still = meals.GetSavedMeal(this->b_, theirs->id);
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->name, "B's lunch");
  EXPECT_EQ(still->items.size(), 2u);
  EXPECT_EQ(meals.GetSavedMeal(this->a_, 4242).status().code(), StatusCode::kNotFound);
}

TYPED_TEST(SavedMealConformance, SavedMealsAreListedInTheOrderSaved) {
  auto& meals = *this->store().saved_meals;
  auto first = meals.CreateSavedMeal(this->a_, Meal2("Zucchini dinner"));
  auto other = meals.CreateSavedMeal(this->b_, Meal2("Other"));
  auto second = meals.CreateSavedMeal(this->a_, SavedMeal{0, "Almond snack", {{kAlmonds, Grams(28.35), "1 oz"}}});
  ASSERT_TRUE(first.ok() && second.ok() && other.ok());
  auto list = meals.ListSavedMeals(this->a_);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, first->id);
  EXPECT_EQ((*list)[0].items.size(), 2u);
  EXPECT_EQ((*list)[1].id, second->id);
  ASSERT_EQ((*list)[1].items.size(), 1u);
  EXPECT_EQ((*list)[1].items[0].food_id, kAlmonds);
  EXPECT_GT(second->id, first->id);
}

TYPED_TEST(SavedMealConformance, ANameIsTakenOncePerOwner) {
  auto& meals = *this->store().saved_meals;
  ASSERT_TRUE(meals.CreateSavedMeal(this->a_, Meal2("Lunch")).ok());
  EXPECT_EQ(meals.CreateSavedMeal(this->a_, Meal2("Lunch")).status().code(), StatusCode::kConflict);
  EXPECT_EQ(meals.ListSavedMeals(this->a_)->size(), 1u);  // the refused one left nothing
  EXPECT_TRUE(meals.CreateSavedMeal(this->b_, Meal2("Lunch")).ok());  // another owner's name is another name
}

TYPED_TEST(SavedMealConformance, RenamingKeepsItemsAndRefusesATakenName) {
  auto& meals = *this->store().saved_meals;
  auto lunch = meals.CreateSavedMeal(this->a_, Meal2("Lunch"));
  auto dinner = meals.CreateSavedMeal(this->a_, Meal2("Dinner"));
  ASSERT_TRUE(lunch.ok() && dinner.ok());
  auto renamed = meals.RenameSavedMeal(this->a_, lunch->id, "Work lunch");
  ASSERT_TRUE(renamed.ok()) << renamed.status().message();
  EXPECT_EQ(renamed->name, "Work lunch");
  EXPECT_EQ(renamed->items.size(), 2u);
  EXPECT_EQ(meals.GetSavedMeal(this->a_, lunch->id)->name, "Work lunch");
  EXPECT_EQ(meals.RenameSavedMeal(this->a_, dinner->id, "Work lunch").status().code(), StatusCode::kConflict);
  EXPECT_EQ(meals.GetSavedMeal(this->a_, dinner->id)->name, "Dinner");
  EXPECT_TRUE(meals.RenameSavedMeal(this->a_, dinner->id, "Dinner").ok());  // its own name again
}

TYPED_TEST(SavedMealConformance, DeletingRemovesTheMealOnly) {
  auto& meals = *this->store().saved_meals;
  auto lunch = meals.CreateSavedMeal(this->a_, Meal2("Lunch"));
  auto dinner = meals.CreateSavedMeal(this->a_, Meal2("Dinner"));
  ASSERT_TRUE(lunch.ok() && dinner.ok());
  ASSERT_TRUE(meals.DeleteSavedMeal(this->a_, lunch->id).ok());
  EXPECT_EQ(meals.GetSavedMeal(this->a_, lunch->id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(meals.DeleteSavedMeal(this->a_, lunch->id).code(), StatusCode::kNotFound);
  auto list = meals.ListSavedMeals(this->a_);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].id, dinner->id);
  EXPECT_TRUE(meals.CreateSavedMeal(this->a_, Meal2("Lunch")).ok());  // the name is free again
}

// A custom food may be deleted after a meal was saved with it: the meal
// keeps the food's id (the use case refuses to add it).
TYPED_TEST(SavedMealConformance, AMealKeepsTheIdOfAFoodDeletedSince) {
  Food mine = this->CustomFood(this->a_, "Granola");
  auto& meals = *this->store().saved_meals;
  auto made = meals.CreateSavedMeal(this->a_, SavedMeal{0, "Breakfast", {{mine.id, Grams(50), "1 serving"}}});
  ASSERT_TRUE(made.ok());
  ASSERT_TRUE(this->store().custom_foods->DeleteFood(this->a_, mine.id).ok());
  auto got = meals.GetSavedMeal(this->a_, made->id);
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->items.size(), 1u);
  EXPECT_EQ(got->items[0].food_id, mine.id);
}

TYPED_TEST(SavedMealConformance, DeletingTheAccountRemovesItsSavedMeals) {
  auto& meals = *this->store().saved_meals;
  auto mine = meals.CreateSavedMeal(this->a_, Meal2("Lunch"));
  auto theirs = meals.CreateSavedMeal(this->b_, Meal2("Lunch"));
  ASSERT_TRUE(mine.ok() && theirs.ok());
  ASSERT_TRUE(this->store().accounts->DeleteUser(this->a_).ok());
  EXPECT_TRUE(meals.ListSavedMeals(this->a_)->empty());
  EXPECT_EQ(meals.ListSavedMeals(this->b_)->size(), 1u);
}

TYPED_TEST(SavedMealConformance, AddEntriesStoresAllInTheOrderGiven) {
  auto added = this->store().diary->AddEntries(
      this->a_, {this->Entry(this->Day(2), Meal::kDinner, kRice, 158, "1 cup"),
                 this->Entry(this->Day(2), Meal::kDinner, kSpinach, 30, "30 g")});
  ASSERT_TRUE(added.ok()) << added.status().message();
  ASSERT_EQ(added->size(), 2u);
  EXPECT_LT((*added)[0].id, (*added)[1].id);
  EXPECT_GT((*added)[0].version, 0);
  EXPECT_NE((*added)[0].version, (*added)[1].version);
  auto day = this->store().diary->GetDay(this->a_, this->Day(2));
  ASSERT_TRUE(day.ok());
  ASSERT_EQ(day->entries.size(), 2u);
  EXPECT_EQ(day->entries[0].food_id, kRice);
  EXPECT_EQ(day->entries[0].amount_text, "1 cup");
  EXPECT_EQ(day->entries[1].food_id, kSpinach);
  EXPECT_TRUE(this->store().diary->GetDay(this->b_, this->Day(2))->entries.empty());
  EXPECT_TRUE(this->store().diary->AddEntries(this->a_, {})->empty());
}

TYPED_TEST(SavedMealConformance, AddEntriesWithOneFoodRefusedStoresNone) {
  Food theirs = this->CustomFood(this->b_, "B's granola");
  this->Log(this->a_, this->Day(3), kButter);
  for (const std::string& bad : {theirs.id, std::string("99999")}) {
    auto added = this->store().diary->AddEntries(
        this->a_, {this->Entry(this->Day(3), Meal::kDinner, kRice, 158),
                   this->Entry(this->Day(3), Meal::kDinner, bad, 50)});
    EXPECT_EQ(added.status().code(), StatusCode::kNotFound) << bad;
    EXPECT_NE(added.status().message().find(bad), std::string::npos) << added.status().message();
  }
  auto day = this->store().diary->GetDay(this->a_, this->Day(3));
  ASSERT_TRUE(day.ok());
  ASSERT_EQ(day->entries.size(), 1u);  // only the butter logged before
  EXPECT_EQ(day->entries[0].food_id, kButter);
}

}  // namespace
}  // namespace platewise::conformance
