// DataVersions (core/ports/data_versions.h): each kind of write moves its
// stamp in the write's own transaction, one user's write leaves the others'
// stamps alone, reads move nothing, a re-created account never gets back an
// old stamp, and a day is read with the stamp of its own snapshot. The caches
// of storage/caching/ are right only while this holds.

#include <functional>
#include <set>

#include "core/food/recipe.h"
#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

template <typename Backend>
class DataVersionsConformance : public StoreConformance<Backend> {
 protected:
  std::uint64_t User(UserId u) {
    auto v = this->store().versions->UserVersion(u);
    EXPECT_TRUE(v.ok());
    return v.ok() ? *v : 0;
  }
  std::uint64_t Foods() {
    auto v = this->store().versions->FoodsVersion();
    EXPECT_TRUE(v.ok());
    return v.ok() ? *v : 0;
  }
  // Runs `write` and expects it to move A's stamp (to a new value), and not B's.
  void ExpectMovesA(const char* what, const std::function<void()>& write) {
    const std::uint64_t a = User(this->a_), b = User(this->b_);
    write();
    EXPECT_GT(User(this->a_), a) << what;
    EXPECT_NE(User(this->a_), b) << what;
    EXPECT_EQ(User(this->b_), b) << what;
  }
  void ExpectMovesFoods(const char* what, const std::function<void()>& write) {
    const std::uint64_t f = Foods();
    write();
    EXPECT_GT(Foods(), f) << what;
  }
  const CivilDate day_{2026, 3, 9};
};
TYPED_TEST_SUITE(DataVersionsConformance, StoreBackends, BackendNames);

TYPED_TEST(DataVersionsConformance, EveryWriteToAUsersRowsMovesTheirStamp) {
  Store& s = this->store();
  ASSERT_NE(s.versions, nullptr);
  const UserId a = this->a_;
  DiaryEntry e;
  this->ExpectMovesA("add entry", [&] { e = this->Log(a, this->day_, kSpinach); });
  this->ExpectMovesA("update entry",
                     [&] { ASSERT_TRUE(s.diary->UpdateEntry(a, e.id, {.grams = Grams(40)}, std::nullopt).ok()); });
  this->ExpectMovesA("copy entries",
                     [&] { ASSERT_EQ(s.diary->CopyEntries(a, this->day_, CivilDate{2026, 3, 10}, {})->size(), 1u); });
  this->ExpectMovesA("delete entry", [&] { ASSERT_TRUE(s.diary->DeleteEntry(a, e.id).ok()); });
  WaterEntry w;
  this->ExpectMovesA("add water", [&] { w = *s.water->Add(a, {0, this->day_, 250}); });
  this->ExpectMovesA("delete water", [&] { ASSERT_TRUE(s.water->Delete(a, w.id).ok()); });
  ExerciseEntry x;
  this->ExpectMovesA("add exercise", [&] { x = *s.exercise->Add(a, {0, this->day_, "custom", "Walk", 30.0, Kcal(100)}); });
  this->ExpectMovesA("delete exercise", [&] { ASSERT_TRUE(s.exercise->Delete(a, x.id).ok()); });
  const BodyProfile body{Sex::kFemale, 36, Centimeters(167), Kilograms(70), ActivityLevel::kLight, WeeklyGoal{-1}};
  this->ExpectMovesA("save profile", [&] { ASSERT_TRUE(s.profiles->SaveProfile(a, body).ok()); });
  this->ExpectMovesA("save settings", [&] {
    ASSERT_TRUE(s.profile_settings->Save(a, {CivilDate{1990, 5, 1}, DisplayUnits::kMetric, "UTC", std::nullopt, MacroTargets{}, std::nullopt}, body).ok());
  });
  ASSERT_TRUE(s.accounts->CreateSession(a, "s1", "csrf", 1000).ok());
  ASSERT_TRUE(s.accounts->CreateSession(a, "s2", "csrf", 1000).ok());
  this->ExpectMovesA("end other sessions", [&] { ASSERT_TRUE(s.accounts->DeleteOtherSessions(a, "s2").ok()); });
  this->ExpectMovesA("sign out", [&] { ASSERT_TRUE(s.accounts->DeleteSession("s2").ok()); });
  auto token = s.accounts->CreateApiToken(a, "t", "token-hash", 0);
  ASSERT_TRUE(token.ok());
  this->ExpectMovesA("revoke token", [&] { ASSERT_TRUE(s.accounts->DeleteApiToken(a, *token).ok()); });
  this->ExpectMovesA("change password", [&] { ASSERT_TRUE(s.accounts->SetPasswordHash(a, "new-hash").ok()); });
  this->ExpectMovesA("delete account", [&] { ASSERT_TRUE(s.accounts->DeleteUser(a).ok()); });
}

