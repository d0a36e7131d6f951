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

LoginThrottlePolicy Policy(int pair, int client, int account) {
  LoginThrottlePolicy p;
  p.window_seconds = 600;
  p.max_failures_per_account_and_client = pair;
  p.max_failures_per_client = client;
  p.max_failures_per_account = account;
  return p;
}

TEST(LoginThrottleTest, BlocksAClientGuessingAnAccountUntilTheWindowEnds) {
  LoginThrottle t(Policy(5, 100, 100));
  for (int i = 0; i < 5; ++i) {
    EXPECT_TRUE(t.Check("a@x.org", "10.0.0.1", 1000 + i).ok()) << i;
    t.RecordFailure("a@x.org", "10.0.0.1", 1000 + i);
  }
  Status s = t.Check("a@x.org", "10.0.0.1", 1010);
  EXPECT_EQ(s.code(), StatusCode::kTooManyRequests);
  EXPECT_EQ(s.retry_after_seconds(), 590);
  EXPECT_TRUE(t.Check("b@x.org", "10.0.0.1", 1010).ok());  // other accounts are not blocked
  EXPECT_TRUE(t.Check("a@x.org", "10.0.0.1", 1600).ok());  // the window is over
}

// Regression (hardening): five wrong passwords for someone's email, from any
// address, made that person's correct login answer 429 for 15 minutes.
TEST(LoginThrottleTest, AnotherClientsFailuresDoNotLockTheOwnerOut) {
  LoginThrottle t(Policy(5, 30, 100));
  for (int i = 0; i < 20; ++i) t.RecordFailure("owner@x.org", "203.0.113.66", 1000 + i);
  EXPECT_FALSE(t.Check("owner@x.org", "203.0.113.66", 1030).ok());
  EXPECT_TRUE(t.Check("owner@x.org", "198.51.100.7", 1030).ok());  // the owner's own address
}

TEST(LoginThrottleTest, BlocksAClientThatGuessesAcrossAccounts) {
  LoginThrottle t(Policy(5, 3, 100));
  for (int i = 0; i < 3; ++i) t.RecordFailure("user" + std::to_string(i) + "@x.org", "10.0.0.9", 1000);
  EXPECT_EQ(t.Check("new@x.org", "10.0.0.9", 1001).code(), StatusCode::kTooManyRequests);
  EXPECT_TRUE(t.Check("new@x.org", "10.0.0.8", 1001).ok());
}

// Regression (hardening): behind a reverse proxy every client shares one
// address, so 30 failures anywhere blocked every login. A client that signed
// in to an account before keeps signing in to it.
TEST(LoginThrottleTest, AKnownClientSignsInThroughAFloodFromItsSharedAddress) {
  LoginThrottle t(Policy(5, 30, 100));
  t.RecordSuccess("owner@x.org", "proxy", 900);
  for (int i = 0; i < 40; ++i) t.RecordFailure("victim" + std::to_string(i) + "@x.org", "proxy", 1000);
  EXPECT_FALSE(t.Check("someone-new@x.org", "proxy", 1001).ok());  // the flooding address is refused
  EXPECT_TRUE(t.Check("owner@x.org", "proxy", 1001).ok());          // but not for its known account
}

TEST(LoginThrottleTest, AGuessSpreadOverManyAddressesIsRefusedExceptForKnownClients) {
  LoginThrottle t(Policy(5, 30, 10));
  t.RecordSuccess("a@x.org", "home", 900);
  for (int i = 0; i < 10; ++i) t.RecordFailure("a@x.org", "bot" + std::to_string(i), 1000);
  EXPECT_EQ(t.Check("a@x.org", "bot-new", 1001).code(), StatusCode::kTooManyRequests);
  EXPECT_TRUE(t.Check("a@x.org", "home", 1001).ok());
}

TEST(LoginThrottleTest, AKnownClientIsStillHeldToItsOwnLimit) {
  LoginThrottle t(Policy(2, 30, 100));
  t.RecordSuccess("a@x.org", "home", 900);
  t.RecordFailure("a@x.org", "home", 1000);
  t.RecordFailure("a@x.org", "home", 1000);
  EXPECT_FALSE(t.Check("a@x.org", "home", 1001).ok());  // no unlimited guessing from a known address
}

TEST(LoginThrottleTest, SuccessClearsThePairButNotTheClient) {
  LoginThrottle t(Policy(2, 3, 100));
  t.RecordFailure("a@x.org", "ip", 1000);
  t.RecordFailure("a@x.org", "ip", 1000);
  EXPECT_FALSE(t.Check("a@x.org", "ip", 1001).ok());
  t.RecordSuccess("a@x.org", "ip", 1001);
  EXPECT_TRUE(t.Check("a@x.org", "ip", 1001).ok());
  t.RecordFailure("b@x.org", "ip", 1001);
  EXPECT_FALSE(t.Check("c@x.org", "ip", 1002).ok());  // the client has 3 failures
}

}  // namespace
}  // namespace platewise
