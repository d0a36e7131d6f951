// FoodRepository: import (all or nothing, idempotent, replacing a source's
// foods), reads by id, visibility, listings, catalog, groups and rankings.

#include <algorithm>
#include <map>

#include "storage/conformance/conformance_fixture.h"
#include "testing/packaged_foods.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(FoodConformance);

std::vector<std::string> Ids(const std::vector<SharedFood>& foods) {
  std::vector<std::string> ids;
  for (const SharedFood& f : foods) ids.push_back(f->id);
  return ids;
}

std::vector<std::string> Ids(const std::vector<RankedFood>& foods) {
  std::vector<std::string> ids;
  for (const RankedFood& f : foods) ids.push_back(f.food.id);
  return ids;
}

Food* FindFood(FoodDataset& d, const std::string& id) {
  for (Food& f : d.foods) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

TYPED_TEST(FoodConformance, ImportStoresEveryFieldOfEveryFood) {
  for (const Food& f : TestDataset().foods) {
    auto got = this->store().foods->GetFood(f.id);
    ASSERT_TRUE(got.ok()) << f.id;
    EXPECT_EQ(**got, f) << f.id;  // nutrients, factors (one absent), portions in order
  }
  EXPECT_EQ(*this->store().foods->CountFoods(), 6);
}

// Packaged foods of another dataset: their brand and barcode are stored, a
// barcode finds every shared food that has it (two datasets may), and a food
// without one is never found by the empty code.
TYPED_TEST(FoodConformance, ABarcodeFindsThePackagedFoodsThatHaveIt) {
  const Food yogurt = testing::PackagedYogurt("fdc:100");
  Food copy = yogurt;
  copy.id = "fdc:101";
  copy.description = "Greek yogurt, plain (older label)";
  Food bar;
  bar.id = "fdc:102";
  bar.description = "Granola bar";
  bar.barcode = "00000096385074";
  Food loose;
  loose.id = "fdc:103";
  loose.description = "Apples, loose";
  ASSERT_TRUE(this->store().foods->ImportDataset(testing::PackagedDataset({yogurt, copy, bar, loose})).ok());

  auto found = this->store().foods->FindFoodsByBarcode("00036000291452");
  ASSERT_TRUE(found.ok()) << found.status().message();
  EXPECT_EQ(Ids(*found), (std::vector<std::string>{"fdc:100", "fdc:101"}));
  ASSERT_EQ(found->size(), 2u);
  Food expected = yogurt;
  expected.source = "fdc-branded";
  EXPECT_EQ(*found->front(), expected);  // brand, barcode and nutrients as imported
  EXPECT_EQ((*this->store().foods->GetFood("fdc:102"))->barcode, "00000096385074");
  EXPECT_EQ((*this->store().foods->GetFood("fdc:103"))->barcode, "");
  EXPECT_TRUE(this->store().foods->FindFoodsByBarcode("00000000000001")->empty());
  EXPECT_TRUE(this->store().foods->FindFoodsByBarcode("")->empty());
  // The search index's listing carries the brand (packaged foods rank as brands).
  auto listings = this->store().foods->ListFoodListings();
  ASSERT_TRUE(listings.ok());
  std::map<std::string, std::string> brands;
  for (const FoodListing& l : *listings) brands[l.id] = l.brand;
  EXPECT_EQ(brands["fdc:100"], "Acme Dairy");
  EXPECT_EQ(brands["fdc:102"], "");
}

TYPED_TEST(FoodConformance, NotAnalysedIsAbsentAndZeroIsZero) {
  auto rice = this->store().foods->GetFood(kRice);
  auto water = this->store().foods->GetFood(kTapWater);
  ASSERT_TRUE(rice.ok() && water.ok());
  EXPECT_FALSE((*rice)->per_100g.Get("magnesium").has_value());
  ASSERT_TRUE((*water)->per_100g.Get("magnesium").has_value());
  EXPECT_EQ(*(*water)->per_100g.Get("magnesium"), 0.0);
  EXPECT_FALSE((*water)->per_100g.Get("protein").has_value());
}

TYPED_TEST(FoodConformance, ImportingTheSameChecksumAgainChangesNothing) {
  FoodDataset same = TestDataset();
  same.foods[0].description = "ignored: the checksum is unchanged";
  auto again = this->store().foods->ImportDataset(same);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->changed);
  EXPECT_EQ(again->foods, 6);
  EXPECT_EQ(again->portions, 6);
  EXPECT_EQ((*this->store().foods->GetFood(same.foods[0].id))->description, TestDataset().foods[0].description);
}

