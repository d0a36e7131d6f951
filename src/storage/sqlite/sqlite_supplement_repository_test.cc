#include "storage/sqlite/sqlite_supplement_repository.h"

#include <gtest/gtest.h>

#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

class SupplementRepositoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenSqliteStore(dir_.File("pw.db"));
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(*store);
  }
  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(SupplementRepositoryTest, ProductsAndDosesRoundTripPerOwner) {
  Supplement mg{0, "Magnesium citrate", "tablet", {}};
  mg.per_unit.Set("magnesium", 200);
  mg.per_unit.Set("vitamin_d", 0);  // analysed: none, distinct from absent keys
  auto stored = store_->supplements->AddSupplement(kLocalUser, mg);
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  EXPECT_GT(stored->id, 0);
  auto back = store_->supplements->GetSupplement(kLocalUser, stored->id);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->name, "Magnesium citrate");
  EXPECT_EQ(back->unit, "tablet");
  EXPECT_EQ(back->per_unit, mg.per_unit);
  EXPECT_EQ(store_->supplements->ListSupplements(kLocalUser)->size(), 1u);

  ASSERT_TRUE(store_->supplements->LogDose(kLocalUser, {0, {2026, 11, 28}, stored->id, 1}).ok());
  ASSERT_TRUE(store_->supplements->LogDose(kLocalUser, {0, {2026, 11, 29}, stored->id, 1.5}).ok());
  auto doses = store_->supplements->ListDoses(kLocalUser, {2026, 11, 29}, {2026, 11, 30});
  ASSERT_TRUE(doses.ok());
  ASSERT_EQ(doses->size(), 1u);
  EXPECT_EQ((*doses)[0].units, 1.5);
  EXPECT_EQ((*doses)[0].date, (CivilDate{2026, 11, 29}));

  // Another owner can neither see the product nor its doses.
  EXPECT_EQ(store_->supplements->GetSupplement(2, stored->id).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->supplements->ListSupplements(2)->empty());
  EXPECT_TRUE(store_->supplements->ListDoses(2, {2026, 1, 1}, {2026, 12, 31})->empty());
  EXPECT_EQ(store_->supplements->LogDose(2, {0, {2026, 11, 29}, stored->id, 1}).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->supplements->LogDose(kLocalUser, {0, {2026, 11, 29}, 999, 1}).status().code(),
            StatusCode::kNotFound);
}

}  // namespace
}  // namespace platewise
