// SupplementRepository: products and doses, scoped to their owner.

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(SupplementConformance);

Supplement Product(const std::string& name, double magnesium) {
  Supplement s{0, name, "tablet", {}};
  s.per_unit.Set("magnesium", magnesium);
  s.per_unit.Set("vitamin_d", 0);
  return s;
}

std::vector<std::int64_t> DoseIds(const std::vector<SupplementDose>& doses) {
  std::vector<std::int64_t> ids;
  for (const SupplementDose& d : doses) ids.push_back(d.id);
  return ids;
}

TYPED_TEST(SupplementConformance, AProductReadsBackWithItsAmounts) {
  auto added = this->store().supplements->AddSupplement(this->a_, Product("Magnesium citrate", 200));
  ASSERT_TRUE(added.ok());
  EXPECT_GT(added->id, 0);
  auto got = this->store().supplements->GetSupplement(this->a_, added->id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->name, "Magnesium citrate");
  EXPECT_EQ(got->unit, "tablet");
  EXPECT_EQ(got->per_unit, Product("", 200).per_unit);  // a zero amount stays zero
  EXPECT_EQ(this->store().supplements->GetSupplement(this->b_, added->id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().supplements->GetSupplement(this->a_, 4242).status().code(), StatusCode::kNotFound);
}

TYPED_TEST(SupplementConformance, ProductsAreListedInTheOrderAdded) {
  auto s1 = this->store().supplements->AddSupplement(this->a_, Product("Zinc", 0));
  auto other = this->store().supplements->AddSupplement(this->b_, Product("B's", 1));
  auto s2 = this->store().supplements->AddSupplement(this->a_, Product("Alpha", 5));
  ASSERT_TRUE(s1.ok() && s2.ok() && other.ok());
  auto list = this->store().supplements->ListSupplements(this->a_);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, s1->id);
  EXPECT_EQ((*list)[1].id, s2->id);
  EXPECT_EQ(*(*list)[1].per_unit.Get("magnesium"), 5);
  EXPECT_EQ(this->store().supplements->ListSupplements(this->b_)->size(), 1u);
}

TYPED_TEST(SupplementConformance, DosesOfAnotherOwnersProductAreNotFound) {
  auto theirs = this->store().supplements->AddSupplement(this->b_, Product("B's", 1));
  ASSERT_TRUE(theirs.ok());
  EXPECT_EQ(this->store().supplements->LogDose(this->a_, {0, this->Day(1), theirs->id, 1}).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(this->store().supplements->LogDose(this->a_, {0, this->Day(1), 4242, 1}).status().code(),
            StatusCode::kNotFound);
  EXPECT_TRUE(this->store().supplements->ListDoses(this->a_, this->Day(1), this->Day(1))->empty());
  EXPECT_TRUE(this->store().supplements->ListDoses(this->b_, this->Day(1), this->Day(1))->empty());
}

TYPED_TEST(SupplementConformance, DosesAreListedByDateThenInTheOrderLoggedWithinInclusiveBounds) {
  auto s = this->store().supplements->AddSupplement(this->a_, Product("Magnesium", 200));
  auto theirs = this->store().supplements->AddSupplement(this->b_, Product("B's", 1));
  ASSERT_TRUE(s.ok() && theirs.ok());
  auto d1 = this->store().supplements->LogDose(this->a_, {0, this->Day(3), s->id, 1});
  auto d2 = this->store().supplements->LogDose(this->a_, {0, this->Day(1), s->id, 2});
  auto d3 = this->store().supplements->LogDose(this->a_, {0, this->Day(3), s->id, 0.5});
  auto d4 = this->store().supplements->LogDose(this->a_, {0, this->Day(4), s->id, 1});
  ASSERT_TRUE(this->store().supplements->LogDose(this->b_, {0, this->Day(3), theirs->id, 1}).ok());
  ASSERT_TRUE(d1.ok() && d2.ok() && d3.ok() && d4.ok());
  auto doses = this->store().supplements->ListDoses(this->a_, this->Day(1), this->Day(3));
  ASSERT_TRUE(doses.ok());
  EXPECT_EQ(DoseIds(*doses), (std::vector<std::int64_t>{d2->id, d1->id, d3->id}));
  EXPECT_EQ((*doses)[2].units, 0.5);
  EXPECT_EQ((*doses)[0].supplement_id, s->id);
  EXPECT_EQ((*doses)[0].date, this->Day(1));
}

TYPED_TEST(SupplementConformance, DeletingAProductRemovesItsDosesAndOnlyTheOwnerCanDeleteIt) {
  auto s = this->store().supplements->AddSupplement(this->a_, Product("Magnesium", 200));
  auto kept = this->store().supplements->AddSupplement(this->a_, Product("Zinc", 0));
  ASSERT_TRUE(s.ok() && kept.ok());
  ASSERT_TRUE(this->store().supplements->LogDose(this->a_, {0, this->Day(1), s->id, 1}).ok());
  auto kept_dose = this->store().supplements->LogDose(this->a_, {0, this->Day(1), kept->id, 1});
  ASSERT_TRUE(kept_dose.ok());
  EXPECT_EQ(this->store().supplements->DeleteSupplement(this->b_, s->id).code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().supplements->GetSupplement(this->a_, s->id).ok());
  ASSERT_TRUE(this->store().supplements->DeleteSupplement(this->a_, s->id).ok());
  EXPECT_EQ(this->store().supplements->GetSupplement(this->a_, s->id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(DoseIds(*this->store().supplements->ListDoses(this->a_, this->Day(1), this->Day(1))),
            (std::vector<std::int64_t>{kept_dose->id}));
  EXPECT_EQ(this->store().supplements->ListSupplements(this->a_)->size(), 1u);
  EXPECT_EQ(this->store().supplements->DeleteSupplement(this->a_, s->id).code(), StatusCode::kNotFound);
}

TYPED_TEST(SupplementConformance, DeletingADoseRemovesOnlyThatDoseOfItsOwner) {
  auto s = this->store().supplements->AddSupplement(this->a_, Product("Magnesium", 200));
  ASSERT_TRUE(s.ok());
  auto d1 = this->store().supplements->LogDose(this->a_, {0, this->Day(1), s->id, 1});
  auto d2 = this->store().supplements->LogDose(this->a_, {0, this->Day(1), s->id, 2});
  ASSERT_TRUE(d1.ok() && d2.ok());
  EXPECT_EQ(this->store().supplements->DeleteDose(this->b_, d1->id).code(), StatusCode::kNotFound);
  ASSERT_TRUE(this->store().supplements->DeleteDose(this->a_, d1->id).ok());
  EXPECT_EQ(DoseIds(*this->store().supplements->ListDoses(this->a_, this->Day(1), this->Day(1))),
            (std::vector<std::int64_t>{d2->id}));
  EXPECT_EQ(this->store().supplements->DeleteDose(this->a_, d1->id).code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().supplements->GetSupplement(this->a_, s->id).ok());
}

}  // namespace
}  // namespace platewise::conformance
