// The stamps of core/ports/data_versions.h as the SQLite store keeps them:
// each kind of write moves its stamp (triggers, in the write's transaction),
// one user's write leaves other users' stamps alone, and a re-created
// account id never gets back an old stamp.

#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "core/food/recipe.h"
#include "import/usda_sr24.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

class SqliteDataVersionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenSqliteStore(dir_.File("p.db"));
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(*store);
    ASSERT_NE(store_->versions, nullptr);
    auto ds = ReadUsdaSr24(std::string(PLATEWISE_TEST_DATA_DIR) + "/sr24-mini");
    ASSERT_TRUE(ds.ok());
    dataset_ = *ds;
    ASSERT_TRUE(store_->foods->ImportDataset(dataset_).ok());
    a_ = *store_->accounts->CreateUser("a@example.org", "hash-a");
    b_ = *store_->accounts->CreateUser("b@example.org", "hash-b");
  }

  std::uint64_t User(UserId u) {
    auto v = store_->versions->UserVersion(u);
    EXPECT_TRUE(v.ok());
    return v.ok() ? *v : 0;
  }
  std::uint64_t Foods() {
    auto v = store_->versions->FoodsVersion();
    EXPECT_TRUE(v.ok());
    return v.ok() ? *v : 0;
  }

  // Runs `write` and expects it to move A's stamp (to a new value), and not B's.
  void ExpectMovesA(const char* what, const std::function<void()>& write) {
    const std::uint64_t a = User(a_), b = User(b_);
    write();
    EXPECT_GT(User(a_), a) << what;
    EXPECT_NE(User(a_), b) << what;
    EXPECT_EQ(User(b_), b) << what;
  }
  void ExpectMovesFoods(const char* what, const std::function<void()>& write) {
    const std::uint64_t f = Foods();
    write();
    EXPECT_GT(Foods(), f) << what;
  }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  FoodDataset dataset_;
  UserId a_ = 0, b_ = 0;
  const CivilDate day_{2026, 11, 29};
};

TEST_F(SqliteDataVersionsTest, EveryWriteToAUsersRowsMovesTheirStamp) {
  DiaryEntry e;
  ExpectMovesA("add entry", [&] { e = *store_->diary->AddEntry(a_, {0, day_, Meal::kLunch, "11457", Grams(30), ""}); });
  ExpectMovesA("update entry", [&] {
    e.grams = Grams(40);
    ASSERT_TRUE(store_->diary->UpdateEntry(a_, e).ok());
  });
  ExpectMovesA("copy entries", [&] { ASSERT_EQ(store_->diary->CopyEntries(a_, day_, {2026, 11, 30}, {})->size(), 1u); });
  ExpectMovesA("delete entry", [&] { ASSERT_TRUE(store_->diary->DeleteEntry(a_, e.id).ok()); });
  WaterEntry w;
  ExpectMovesA("add water", [&] { w = *store_->water->Add(a_, {0, day_, 250}); });
  ExpectMovesA("delete water", [&] { ASSERT_TRUE(store_->water->Delete(a_, w.id).ok()); });
  ExerciseEntry x;
  ExpectMovesA("add exercise", [&] { x = *store_->exercise->Add(a_, {0, day_, "custom", "Walk", 30.0, Kcal(100)}); });
  ExpectMovesA("delete exercise", [&] { ASSERT_TRUE(store_->exercise->Delete(a_, x.id).ok()); });
  const BodyProfile body{Sex::kFemale, 36, Centimeters(167), Kilograms(70), ActivityLevel::kLight, WeeklyGoal{-1}};
  ExpectMovesA("save profile", [&] { ASSERT_TRUE(store_->profiles->SaveProfile(a_, body).ok()); });
  ExpectMovesA("save settings", [&] {
    ASSERT_TRUE(store_->profile_settings->Save(a_, {CivilDate{1990, 5, 1}, DisplayUnits::kMetric, "UTC"}, body).ok());
  });
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "s1", "csrf", 1000).ok());
  ASSERT_TRUE(store_->accounts->CreateSession(a_, "s2", "csrf", 1000).ok());
  ExpectMovesA("end other sessions", [&] { ASSERT_TRUE(store_->accounts->DeleteOtherSessions(a_, "s2").ok()); });
  ExpectMovesA("sign out", [&] { ASSERT_TRUE(store_->accounts->DeleteSession("s2").ok()); });
  auto token = store_->accounts->CreateApiToken(a_, "t", "token-hash", 0);
  ASSERT_TRUE(token.ok());
  ExpectMovesA("revoke token", [&] { ASSERT_TRUE(store_->accounts->DeleteApiToken(a_, *token).ok()); });
  ExpectMovesA("change password", [&] { ASSERT_TRUE(store_->accounts->SetPasswordHash(a_, "new-hash").ok()); });
  ExpectMovesA("delete account", [&] { ASSERT_TRUE(store_->accounts->DeleteUser(a_).ok()); });
}

