// FavouriteFoods: newest first, adding twice is a no-op, only visible foods.

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(FavouriteConformance);

using Ids = std::vector<std::string>;

TYPED_TEST(FavouriteConformance, FavouritesComeNewestFirstAndAddingAgainKeepsThePlace) {
  auto& favourites = *this->store().favourites;
  for (const char* id : {kRice, kSpinach, kAlmonds}) ASSERT_TRUE(favourites.Add(this->a_, id).ok());
  ASSERT_TRUE(favourites.Add(this->a_, kRice).ok());  // again: a no-op
  EXPECT_EQ(*favourites.List(this->a_), (Ids{kAlmonds, kSpinach, kRice}));
  ASSERT_TRUE(favourites.Remove(this->a_, kSpinach).ok());
  ASSERT_TRUE(favourites.Add(this->a_, kButter).ok());
  EXPECT_EQ(*favourites.List(this->a_), (Ids{kButter, kAlmonds, kRice}));
}

TYPED_TEST(FavouriteConformance, OnlyFoodsTheOwnerMaySeeCanBeFavourites) {
  Food mine = this->CustomFood(this->a_, "Mine");
  Food theirs = this->CustomFood(this->b_, "Theirs");
  EXPECT_TRUE(this->store().favourites->Add(this->a_, mine.id).ok());
  EXPECT_EQ(this->store().favourites->Add(this->a_, theirs.id).code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().favourites->Add(this->a_, "99999").code(), StatusCode::kNotFound);
  EXPECT_EQ(*this->store().favourites->List(this->a_), Ids{mine.id});
}

TYPED_TEST(FavouriteConformance, EachOwnerHasTheirOwnFavourites) {
  ASSERT_TRUE(this->store().favourites->Add(this->a_, kRice).ok());
  ASSERT_TRUE(this->store().favourites->Add(this->b_, kSpinach).ok());
  EXPECT_EQ(*this->store().favourites->List(this->a_), Ids{kRice});
  EXPECT_EQ(*this->store().favourites->List(this->b_), Ids{kSpinach});
  EXPECT_EQ(this->store().favourites->Remove(this->b_, kRice).code(), StatusCode::kNotFound);
  EXPECT_EQ(*this->store().favourites->List(this->a_), Ids{kRice});
  EXPECT_TRUE(this->store().favourites->List(kLocalUser)->empty());
}

TYPED_TEST(FavouriteConformance, RemovingAFoodThatIsNoFavouriteIsNotFound) {
  EXPECT_EQ(this->store().favourites->Remove(this->a_, kRice).code(), StatusCode::kNotFound);
  ASSERT_TRUE(this->store().favourites->Add(this->a_, kRice).ok());
  ASSERT_TRUE(this->store().favourites->Remove(this->a_, kRice).ok());
  EXPECT_EQ(this->store().favourites->Remove(this->a_, kRice).code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().favourites->List(this->a_)->empty());
}

}  // namespace
}  // namespace platewise::conformance