TYPED_TEST(FoodConformance, ImportReportsWhatTheDatasetHolds) {
  FoodDataset v2 = TestDataset();
  v2.checksum = "v2";
  auto r = this->store().foods->ImportDataset(v2);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->changed);
  EXPECT_EQ(r->foods, 6);
  EXPECT_EQ(r->nutrient_values, 4 + 3 + 4 + 2 + 2 + 3);
  EXPECT_EQ(r->portions, 6);
}

TYPED_TEST(FoodConformance, ANewChecksumReplacesTheFoodsOfTheSource) {
  FoodDataset v2 = TestDataset();
  v2.checksum = "v2";
  Food* spinach = FindFood(v2, kSpinach);
  spinach->description = "Spinach, raw (v2)";
  spinach->per_100g = NutrientValues();
  spinach->per_100g.Set("energy", 24);  // the other values are no longer analysed
  spinach->portions = {{1, "leaf", Grams(10)}};
  std::erase_if(v2.foods, [](const Food& f) { return f.id == kButter; });
  v2.foods.push_back(TestFood("15001", "Fish, anchovy", "Fish", {{"energy", 131}}, {}));
  auto before = this->store().foods->GetFood(kSpinach);
  ASSERT_TRUE(before.ok());

  auto r = this->store().foods->ImportDataset(v2);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->changed);
  EXPECT_EQ(**this->store().foods->GetFood(kSpinach), *spinach);
  EXPECT_EQ(this->store().foods->GetFood(kButter).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().foods->GetFood("15001").ok());
  EXPECT_EQ(*this->store().foods->CountFoods(), 6);
  EXPECT_EQ((*before)->description, "Spinach, raw");  // a reader's copy is not changed under it
  auto again = this->store().foods->ImportDataset(v2);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->changed);
}

// Defect fixed in the SQLite store: a new checksum upserted the dataset's
// foods but kept every food the new data no longer has.
TYPED_TEST(FoodConformance, AFoodDroppedFromTheDataIsKeptOnlyWhileSomethingUsesIt) {
  this->Log(this->a_, this->Day(1), kAlmonds);
  ASSERT_TRUE(this->store().favourites->Add(this->a_, kRice).ok());
  FoodDataset v2 = TestDataset();
  v2.checksum = "v2";
  std::erase_if(v2.foods, [](const Food& f) { return f.id == kAlmonds || f.id == kRice; });
  ASSERT_TRUE(this->store().foods->ImportDataset(v2).ok());
  EXPECT_TRUE(this->store().foods->GetFood(kAlmonds).ok());  // a diary entry still counts it
  EXPECT_EQ(this->store().foods->GetFood(kRice).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().favourites->List(this->a_)->empty());  // the favourite went with it
}

TYPED_TEST(FoodConformance, AnImportOfAnotherSourceKeepsTheFirstSourcesFoods) {
  FoodDataset other;
  other.source = "other-source";
  other.checksum = "x1";
  other.nutrients = {{"energy", "Energy", "kcal", 208}};
  other.foods = {TestFood("X0001", "Other food", "Other", {{"energy", 10}}, {})};
  ASSERT_TRUE(this->store().foods->ImportDataset(other).ok());
  EXPECT_EQ(*this->store().foods->CountFoods(), 7);
  EXPECT_EQ((*this->store().foods->GetFood("X0001"))->source, "other-source");
  EXPECT_TRUE(this->store().foods->GetFood(kSpinach).ok());
}

TYPED_TEST(FoodConformance, AFailedImportChangesNothing) {
  FoodDataset bad = TestDataset();
  bad.checksum = "v2";
  bad.foods[0].description = "renamed";
  bad.foods.push_back(TestFood("15001", "Fish", "Fish", {{"energy", 131}}, {}));
  bad.foods.back().per_100g.Set("unobtainium", 1);  // no such nutrient: the whole import fails
  EXPECT_FALSE(this->store().foods->ImportDataset(bad).ok());
  EXPECT_EQ(**this->store().foods->GetFood(bad.foods[0].id), TestDataset().foods[0]);
  EXPECT_EQ(this->store().foods->GetFood("15001").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(*this->store().foods->CountFoods(), 6);
  auto again = this->store().foods->ImportDataset(TestDataset());  // v1 is still the recorded checksum
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->changed);
}

