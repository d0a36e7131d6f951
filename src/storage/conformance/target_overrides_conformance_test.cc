// NutrientTargetOverrides: each owner's own nutrient targets, one per key.

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(TargetOverridesConformance);

TYPED_TEST(TargetOverridesConformance, NoneAtFirst) {
  auto list = this->store().target_overrides->List(this->a_);
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->empty());
}

TYPED_TEST(TargetOverridesConformance, PutKeepsEveryFieldAndListsByKey) {
  auto& o = *this->store().target_overrides;
  ASSERT_TRUE(o.Put(this->a_, {"magnesium", 500, std::nullopt, TargetSource::kDoctor}).ok());
  ASSERT_TRUE(o.Put(this->a_, {"fiber", 30.5, 45.25, TargetSource::kOwn}).ok());
  auto list = o.List(this->a_);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].key, "fiber");
  EXPECT_EQ((*list)[0].amount, 30.5);
  EXPECT_EQ((*list)[0].upper, std::optional<double>(45.25));
  EXPECT_EQ((*list)[0].source, TargetSource::kOwn);
  EXPECT_EQ((*list)[1].key, "magnesium");
  EXPECT_EQ((*list)[1].amount, 500);
  EXPECT_EQ((*list)[1].upper, std::nullopt);
  EXPECT_EQ((*list)[1].source, TargetSource::kDoctor);
}

TYPED_TEST(TargetOverridesConformance, PutAgainReplacesTheKeysOverride) {
  auto& o = *this->store().target_overrides;
  ASSERT_TRUE(o.Put(this->a_, {"magnesium", 500, 600, TargetSource::kDoctor}).ok());
  ASSERT_TRUE(o.Put(this->a_, {"magnesium", 340, std::nullopt, TargetSource::kOwn}).ok());
  auto list = o.List(this->a_);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].amount, 340);
  EXPECT_EQ((*list)[0].upper, std::nullopt) << "the bound of the replaced override is gone";
  EXPECT_EQ((*list)[0].source, TargetSource::kOwn);
}

TYPED_TEST(TargetOverridesConformance, RemoveSaysWhetherThereWasOne) {
  auto& o = *this->store().target_overrides;
  ASSERT_TRUE(o.Put(this->a_, {"magnesium", 500, std::nullopt, TargetSource::kDoctor}).ok());
  EXPECT_EQ(*o.Remove(this->a_, "magnesium"), true);
  EXPECT_EQ(*o.Remove(this->a_, "magnesium"), false);
  EXPECT_EQ(*o.Remove(this->a_, "iron"), false);
  EXPECT_TRUE(o.List(this->a_)->empty());
}

TYPED_TEST(TargetOverridesConformance, EachOwnerHasTheirOwnTargets) {
  auto& o = *this->store().target_overrides;
  ASSERT_TRUE(o.Put(this->a_, {"magnesium", 500, std::nullopt, TargetSource::kDoctor}).ok());
  ASSERT_TRUE(o.Put(this->b_, {"iron", 12, std::nullopt, TargetSource::kOwn}).ok());
  EXPECT_EQ(*o.Remove(this->b_, "magnesium"), false) << "b cannot remove a's";
  ASSERT_EQ(o.List(this->a_)->size(), 1u);
  EXPECT_EQ(o.List(this->a_)->at(0).key, "magnesium");
  ASSERT_EQ(o.List(this->b_)->size(), 1u);
  EXPECT_EQ(o.List(this->b_)->at(0).key, "iron");
}

}  // namespace
}  // namespace platewise::conformance
