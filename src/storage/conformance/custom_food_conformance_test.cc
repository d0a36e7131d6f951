// CustomFoodRepository: custom foods and recipes, private to their owner;
// newest first; deleting one that is used is a conflict.

#include "core/food/recipe.h"
#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(CustomFoodConformance);

std::vector<std::string> Ids(const std::vector<Food>& foods) {
  std::vector<std::string> ids;
  for (const Food& f : foods) ids.push_back(f.id);
  return ids;
}

template <typename Fixture>
Result<Food> MakeRecipe(Fixture& t, UserId owner, const Recipe& recipe) {
  FoodsById foods;
  for (const RecipeIngredient& in : recipe.ingredients) {
    auto f = t.store().foods->GetVisibleFood(owner, in.food_id);
    if (!f.ok()) return f.status();
    foods[in.food_id] = *f;
  }
  auto food = BuildRecipeFood(recipe, foods);
  if (!food.ok()) return food.status();
  return t.store().custom_foods->CreateRecipe(owner, *food, recipe);
}

Recipe SpinachSalad() {
  return Recipe{"Spinach salad", 2, {{kSpinach, Grams(60), "2 cups"}, {kAlmonds, Grams(28), "1 oz"}}};
}

TYPED_TEST(CustomFoodConformance, ACreatedFoodGetsACustomIdAndKeepsEveryField) {
  Food label = TestFood("ignored", "Granola bar", "Snacks", {{"energy", 450}, {"fiber", 0}}, {{1, "serving (1 bar)", Grams(40)}});
  label.source = kCustomFoodSource;
  label.brand = "Acme";  // a brand typed in the app's "Create food" is kept
  auto stored = this->store().custom_foods->CreateFood(this->a_, label);
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  ASSERT_GE(stored->id.size(), 2u);
  EXPECT_EQ(stored->id[0], 'c');
  EXPECT_NE(stored->id, "ignored");
  Food expected = label;
  expected.id = stored->id;
  EXPECT_EQ(*stored, expected);
  EXPECT_EQ(**this->store().foods->GetVisibleFood(this->a_, stored->id), expected);
  EXPECT_EQ(*(*this->store().foods->GetFood(stored->id))->per_100g.Get("fiber"), 0.0);  // zero stays zero
}

TYPED_TEST(CustomFoodConformance, EachFoodGetsItsOwnIdWhoeverOwnsIt) {
  Food x = this->CustomFood(this->a_, "x");
  Food y = this->CustomFood(this->b_, "y");
  Food z = this->CustomFood(this->a_, "z");
  EXPECT_NE(x.id, y.id);
  EXPECT_NE(y.id, z.id);
  EXPECT_NE(x.id, z.id);
}

TYPED_TEST(CustomFoodConformance, AnOwnersFoodsComeNewestFirst) {
  Food x = this->CustomFood(this->a_, "x");
  Food other = this->CustomFood(this->b_, "B's");
  Food y = this->CustomFood(this->a_, "y");
  Food z = this->CustomFood(this->a_, "z");
  auto list = this->store().custom_foods->ListFoods(this->a_);
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(Ids(*list), (std::vector<std::string>{z.id, y.id, x.id}));
  EXPECT_EQ((*list)[0], z);
  EXPECT_EQ(Ids(*this->store().custom_foods->ListFoods(this->b_)), std::vector<std::string>{other.id});
  EXPECT_TRUE(this->store().custom_foods->ListFoods(kLocalUser)->empty());
}

TYPED_TEST(CustomFoodConformance, ARecipeRoundTripsWithItsIngredientsInOrder) {
  auto food = MakeRecipe(*this, this->a_, SpinachSalad());
  ASSERT_TRUE(food.ok()) << food.status().message();
  EXPECT_EQ(food->source, kRecipeSource);
  auto recipe = this->store().custom_foods->GetRecipe(this->a_, food->id);
  ASSERT_TRUE(recipe.ok()) << recipe.status().message();
  EXPECT_EQ(recipe->name, "Spinach salad");
  EXPECT_NEAR(recipe->servings, 2, 1e-9);
  ASSERT_EQ(recipe->ingredients.size(), 2u);
  EXPECT_EQ(recipe->ingredients[0].food_id, kSpinach);
  EXPECT_EQ(recipe->ingredients[0].grams.value(), 60);
  EXPECT_EQ(recipe->ingredients[0].amount_text, "2 cups");
  EXPECT_EQ(recipe->ingredients[1].food_id, kAlmonds);
  EXPECT_EQ(**this->store().foods->GetVisibleFood(this->a_, food->id), *food);
  EXPECT_EQ(Ids(*this->store().custom_foods->ListFoods(this->a_)), std::vector<std::string>{food->id});
}

TYPED_TEST(CustomFoodConformance, ARecipeMayUseTheOwnersCustomFoodButNotAnotherUsersOne) {
  Food mine = this->CustomFood(this->a_, "A's stock");
  Food theirs = this->CustomFood(this->b_, "B's stock");
  Recipe soup{"Soup", 4, {{mine.id, Grams(500), ""}, {kSpinach, Grams(100), ""}}};
  EXPECT_TRUE(MakeRecipe(*this, this->a_, soup).ok());
  FoodsById foods{{theirs.id, *this->store().foods->GetFood(theirs.id)}, {kSpinach, *this->store().foods->GetFood(kSpinach)}};
  Recipe stolen{"Stolen soup", 4, {{theirs.id, Grams(500), ""}, {kSpinach, Grams(100), ""}}};
  auto food = BuildRecipeFood(stolen, foods);
  ASSERT_TRUE(food.ok());
  EXPECT_EQ(this->store().custom_foods->CreateRecipe(this->a_, *food, stolen).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().custom_foods->ListFoods(this->a_)->size(), 2u);  // nothing stored
}