TYPED_TEST(DataVersionsConformance, ReadsAndRefusedWritesMoveNoStamp) {
  Store& s = this->store();
  DiaryEntry e = this->Log(this->a_, this->day_, kSpinach);
  const std::uint64_t a = this->User(this->a_), foods = this->Foods();
  ASSERT_TRUE(s.diary->GetDay(this->a_, this->day_).ok());
  ASSERT_TRUE(s.diary->ListAll(this->a_).ok());
  ASSERT_TRUE(s.foods->GetFood(kSpinach).ok());
  EXPECT_EQ(s.diary->DeleteEntry(this->b_, e.id).code(), StatusCode::kNotFound);  // B's delete of A's entry
  EXPECT_EQ(s.water->Delete(this->a_, 999999).code(), StatusCode::kNotFound);
  EXPECT_EQ(this->User(this->a_), a);
  EXPECT_EQ(this->Foods(), foods);
}

TYPED_TEST(DataVersionsConformance, AReCreatedAccountNeverGetsAnOldStamp) {
  Store& s = this->store();
  const UserId c = *s.accounts->CreateUser("c@example.org", "hash-c");
  std::set<std::uint64_t> seen{this->User(this->a_), this->User(this->b_), this->User(c)};
  this->Log(c, this->day_, kSpinach);
  seen.insert(this->User(c));
  ASSERT_TRUE(s.accounts->DeleteUser(c).ok());
  seen.insert(this->User(c));
  // SQLite hands the highest id out again; the memory store never does. Either
  // way, the new account's stamp is one no account had.
  const UserId again = *s.accounts->CreateUser("c2@example.org", "hash-c");
  EXPECT_FALSE(seen.count(this->User(again))) << "the new account has an old stamp";
}

TYPED_TEST(DataVersionsConformance, FoodChangesMoveTheFoodsStamp) {
  Store& s = this->store();
  FoodDataset changed = TestDataset();
  changed.checksum = "v2";
  changed.foods[0].description = "renamed";
  this->ExpectMovesFoods("import", [&] { ASSERT_TRUE(s.foods->ImportDataset(changed).ok()); });
  const std::uint64_t before = this->Foods();
  ASSERT_FALSE(s.foods->ImportDataset(changed)->changed);  // the same data again
  EXPECT_EQ(this->Foods(), before) << "an import that changed nothing moved the stamp";
  Food mine = this->CustomFood(this->a_, "Mine");
  EXPECT_EQ(this->Foods(), before) << "a new custom food is in no cache: it need not move the stamp";
  this->ExpectMovesFoods("delete custom food", [&] { ASSERT_TRUE(s.custom_foods->DeleteFood(this->a_, mine.id).ok()); });
  Recipe recipe{"Soup", 2, {{kSpinach, Grams(200), "200 g"}}};
  FoodsById ingredients{{kSpinach, *s.foods->GetFood(kSpinach)}};
  auto soup = s.custom_foods->CreateRecipe(this->a_, *BuildRecipeFood(recipe, ingredients), recipe);
  ASSERT_TRUE(soup.ok());
  this->ExpectMovesFoods("delete recipe", [&] { ASSERT_TRUE(s.custom_foods->DeleteFood(this->a_, soup->id).ok()); });
  this->CustomFood(this->b_, "B's");
  this->ExpectMovesFoods("delete an account with custom foods", [&] { ASSERT_TRUE(s.accounts->DeleteUser(this->b_).ok()); });
}

// BothVersions, read once per request by the caches: the two stamps as read
// one by one, also for a user without a stamp (0) and after writes.
TYPED_TEST(DataVersionsConformance, BothVersionsAreTheUsersAndTheFoodsStamps) {
  Store& s = this->store();
  ASSERT_NE(s.versions, nullptr);
  this->Log(this->a_, this->day_, kSpinach);
  this->CustomFood(this->a_, "Oat bar");
  for (UserId user : {this->a_, this->b_, UserId{987654}}) {
    auto both = s.versions->BothVersions(user);
    ASSERT_TRUE(both.ok()) << both.status().message();
    EXPECT_EQ(both->user, this->User(user));
    EXPECT_EQ(both->foods, this->Foods());
  }
  EXPECT_EQ(s.versions->BothVersions(UserId{987654})->user, 0u);
}

TYPED_TEST(DataVersionsConformance, ADayIsReadWithTheStampOfItsSnapshot) {
  this->Log(this->a_, this->day_, kSpinach);
  auto day = this->store().diary->GetDay(this->a_, this->day_);
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(day->version, this->User(this->a_));
  EXPECT_GT(day->version, 0u);
}

}  // namespace
}  // namespace platewise::conformance
