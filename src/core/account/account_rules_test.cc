#include "core/account/account_rules.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

TEST(NormalizeEmailTest, TrimsAndLowerCases) {
  const std::pair<const char*, const char*> kCases[] = {
      {"ann@example.org", "ann@example.org"},
      {"  Ann@Example.ORG ", "ann@example.org"},
      {"a.b+tag@mail.example.co.uk", "a.b+tag@mail.example.co.uk"},
  };
  for (const auto& [in, want] : kCases) {
    auto r = NormalizeEmail(in);
    ASSERT_TRUE(r.ok()) << in;
    EXPECT_EQ(*r, want);
  }
}

TEST(NormalizeEmailTest, RejectsWhatIsNotOneAddress) {
  for (const char* bad : {"", "ann", "@example.org", "ann@", "ann@example", "ann@example.", "a@b@c.org",
                          "ann smith@example.org", "ann@.org"}) {
    auto r = NormalizeEmail(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), StatusCode::kUnprocessable);
    EXPECT_EQ(r.status().field(), "email");
  }
  EXPECT_FALSE(NormalizeEmail(std::string(250, 'a') + "@example.org").ok());
}

TEST(CheckNewPasswordTest, NeedsTenCharacters) {
  EXPECT_TRUE(CheckNewPassword("0123456789").ok());
  EXPECT_TRUE(CheckNewPassword(std::string(1024, 'x')).ok());
  Status s = CheckNewPassword("012345678");
  EXPECT_EQ(s.code(), StatusCode::kUnprocessable);
  EXPECT_EQ(s.field(), "password");
  EXPECT_NE(s.message().find("at least 10"), std::string::npos);
  EXPECT_EQ(CheckNewPassword("short", "new_password").field(), "new_password");
  EXPECT_FALSE(CheckNewPassword(std::string(1025, 'x')).ok());
}

}  // namespace
}  // namespace platewise
