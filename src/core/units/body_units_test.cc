#include "core/units/body_units.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

struct Accepted {
  const char* text;
  double expected;
};

TEST(ParseHeightTest, AcceptsTheFormsPeopleType) {
  constexpr Accepted kCases[] = {
      {"5ft6in", 167.64},  {"5'6\"", 167.64},  {"5 ft 6 in", 167.64}, {"5' 6\"", 167.64},
      {"5'6", 167.64},     {"5ft 6in", 167.64}, {"5 feet 6 inches", 167.64}, {"6ft", 182.88},
      {"5'", 152.4},       {"66in", 167.64},    {"66\"", 167.64},     {"168cm", 168},
      {"168 cm", 168},     {"168.5cm", 168.5},  {"1.68m", 168},       {"1.68 m", 168},
      {"5FT6IN", 167.64},  {"  168cm  ", 168},  {"5'6''", 167.64},    {"5ft 11.5in", 181.61}, {"5ft6", 167.64},
  };
  for (const auto& c : kCases) {
    auto r = ParseHeight(c.text);
    ASSERT_TRUE(r.ok()) << c.text << ": " << r.status().message();
    EXPECT_NEAR(r->value(), c.expected, 1e-9) << c.text;
  }
}

TEST(ParseWeightTest, AcceptsTheFormsPeopleType) {
  constexpr Accepted kCases[] = {
      {"160lb", 72.57477920},    {"160 lbs", 72.57477920}, {"160 pounds", 72.57477920},
      {"72.5kg", 72.5},          {"72.5 kg", 72.5},        {"11st 6lb", 72.5747792},
      {"11 st 6 lb", 72.5747792}, {"11st 6", 72.5747792}, {"11st", 69.85322498},  {"160LB", 72.57477920},
      {"100kg", 100},
  };
  for (const auto& c : kCases) {
    auto r = ParseWeight(c.text);
    ASSERT_TRUE(r.ok()) << c.text << ": " << r.status().message();
    EXPECT_NEAR(r->value(), c.expected, 1e-6) << c.text;
  }
}

TEST(ParseHeightTest, RejectsUnreadableAndImplausibleValuesNamingThem) {
  for (const char* text : {"", "168", "tall", "5 6", "cm168", "5ft6in7", "1.6.8m", "-168cm", "168kg",
                           "5ft13in", "6in5ft", "5 ft six in", "nan cm", "1e3cm"}) {
    auto r = ParseHeight(text);
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(std::string("\"") + text + "\""), std::string::npos) << r.status().message();
  }
  // Readable but not a human height: the message says the plausible range.
  for (const char* text : {"10cm", "3m", "300cm", "1ft", "9ft", "0cm"}) {
    auto r = ParseHeight(text);
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_NE(r.status().message().find("plausible"), std::string::npos) << r.status().message();
  }
  EXPECT_NE(ParseHeight("tall").status().message().find("5ft6in"), std::string::npos);
}

TEST(ParseWeightTest, RejectsUnreadableAndImplausibleValuesNamingThem) {
  for (const char* text : {"", "160", "heavy", "160 lb lb", "kg72", "72,5kg", "11st 14lb", "6lb 11st", "72.5 cm"}) {
    auto r = ParseWeight(text);
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_NE(r.status().message().find(std::string("\"") + text + "\""), std::string::npos) << r.status().message();
  }
  for (const char* text : {"5kg", "0kg", "2000lb", "500kg"}) {
    auto r = ParseWeight(text);
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_NE(r.status().message().find("plausible"), std::string::npos) << r.status().message();
  }
  EXPECT_NE(ParseWeight("160").status().message().find("160lb"), std::string::npos);
}

}  // namespace
}  // namespace platewise