TYPED_TEST(CustomFoodConformance, GetRecipeOfAPlainFoodOrAnotherOwnersRecipeIsNotFound) {
  Food plain = this->CustomFood(this->a_, "Plain");
  auto salad = MakeRecipe(*this, this->a_, SpinachSalad());
  ASSERT_TRUE(salad.ok());
  EXPECT_EQ(this->store().custom_foods->GetRecipe(this->a_, plain.id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().custom_foods->GetRecipe(this->b_, salad->id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().custom_foods->GetRecipe(this->a_, kSpinach).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().custom_foods->GetRecipe(this->a_, "c999").status().code(), StatusCode::kNotFound);
}

TYPED_TEST(CustomFoodConformance, DeletingAFoodRemovesItAndItsFavourite) {
  Food mine = this->CustomFood(this->a_, "Mine");
  Food keep = this->CustomFood(this->a_, "Keep");
  ASSERT_TRUE(this->store().favourites->Add(this->a_, mine.id).ok());
  ASSERT_TRUE(this->store().favourites->Add(this->a_, kSpinach).ok());
  ASSERT_TRUE(this->store().foods->GetVisibleFood(this->a_, mine.id).ok());  // read before: any cache is dropped
  ASSERT_TRUE(this->store().custom_foods->DeleteFood(this->a_, mine.id).ok());
  EXPECT_EQ(this->store().foods->GetFood(mine.id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().foods->GetVisibleFood(this->a_, mine.id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(Ids(*this->store().custom_foods->ListFoods(this->a_)), std::vector<std::string>{keep.id});
  EXPECT_EQ(*this->store().favourites->List(this->a_), std::vector<std::string>{kSpinach});
  EXPECT_EQ(this->store().custom_foods->DeleteFood(this->a_, mine.id).code(), StatusCode::kNotFound);
}

// Defect: SQLite numbered a new food max(id) + 1, so the newest food's id,
// once deleted, came back on the next food (a client's cached id, or an
// import's "foods no entry uses" check, then saw a different food).
TYPED_TEST(CustomFoodConformance, ADeletedFoodsIdIsNeverGivenToAnotherFood) {
  Food first = this->CustomFood(this->a_, "First");
  ASSERT_TRUE(this->store().custom_foods->DeleteFood(this->a_, first.id).ok());
  Food next = this->CustomFood(this->a_, "Next");
  EXPECT_NE(next.id, first.id);
  EXPECT_EQ(this->store().foods->GetVisibleFood(this->a_, first.id).status().code(), StatusCode::kNotFound);
}

TYPED_TEST(CustomFoodConformance, AFoodThatDiaryEntriesUseIsAConflictUntilTheyAreGone) {
  Food mine = this->CustomFood(this->a_, "Mine");
  DiaryEntry e = this->Log(this->a_, this->Day(1), mine.id);
  EXPECT_EQ(this->store().custom_foods->DeleteFood(this->a_, mine.id).code(), StatusCode::kConflict);
  EXPECT_TRUE(this->store().foods->GetFood(mine.id).ok());
  ASSERT_TRUE(this->store().diary->DeleteEntry(this->a_, e.id).ok());
  EXPECT_TRUE(this->store().custom_foods->DeleteFood(this->a_, mine.id).ok());
}

TYPED_TEST(CustomFoodConformance, AFoodThatARecipeUsesIsAConflictAndTheRecipeCanGo) {
  Food stock = this->CustomFood(this->a_, "Stock");
  auto soup = MakeRecipe(*this, this->a_, Recipe{"Soup", 2, {{stock.id, Grams(300), ""}}});
  ASSERT_TRUE(soup.ok());
  EXPECT_EQ(this->store().custom_foods->DeleteFood(this->a_, stock.id).code(), StatusCode::kConflict);
  ASSERT_TRUE(this->store().custom_foods->DeleteFood(this->a_, soup->id).ok());
  EXPECT_EQ(this->store().custom_foods->GetRecipe(this->a_, soup->id).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().custom_foods->DeleteFood(this->a_, stock.id).ok());
}

TYPED_TEST(CustomFoodConformance, AnotherOwnersFoodIsNotFoundAndStays) {
  Food mine = this->CustomFood(this->a_, "Mine");
  EXPECT_EQ(this->store().custom_foods->DeleteFood(this->b_, mine.id).code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().foods->GetVisibleFood(this->a_, mine.id).ok());
}

// Defect fixed in the SQLite store: deleting a shared food the caller had
// logged said Conflict ("used by diary entries") instead of NotFound.
TYPED_TEST(CustomFoodConformance, ASharedFoodIsNotFoundEvenWhenTheCallerLoggedIt) {
  this->Log(this->a_, this->Day(1), kSpinach);
  EXPECT_EQ(this->store().custom_foods->DeleteFood(this->a_, kSpinach).code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().custom_foods->DeleteFood(this->a_, kAlmonds).code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().foods->GetFood(kSpinach).ok());
}

}  // namespace
}  // namespace platewise::conformance
