// NotificationReads: which notifications each owner has read.

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(NotificationReadsConformance);

using Ids = std::set<std::string>;

TYPED_TEST(NotificationReadsConformance, NothingIsReadAtFirst) {
  auto ids = this->store().notification_reads->ReadIds(this->a_);
  ASSERT_TRUE(ids.ok());
  EXPECT_TRUE(ids->empty());
}

TYPED_TEST(NotificationReadsConformance, MarkingReadAddsIdsAndMarkingAgainIsHarmless) {
  auto& reads = *this->store().notification_reads;
  ASSERT_TRUE(reads.MarkRead(this->a_, {"week:2026-03-02", "badge:first-entry"}).ok());
  ASSERT_TRUE(reads.MarkRead(this->a_, {"badge:first-entry", "shortfall:magnesium"}).ok());
  ASSERT_TRUE(reads.MarkRead(this->a_, {}).ok());
  EXPECT_EQ(*reads.ReadIds(this->a_), (Ids{"badge:first-entry", "shortfall:magnesium", "week:2026-03-02"}));
}

TYPED_TEST(NotificationReadsConformance, EachOwnerHasTheirOwnReads) {
  ASSERT_TRUE(this->store().notification_reads->MarkRead(this->a_, {"x"}).ok());
  ASSERT_TRUE(this->store().notification_reads->MarkRead(this->b_, {"y"}).ok());
  EXPECT_EQ(*this->store().notification_reads->ReadIds(this->a_), Ids{"x"});
  EXPECT_EQ(*this->store().notification_reads->ReadIds(this->b_), Ids{"y"});
}

}  // namespace
}  // namespace platewise::conformance
