#include "core/account/account_rules.h"

#include <gtest/gtest.h>

#include "core/account/login_throttle.h"

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

TEST(LoginThrottleTest, BlocksAnAccountAfterFiveFailuresUntilTheWindowEnds) {
  LoginThrottle t({/*window_seconds=*/600, /*max_failures_per_account=*/5, /*max_failures_per_address=*/100});
  for (int i = 0; i < 5; ++i) {
    EXPECT_TRUE(t.Check("a@x.org", "10.0.0.1", 1000 + i).ok()) << i;
    t.RecordFailure("a@x.org", "10.0.0.1", 1000 + i);
  }
  Status s = t.Check("a@x.org", "10.0.0.2", 1010);
  EXPECT_EQ(s.code(), StatusCode::kTooManyRequests);
  EXPECT_EQ(s.retry_after_seconds(), 590);
  EXPECT_TRUE(t.Check("b@x.org", "10.0.0.1", 1010).ok());  // other accounts are not blocked
  EXPECT_TRUE(t.Check("a@x.org", "10.0.0.2", 1600).ok());  // the window is over
}

TEST(LoginThrottleTest, BlocksAnAddressThatGuessesAcrossAccounts) {
  LoginThrottle t({600, 5, 3});
  for (int i = 0; i < 3; ++i) t.RecordFailure("user" + std::to_string(i) + "@x.org", "10.0.0.9", 1000);
  EXPECT_EQ(t.Check("new@x.org", "10.0.0.9", 1001).code(), StatusCode::kTooManyRequests);
  EXPECT_TRUE(t.Check("new@x.org", "10.0.0.8", 1001).ok());
}

TEST(LoginThrottleTest, SuccessClearsTheAccountButNotTheAddress) {
  LoginThrottle t({600, 2, 3});
  t.RecordFailure("a@x.org", "ip", 1000);
  t.RecordFailure("a@x.org", "ip", 1000);
  EXPECT_FALSE(t.Check("a@x.org", "other", 1001).ok());
  t.RecordSuccess("a@x.org");
  EXPECT_TRUE(t.Check("a@x.org", "other", 1001).ok());
  t.RecordFailure("b@x.org", "ip", 1001);
  EXPECT_FALSE(t.Check("c@x.org", "ip", 1002).ok());  // the address has 3 failures
}

}  // namespace
}  // namespace platewise
