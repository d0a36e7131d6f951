// LoginAttempts: the login throttle's failure windows and known clients,
// kept in the store so that every server on it shares them.

#include <set>
#include <thread>
#include <vector>

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(LoginAttemptsConformance);

constexpr int kWindow = 600;

TYPED_TEST(LoginAttemptsConformance, AKeyHasNoWindowAtFirst) {
  auto w = this->store().login_attempts->GetWindow("pair\na@example.org\n10.0.0.1");
  ASSERT_TRUE(w.ok()) << w.status().message();
  EXPECT_EQ(*w, LoginWindow{});
}

TYPED_TEST(LoginAttemptsConformance, FailuresCountInAFixedWindowThatBeganWithTheFirst) {
  auto& attempts = *this->store().login_attempts;
  EXPECT_EQ(attempts.CountFailure("k", 1000, kWindow).value(), (LoginWindow{1000, 1}));
  EXPECT_EQ(attempts.CountFailure("k", 1300, kWindow).value(), (LoginWindow{1000, 2}));
  EXPECT_EQ(attempts.CountFailure("k", 1599, kWindow).value(), (LoginWindow{1000, 3}));
  EXPECT_EQ(attempts.GetWindow("k").value(), (LoginWindow{1000, 3}));
  // At 1600 the window is over: a new one begins with this failure.
  EXPECT_EQ(attempts.CountFailure("k", 1600, kWindow).value(), (LoginWindow{1600, 1}));
  EXPECT_EQ(attempts.GetWindow("k").value(), (LoginWindow{1600, 1}));
}

TYPED_TEST(LoginAttemptsConformance, AWindowThatIsOverIsStillReadAsKept) {
  auto& attempts = *this->store().login_attempts;
  ASSERT_TRUE(attempts.CountFailure("k", 1000, kWindow).ok());
  EXPECT_EQ(attempts.GetWindow("k").value(), (LoginWindow{1000, 1}));  // the caller judges its age
}

TYPED_TEST(LoginAttemptsConformance, KeysAreCountedApartAndComparedExactly) {
  auto& attempts = *this->store().login_attempts;
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(attempts.CountFailure("client\n10.0.0.1", 1000, kWindow).ok());
  ASSERT_TRUE(attempts.CountFailure("client\n10.0.0.10", 1000, kWindow).ok());
  ASSERT_TRUE(attempts.CountFailure("Client\n10.0.0.1", 1000, kWindow).ok());
  EXPECT_EQ(attempts.GetWindow("client\n10.0.0.1").value().failures, 3);
  EXPECT_EQ(attempts.GetWindow("client\n10.0.0.10").value().failures, 1);
  EXPECT_EQ(attempts.GetWindow("Client\n10.0.0.1").value().failures, 1);
  EXPECT_EQ(attempts.GetWindow("client\n10.0.0").value(), LoginWindow{});
}

TYPED_TEST(LoginAttemptsConformance, ClearingAWindowForgetsOnlyThatKey) {
  auto& attempts = *this->store().login_attempts;
  ASSERT_TRUE(attempts.CountFailure("a", 1000, kWindow).ok());
  ASSERT_TRUE(attempts.CountFailure("b", 1000, kWindow).ok());
  ASSERT_TRUE(attempts.ClearWindow("a").ok());
  ASSERT_TRUE(attempts.ClearWindow("never-counted").ok());
  EXPECT_EQ(attempts.GetWindow("a").value(), LoginWindow{});
  EXPECT_EQ(attempts.GetWindow("b").value(), (LoginWindow{1000, 1}));
  EXPECT_EQ(attempts.CountFailure("a", 1001, kWindow).value(), (LoginWindow{1001, 1}));
}

TYPED_TEST(LoginAttemptsConformance, AKnownClientIsRememberedWithItsLatestSignIn) {
  auto& attempts = *this->store().login_attempts;
  EXPECT_EQ(attempts.LastSignIn("a@example.org", "10.0.0.1").value(), std::nullopt);
  ASSERT_TRUE(attempts.RememberClient("a@example.org", "10.0.0.1", 1000).ok());
  ASSERT_TRUE(attempts.RememberClient("a@example.org", "10.0.0.1", 2000).ok());
  ASSERT_TRUE(attempts.RememberClient("a@example.org", "10.0.0.1", 1500).ok());  // never moves back
  EXPECT_EQ(attempts.LastSignIn("a@example.org", "10.0.0.1").value(), 2000);
  // Known to that account only, from that client only.
  EXPECT_EQ(attempts.LastSignIn("b@example.org", "10.0.0.1").value(), std::nullopt);
  EXPECT_EQ(attempts.LastSignIn("a@example.org", "10.0.0.2").value(), std::nullopt);
}

TYPED_TEST(LoginAttemptsConformance, PruneDeletesWhatIsOverAndKeepsTheRest) {
  auto& attempts = *this->store().login_attempts;
  ASSERT_TRUE(attempts.CountFailure("old", 1000, kWindow).ok());
  ASSERT_TRUE(attempts.CountFailure("edge", 1400, kWindow).ok());
  ASSERT_TRUE(attempts.CountFailure("current", 1401, kWindow).ok());
  ASSERT_TRUE(attempts.RememberClient("a@example.org", "old", 100).ok());
  ASSERT_TRUE(attempts.RememberClient("a@example.org", "edge", 200).ok());
  ASSERT_TRUE(attempts.RememberClient("a@example.org", "recent", 201).ok());
  auto removed = attempts.Prune(1400, 200);
  ASSERT_TRUE(removed.ok()) << removed.status().message();
  EXPECT_EQ(*removed, 4);  // at or before the times given
  EXPECT_EQ(attempts.GetWindow("old").value(), LoginWindow{});
  EXPECT_EQ(attempts.GetWindow("edge").value(), LoginWindow{});
  EXPECT_EQ(attempts.GetWindow("current").value(), (LoginWindow{1401, 1}));
  EXPECT_EQ(attempts.LastSignIn("a@example.org", "old").value(), std::nullopt);
  EXPECT_EQ(attempts.LastSignIn("a@example.org", "edge").value(), std::nullopt);
  EXPECT_EQ(attempts.LastSignIn("a@example.org", "recent").value(), 201);
  EXPECT_EQ(attempts.Prune(1400, 200).value(), 0);
}

// Servers counting one key at once: each failure is counted once, and each
// count answered is a different one (no two callers saw the same window
// state), so an attacker spreading guesses over servers gains none.
TYPED_TEST(LoginAttemptsConformance, ThreadsCountingOneKeyLoseNoCount) {
  auto& attempts = *this->store().login_attempts;
  constexpr int kThreads = 8;
  constexpr int kEach = 25;
  std::vector<std::vector<int>> seen(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        auto w = attempts.CountFailure("client\n203.0.113.66", 5000, kWindow);
        ASSERT_TRUE(w.ok()) << w.status().message();
        EXPECT_EQ(w->start, 5000);
        seen[t].push_back(w->failures);
      }
    });
  }
  for (auto& t : threads) t.join();
  std::set<int> counts;
  for (const auto& s : seen) counts.insert(s.begin(), s.end());
  EXPECT_EQ(counts.size(), static_cast<std::size_t>(kThreads * kEach));
  EXPECT_EQ(*counts.begin(), 1);
  EXPECT_EQ(*counts.rbegin(), kThreads * kEach);
  EXPECT_EQ(attempts.GetWindow("client\n203.0.113.66").value(), (LoginWindow{5000, kThreads * kEach}));
}

}  // namespace
}  // namespace platewise::conformance
