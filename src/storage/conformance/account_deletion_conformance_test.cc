// Deleting an account removes every row the account owned, through every
// port, and nothing of anyone else's.

#include "core/food/recipe.h"
#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(AccountDeletionConformance);

TYPED_TEST(AccountDeletionConformance, DeletingAnAccountRemovesEverythingItOwnedAndNothingElse) {
  Store& s = this->store();
  const UserId a = this->a_, b = this->b_;
  const CivilDate day = this->Day(1);
  // A has a row of every kind; B has some too.
  Food mine = this->CustomFood(a, "A's stock");
  FoodsById foods{{mine.id, *s.foods->GetFood(mine.id)}};
  Recipe soup{"A's soup", 2, {{mine.id, Grams(300), ""}}};
  auto soup_food = s.custom_foods->CreateRecipe(a, *BuildRecipeFood(soup, foods), soup);
  ASSERT_TRUE(soup_food.ok());
  this->Log(a, day, mine.id);
  this->Log(a, day, kSpinach);
  ASSERT_TRUE(s.favourites->Add(a, mine.id).ok());
  ASSERT_TRUE(s.water->Add(a, {0, day, 250}).ok());
  ASSERT_TRUE(s.exercise->Add(a, {0, day, "walking", "Walk", 30.0, Kcal(100)}).ok());
  ASSERT_TRUE(s.weights->Put(a, {0, day, Kilograms(80)}).ok());
  ASSERT_TRUE(s.profile_settings->Save(a, {CivilDate{1980, 1, 1}, DisplayUnits::kMetric, "UTC", std::nullopt, MacroTargets{}, std::nullopt},
                                       BodyProfile{Sex::kFemale, 46, Centimeters(170), Kilograms(80),
                                                   ActivityLevel::kSedentary, WeeklyGoal{0}})
                  .ok());
  Supplement pill{0, "Mg", "tablet", {}};
  pill.per_unit.Set("magnesium", 100);
  auto supplement = s.supplements->AddSupplement(a, pill);
  ASSERT_TRUE(supplement.ok());
  ASSERT_TRUE(s.supplements->LogDose(a, {0, day, supplement->id, 1}).ok());
  ASSERT_TRUE(s.accounts->CreateSession(a, "session-a", "csrf", 1000).ok());
  auto token = s.accounts->CreateApiToken(a, "t", "token-a", 0);
  ASSERT_TRUE(token.ok());
  ASSERT_TRUE(s.notification_reads->MarkRead(a, {"week:1"}).ok());
  ASSERT_TRUE(s.target_overrides->Put(a, {"magnesium", 500, std::nullopt, TargetSource::kDoctor}).ok());
  DiaryEntry b_entry = this->Log(b, day, kSpinach);
  ASSERT_TRUE(s.accounts->CreateSession(b, "session-b", "csrf", 1000).ok());
  ASSERT_TRUE(s.favourites->Add(b, kRice).ok());
  // Read A's rows once, so that any cache holds them.
  ASSERT_TRUE(s.foods->GetVisibleFood(a, mine.id).ok());
  ASSERT_TRUE(s.diary->GetDay(a, day).ok());
  ASSERT_TRUE(s.profiles->GetProfile(a).ok());
  ASSERT_TRUE(s.accounts->FindSession("session-a", 0).ok());
  ASSERT_TRUE(s.accounts->FindApiToken("token-a").ok());

  ASSERT_TRUE(s.accounts->DeleteUser(a).ok());

  EXPECT_EQ(s.accounts->GetUser(a).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(s.accounts->FindUserByEmail("a@example.org").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(s.foods->GetFood(mine.id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(s.foods->GetFood(soup_food->id).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(s.custom_foods->ListFoods(a)->empty());
  EXPECT_TRUE(s.diary->ListAll(a)->empty());
  auto a_day = s.diary->GetDay(a, day);
  EXPECT_TRUE(a_day->entries.empty() && a_day->water.empty() && a_day->exercise.empty());
  EXPECT_TRUE(s.favourites->List(a)->empty());
  EXPECT_TRUE(s.water->ListAll(a)->empty());
  EXPECT_TRUE(s.exercise->ListAll(a)->empty());
  EXPECT_TRUE(s.weights->List(a, std::nullopt, std::nullopt)->empty());
  EXPECT_EQ(s.profiles->GetProfile(a).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(s.profile_settings->Get(a).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(s.supplements->ListSupplements(a)->empty());
  EXPECT_TRUE(s.supplements->ListDoses(a, day, day)->empty());
  EXPECT_EQ(s.accounts->FindSession("session-a", 0).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(s.accounts->FindApiToken("token-a").status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(s.accounts->ListApiTokens(a)->empty());
  EXPECT_TRUE(s.notification_reads->ReadIds(a)->empty());
  EXPECT_TRUE(s.target_overrides->List(a)->empty());
  auto counts = s.diary->CountLogsByFood();
  ASSERT_TRUE(counts.ok());
  for (const FoodLogCount& c : *counts) EXPECT_NE(c.owner, a);
  auto listings = s.foods->ListFoodListings();
  ASSERT_TRUE(listings.ok());
  for (const FoodListing& l : *listings) EXPECT_NE(l.owner, a);
  // B keeps everything.
  EXPECT_EQ(s.diary->GetEntry(b, b_entry.id)->food_id, kSpinach);
  EXPECT_EQ(s.accounts->FindSession("session-b", 0)->owner, b);
  EXPECT_EQ(*s.favourites->List(b), std::vector<std::string>{kRice});
  EXPECT_TRUE(s.foods->GetFood(kSpinach).ok());
  // The email is free again.
  EXPECT_TRUE(s.accounts->CreateUser("a@example.org", "new").ok());
}

TYPED_TEST(AccountDeletionConformance, DeletingAnUnknownAccountIsNotFound) {
  EXPECT_EQ(this->store().accounts->DeleteUser(4242).code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().accounts->GetUser(this->a_).ok());
}

}  // namespace
}  // namespace platewise::conformance
