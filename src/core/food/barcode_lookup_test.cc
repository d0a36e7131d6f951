#include "core/food/barcode_lookup.h"

#include <gtest/gtest.h>

#include "storage/faulty/faulty_store.h"
#include "storage/memory/memory_store.h"
#include "testing/packaged_foods.h"

namespace platewise {
namespace {

using testing::kYogurtGtin;

// A store with two packaged foods of one code (two datasets may have it) and
// a generic food without one; `faults` may make its reads fail.
std::unique_ptr<Store> StoreWithPackagedFoods(std::shared_ptr<StoreFaults> faults) {
  auto memory = OpenMemoryStore();
  EXPECT_TRUE(memory.ok());
  Food apples;
  apples.id = "fdc:3";
  apples.description = "Apples, loose";
  const FoodDataset packaged =
      testing::PackagedDataset({testing::PackagedYogurt("fdc:2"), testing::PackagedYogurt("fdc:1"), apples});
  EXPECT_TRUE((*memory)->foods->ImportDataset(packaged).ok());
  return MakeFaultyStore(std::move(*memory), std::move(faults));
}

TEST(BarcodeLookupTest, EveryPrintedFormOfTheCodeFindsTheSameFoodsInIdOrder) {
  auto store = StoreWithPackagedFoods(std::make_shared<StoreFaults>());
  for (const char* code : {"036000291452", "0036000291452", "00036000291452", "36000291452", "0 36000 29145 2"}) {
    auto found = LookUpBarcode(*store->foods, code);
    ASSERT_TRUE(found.ok()) << code << ": " << found.status().message();
    EXPECT_EQ(found->gtin, kYogurtGtin) << code;
    ASSERT_EQ(found->foods.size(), 2u) << code;
    EXPECT_EQ(found->foods[0]->id, "fdc:1");
    EXPECT_EQ(found->foods[1]->id, "fdc:2");
    EXPECT_EQ(found->foods[1]->brand, "Acme Dairy");
  }
}

TEST(BarcodeLookupTest, AWellFormedCodeNoFoodHasIsAnEmptyAnswerNotAnError) {
  auto store = StoreWithPackagedFoods(std::make_shared<StoreFaults>());
  auto found = LookUpBarcode(*store->foods, "4006381333931");
  ASSERT_TRUE(found.ok()) << found.status().message();
  EXPECT_EQ(found->gtin, "04006381333931");
  EXPECT_TRUE(found->foods.empty());
}

// A malformed code is refused as such even while the store fails: it is
// never looked up.
TEST(BarcodeLookupTest, AMalformedCodeIsRefusedNamingTheProblemWithoutAskingTheStore) {
  auto faults = std::make_shared<StoreFaults>();
  auto store = StoreWithPackagedFoods(faults);
  faults->FailNextReads(DatabaseBusy(), 10);
  for (const char* code : {"12ab", "1234567", "", "00000000"}) {
    auto found = LookUpBarcode(*store->foods, code);
    ASSERT_FALSE(found.ok()) << code;
    EXPECT_EQ(found.status().code(), StatusCode::kInvalidArgument) << code << ": " << found.status().message();
  }
  EXPECT_EQ(faults->injected(), 0);
}

TEST(BarcodeLookupTest, TheStoresErrorIsPassedOn) {
  auto faults = std::make_shared<StoreFaults>();
  auto store = StoreWithPackagedFoods(faults);
  faults->FailNextReads(DatabaseBusy());
  auto found = LookUpBarcode(*store->foods, kYogurtGtin);
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.status().code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace platewise
