#include "core/diary/day_number.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

struct DayCase {
  CivilDate date;
  int day_number;
};

// Day numbers checked against `date -d YYYY-MM-DD +%s` / 86400.
constexpr DayCase kCases[] = {
    {{1970, 1, 1}, 0},     {{1969, 12, 31}, -1},   {{1900, 1, 1}, -25567},  {{2000, 2, 29}, 11016},
    {{2000, 3, 1}, 11017}, {{2024, 2, 29}, 19782}, {{2026, 11, 29}, 20786}, {{2999, 12, 31}, 376199},
};

TEST(DayNumberTest, MatchesKnownDays) {
  for (const auto& c : kCases) {
    EXPECT_EQ(DayNumber(c.date), c.day_number) << c.date.ToString();
    EXPECT_EQ(DateFromDayNumber(c.day_number), c.date) << c.day_number;
  }
}

TEST(DayNumberTest, RoundTripsEveryDayOfFourCenturies) {
  for (int n = DayNumber({1900, 1, 1}); n <= DayNumber({2300, 1, 1}); ++n) {
    ASSERT_EQ(DayNumber(DateFromDayNumber(n)), n);
  }
}

TEST(DayNumberTest, AddsAndCountsDaysAcrossMonthAndLeapBoundaries) {
  EXPECT_EQ(AddDays({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddDays({2023, 2, 28}, 1), (CivilDate{2023, 3, 1}));
  EXPECT_EQ(AddDays({2026, 12, 31}, 1), (CivilDate{2027, 1, 1}));
  EXPECT_EQ(AddDays({2026, 3, 1}, -1), (CivilDate{2026, 2, 28}));
  EXPECT_EQ(AddDays({2026, 11, 29}, 365), (CivilDate{2027, 11, 29}));
  EXPECT_EQ(DaysBetween({2026, 1, 1}, {2027, 1, 1}), 365);
  EXPECT_EQ(DaysBetween({2024, 1, 1}, {2025, 1, 1}), 366);
  EXPECT_EQ(DaysBetween({2026, 11, 29}, {2026, 11, 1}), -28);
}

}  // namespace
}  // namespace platewise
