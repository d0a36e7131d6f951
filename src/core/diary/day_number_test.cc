#include "core/diary/day_number.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

TEST(DayNumberTest, KnownDatesAndRoundTrips) {
  struct Case {
    CivilDate date;
    int days;
  };
  const Case kCases[] = {
      {{1970, 1, 1}, 0},      {{1970, 1, 2}, 1},      {{1969, 12, 31}, -1},
      {{2000, 2, 29}, 11016}, {{2000, 3, 1}, 11017},  {{2026, 11, 29}, 20786},
      {{1900, 3, 1}, -25508}, {{2100, 2, 28}, 47540}, {{2100, 3, 1}, 47541},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(DayNumber(c.date), c.days) << c.date.ToString();
    EXPECT_EQ(DateFromDayNumber(c.days), c.date) << c.days;
  }
  EXPECT_EQ(AddDays({2026, 12, 31}, 1), (CivilDate{2027, 1, 1}));
  EXPECT_EQ(AddDays({2024, 3, 1}, -1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddDays({2026, 11, 29}, -6), (CivilDate{2026, 11, 23}));
}

}  // namespace
}  // namespace platewise