// A packaged food named `name` whose data the source last changed at
// `modified` (Food::modified; "" when it does not say).
Food Dated(const std::string& id, const std::string& name, const std::string& modified) {
  Food f = testing::PackagedYogurt(id);
  f.description = name;
  f.barcode.clear();
  f.modified = modified;
  return f;
}
FoodDataset Release(const std::string& checksum, std::vector<Food> foods) {
  FoodDataset d = testing::PackagedDataset(std::move(foods));
  d.checksum = checksum;
  return d;
}
constexpr char k2019[] = "2019-04-01T00:00:00Z";
constexpr char k2024[] = "2024-04-01T00:00:00Z";
constexpr char k2025[] = "2025-04-01T00:00:00Z";

// FORMATS.md: store the release date and never overwrite with older data.
TYPED_TEST(FoodConformance, AFoodIsNeverReplacedByOlderDataNorRemovedByAnOlderRelease) {
  FoodRepository& foods = *this->store().foods;
  auto name = [&](const std::string& id) { return (*foods.GetFood(id))->description; };
  ASSERT_TRUE(foods.ImportDataset(Release("r2024", {Dated("fdc:1", "Yogurt 2024", k2024),
                                                     Dated("fdc:2", "Bar 2024", k2024)}))
                  .ok());
  EXPECT_EQ((*foods.GetFood("fdc:1"))->modified, k2024);

  auto older = foods.ImportDataset(Release("r2019", {Dated("fdc:1", "Yogurt 2019", k2019),
                                                      Dated("fdc:3", "Oats 2019", k2019)}));
  ASSERT_TRUE(older.ok()) << older.status().message();
  EXPECT_EQ(older->foods, 1);       // fdc:3
  EXPECT_EQ(older->kept_newer, 1);  // fdc:1
  EXPECT_EQ(name("fdc:1"), "Yogurt 2024");
  EXPECT_EQ(name("fdc:2"), "Bar 2024");  // newer than all of 2019's release: not removed by it
  EXPECT_EQ(name("fdc:3"), "Oats 2019");

  // A newer release replaces and removes as before; a food whose source
  // says no date is replaced whatever the stored one says.
  auto newer = foods.ImportDataset(Release("r2025", {Dated("fdc:1", "Yogurt 2025", k2025),
                                                      Dated("fdc:3", "Oats (undated)", "")}));
  ASSERT_TRUE(newer.ok()) << newer.status().message();
  EXPECT_EQ(newer->foods, 2);
  EXPECT_EQ(newer->kept_newer, 0);
  EXPECT_EQ(name("fdc:1"), "Yogurt 2025");
  EXPECT_EQ(name("fdc:3"), "Oats (undated)");
  EXPECT_EQ((*foods.GetFood("fdc:3"))->modified, "");
  EXPECT_EQ(foods.GetFood("fdc:2").status().code(), StatusCode::kNotFound);  // 2024 is older than 2025
}

// A store that writes in batches sees the second copy of an id in a later
// batch (the first 600 ids twice) or in the same one (fdc:9000 three times).
TYPED_TEST(FoodConformance, AnIdGivenTwiceKeepsTheNewerCopyOrTheLaterOne) {
  std::vector<Food> given;
  for (int i = 0; i < 600; ++i) {
    given.push_back(Dated("fdc:" + std::to_string(i), "first", i % 2 == 1 ? k2024 : ""));
  }
  for (int i = 0; i < 600; ++i) {
    given.push_back(Dated("fdc:" + std::to_string(i), "second", i % 2 == 1 ? k2019 : ""));
  }
  given.push_back(Dated("fdc:9000", "a", k2019));
  given.push_back(Dated("fdc:9000", "b", k2025));
  given.push_back(Dated("fdc:9000", "c", k2024));
  auto r = this->store().foods->ImportDataset(Release("twice", given));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->foods, 601);
  EXPECT_EQ(r->repeated, 602);
  EXPECT_EQ(r->kept_newer, 0);
  EXPECT_EQ((*this->store().foods->GetFood("fdc:0"))->description, "second");  // no dates: the later
  EXPECT_EQ((*this->store().foods->GetFood("fdc:599"))->description, "first");  // 2024 over 2019
  EXPECT_EQ((*this->store().foods->GetFood("fdc:9000"))->description, "b");
}