TEST_F(SqliteDataVersionsTest, AReCreatedAccountIdNeverGetsAnOldStamp) {
  const UserId c = *store_->accounts->CreateUser("c@example.org", "hash-c");
  std::set<std::uint64_t> seen{User(a_), User(b_), User(c)};
  ASSERT_TRUE(store_->diary->AddEntry(c, {0, day_, Meal::kLunch, "11457", Grams(30), ""}).ok());
  seen.insert(User(c));
  ASSERT_TRUE(store_->accounts->DeleteUser(c).ok());
  seen.insert(User(c));
  const UserId again = *store_->accounts->CreateUser("c2@example.org", "hash-c");
  ASSERT_EQ(again, c);  // SQLite hands the highest id out again
  EXPECT_FALSE(seen.count(User(again))) << "the new account has a stamp of the old one";
}

TEST_F(SqliteDataVersionsTest, FoodChangesMoveTheFoodsStamp) {
  FoodDataset changed = dataset_;
  changed.checksum = "another";
  changed.foods[0].description = "renamed";
  ExpectMovesFoods("import", [&] { ASSERT_TRUE(store_->foods->ImportDataset(changed).ok()); });
  const std::uint64_t before = Foods();
  auto food = store_->custom_foods->CreateFood(a_, *BuildCustomFood({"Mine", std::nullopt, false, {{"energy", 1}}}));
  ASSERT_TRUE(food.ok());
  EXPECT_EQ(Foods(), before) << "a new custom food is in no cache: it need not move the stamp";
  ExpectMovesFoods("delete custom food", [&] { ASSERT_TRUE(store_->custom_foods->DeleteFood(a_, food->id).ok()); });
  Recipe recipe{"Soup", 2, {{"11457", Grams(200), "200 g"}}};
  FoodsById ingredients{{"11457", *store_->foods->GetFood("11457")}};
  auto soup = store_->custom_foods->CreateRecipe(a_, *BuildRecipeFood(recipe, ingredients), recipe);
  ASSERT_TRUE(soup.ok());
  ExpectMovesFoods("delete recipe", [&] { ASSERT_TRUE(store_->custom_foods->DeleteFood(a_, soup->id).ok()); });
  ASSERT_TRUE(store_->custom_foods->CreateFood(b_, *BuildCustomFood({"B's", std::nullopt, false, {{"energy", 1}}})).ok());
  ExpectMovesFoods("delete an account with custom foods", [&] { ASSERT_TRUE(store_->accounts->DeleteUser(b_).ok()); });
}

TEST_F(SqliteDataVersionsTest, ADayIsReadWithTheStampOfItsSnapshot) {
  ASSERT_TRUE(store_->diary->AddEntry(a_, {0, day_, Meal::kLunch, "11457", Grams(30), ""}).ok());
  auto day = store_->diary->GetDay(a_, day_);
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(day->version, User(a_));
}

}  // namespace
}  // namespace platewise
