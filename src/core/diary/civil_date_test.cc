#include "core/diary/civil_date.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

TEST(CivilDateTest, ParsesRealDays) {
  for (const char* text : {"2026-11-29", "2024-02-29", "2000-02-29", "1999-12-31", "2026-01-01"}) {
    auto d = ParseCivilDate(text);
    ASSERT_TRUE(d.ok()) << text;
    EXPECT_EQ(d->ToString(), text);
  }
}

TEST(CivilDateTest, RejectsWhatIsNotADay) {
  for (const char* text : {"", "2026-13-01", "2026-00-10", "2026-02-29", "1900-02-29", "2026-04-31", "2026-1-5",
                           "26-11-29", "2026/11/29", "2026-11-29T00:00", "yesterday", "2026-11-00"}) {
    auto d = ParseCivilDate(text);
    ASSERT_FALSE(d.ok()) << text;
    EXPECT_NE(d.status().message().find("YYYY-MM-DD"), std::string::npos);
  }
}

}  // namespace
}  // namespace platewise