// The streaming form: a feed that fails after some foods were written
// (a file that ends inside a record) leaves the store as it was, and the
// dataset is not recorded as imported.
TYPED_TEST(FoodConformance, AFeedThatFailsHalfWayWritesNothing) {
  FoodRepository& foods = *this->store().foods;
  const DatasetInfo info{testing::kBrandedSource, "half", {Nutrient{"energy", "Energy", "kcal", 208}}};
  auto failed = foods.StreamDataset(info, [](const FoodSink& put) -> Status {
    for (int i = 0; i < 700; ++i) PW_RETURN_IF_ERROR(put(Dated("fdc:" + std::to_string(i), "Yogurt", "")));
    return Status::InvalidArgument("products.jsonl:701: the file ends inside a record");
  });
  EXPECT_EQ(failed.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(foods.GetFood("fdc:0").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(*foods.CountFoods(), 6);

  int calls = 0;
  auto feed = [&](const FoodSink& put) -> Status {
    ++calls;
    return put(Dated("fdc:1", "Yogurt", ""));
  };
  auto written = foods.StreamDataset(info, feed);
  ASSERT_TRUE(written.ok()) << written.status().message();
  EXPECT_TRUE(written->changed);
  EXPECT_EQ(written->foods, 1);
  auto again = foods.StreamDataset(info, feed);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->changed);
  EXPECT_EQ(calls, 1);  // an unchanged dataset is not read again
}

TYPED_TEST(FoodConformance, AnUnknownIdIsNotFound) {
  EXPECT_EQ(this->store().foods->GetFood("99999").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().foods->GetVisibleFood(this->a_, "99999").status().code(), StatusCode::kNotFound);
}

TYPED_TEST(FoodConformance, SharedFoodsAreVisibleToAllCustomFoodsToTheirOwnerOnly) {
  Food mine = this->CustomFood(this->a_, "A's bar");
  EXPECT_TRUE(this->store().foods->GetVisibleFood(this->a_, kSpinach).ok());
  EXPECT_TRUE(this->store().foods->GetVisibleFood(this->b_, kSpinach).ok());
  auto own = this->store().foods->GetVisibleFood(this->a_, mine.id);
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(**own, mine);
  EXPECT_EQ(this->store().foods->GetVisibleFood(this->b_, mine.id).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().foods->GetFood(mine.id).ok());  // by id from the owner's own rows
}

TYPED_TEST(FoodConformance, ListingsComeInIdOrderWithTheirOwners) {
  Food mine = this->CustomFood(this->a_, "A's bar");
  auto listings = this->store().foods->ListFoodListings();
  ASSERT_TRUE(listings.ok());
  std::vector<std::string> ids;
  for (const FoodListing& l : *listings) ids.push_back(l.id);
  std::vector<std::string> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(ids, sorted);
  ASSERT_EQ(ids.size(), 7u);
  for (const FoodListing& l : *listings) {
    if (l.id == kSpinach) {
      EXPECT_EQ(l.description, "Spinach, raw");
      EXPECT_EQ(l.food_group, "Vegetables");
      EXPECT_EQ(l.source, kTestSource);
      EXPECT_EQ(l.portions, 2);
      EXPECT_EQ(l.owner, 0);
    } else if (l.id == mine.id) {
      EXPECT_EQ(l.owner, this->a_);
      EXPECT_EQ(l.source, "custom");
      EXPECT_EQ(l.portions, 1);
    } else if (l.id == kTapWater) {
      EXPECT_EQ(l.portions, 0);
    }
  }
}

TYPED_TEST(FoodConformance, NutrientsComeInTheOrderOfTheCatalog) {
  auto nutrients = this->store().foods->ListNutrients();
  ASSERT_TRUE(nutrients.ok());
  std::vector<std::string> keys;
  for (const Nutrient& n : *nutrients) keys.push_back(n.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"energy", "protein", "magnesium", "fiber"}));
  EXPECT_EQ((*nutrients)[2].unit, "mg");
  EXPECT_EQ((*nutrients)[2].usda_number, 304);
  EXPECT_FALSE((*nutrients)[3].usda_number.has_value());
}

