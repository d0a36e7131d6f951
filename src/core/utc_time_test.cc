#include "core/utc_time.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

TEST(UtcTimestampTest, IsIso8601InUtcWithOrWithoutMilliseconds) {
  EXPECT_EQ(UtcTimestamp(1796188282123, true), "2026-12-02T05:11:22.123Z");
  EXPECT_EQ(UtcTimestamp(1796188282123, false), "2026-12-02T05:11:22Z");
  EXPECT_EQ(UtcTimestamp(0, true), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(UtcTimestamp(7, true), "1970-01-01T00:00:00.007Z");
}

}  // namespace
}  // namespace platewise