TYPED_TEST(FoodConformance, FoodsInGroupsComeGroupByGroupEachByIdSharedOnly) {
  Food mine = this->CustomFood(this->a_, "A's dairy");
  (void)mine;
  auto pool = this->store().foods->ListFoodsInGroups({"Nuts", "Dairy", "No such group"});
  ASSERT_TRUE(pool.ok());
  EXPECT_EQ(Ids(*pool), (std::vector<std::string>{kAlmonds, kButter, kWhipped}));
  ASSERT_EQ(pool->size(), 3u);
  FoodDataset d = TestDataset();
  EXPECT_EQ(*(*pool)[0], *FindFood(d, kAlmonds));
  EXPECT_TRUE(this->store().foods->ListFoodsInGroups({})->empty());
}

TYPED_TEST(FoodConformance, TopFoodsPer100gMostFirstTiesByIdWithoutZerosOrMissing) {
  auto top = this->store().foods->TopFoodsByNutrient("magnesium", RankBasis::kPer100g, 10);
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(Ids(*top), (std::vector<std::string>{kAlmonds, kSpinach, kButter, kWhipped}));
  EXPECT_DOUBLE_EQ((*top)[0].amount, 270);
  EXPECT_EQ((*top)[0].food.portions.size(), 1u);  // the whole food
  auto two = this->store().foods->TopFoodsByNutrient("magnesium", RankBasis::kPer100g, 2);
  EXPECT_EQ(Ids(*two), (std::vector<std::string>{kAlmonds, kSpinach}));
  EXPECT_TRUE(this->store().foods->TopFoodsByNutrient("no-such-key", RankBasis::kPer100g, 10)->empty());
}

TYPED_TEST(FoodConformance, TopFoodsPer100kcalLeaveOutFoodsWithoutEnergy) {
  auto top = this->store().foods->TopFoodsByNutrient("magnesium", RankBasis::kPer100kcal, 10);
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(Ids(*top), (std::vector<std::string>{kSpinach, kAlmonds, kButter, kWhipped}));
  EXPECT_NEAR((*top)[0].amount, 79 * 100.0 / 23, 1e-9);
}

TYPED_TEST(FoodConformance, TopFoodsPerPortionUseTheFirstPortionAndLeaveOutFoodsWithout) {
  auto top = this->store().foods->TopFoodsByNutrient("protein", RankBasis::kPerPortion, 10);
  ASSERT_TRUE(top.ok());
  // Rice 2.69 * 158 / 100 = 4.25; almonds 21.15 * 28.35 / 100 = 6.00; spinach 2.86 * 30 / 100 = 0.858;
  // butter 0.85 * 14.2 / 100 = 0.12; whipped 0.85 * 9.4 / 100 = 0.08; water has no protein value.
  EXPECT_EQ(Ids(*top), (std::vector<std::string>{kAlmonds, kRice, kSpinach, kButter, kWhipped}));
  EXPECT_NEAR((*top)[1].amount, 2.69 * 158 / 100, 1e-9);
}

TYPED_TEST(FoodConformance, RankingsNeverHoldUsersFoods) {
  Food rich = this->store().custom_foods->CreateFood(
      this->a_, TestFood("", "Magnesium bar", "Nuts", {{"energy", 100}, {"magnesium", 9000}}, {{1, "bar", Grams(40)}}))
      .value();
  for (RankBasis basis : {RankBasis::kPer100g, RankBasis::kPer100kcal, RankBasis::kPerPortion}) {
    auto top = this->store().foods->TopFoodsByNutrient("magnesium", basis, 10);
    ASSERT_TRUE(top.ok());
    for (const RankedFood& r : *top) EXPECT_NE(r.food.id, rich.id);
  }
  auto pool = this->store().foods->ListFoodsInGroups({"Nuts"});
  ASSERT_TRUE(pool.ok());
  for (const SharedFood& f : *pool) EXPECT_NE(f->id, rich.id);
}

TYPED_TEST(FoodConformance, RankingLimitsOutsideOneToAThousandAreInvalid) {
  for (int limit : {0, -1, 1001}) {
    EXPECT_EQ(this->store().foods->TopFoodsByNutrient("magnesium", RankBasis::kPer100g, limit).status().code(),
              StatusCode::kInvalidArgument)
        << limit;
  }
  EXPECT_TRUE(this->store().foods->TopFoodsByNutrient("magnesium", RankBasis::kPer100g, 1000).ok());
}

TYPED_TEST(FoodConformance, CountFoodsCountsSharedAndCustomFoods) {
  this->CustomFood(this->a_, "A's bar");
  this->CustomFood(this->b_, "B's bar");
  EXPECT_EQ(*this->store().foods->CountFoods(), 8);
}

}  // namespace
}  // namespace platewise::conformance
