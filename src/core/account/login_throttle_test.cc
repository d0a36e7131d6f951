// The login throttle's policy, on the in-memory store's LoginAttempts (the
// stores themselves are checked by storage/conformance/), and what it does
// when the store fails.

#include "core/account/login_throttle.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "storage/faulty/faulty_store.h"
#include "storage/memory/memory_store.h"

namespace platewise {
namespace {

LoginThrottlePolicy Policy(int pair, int client, int account) {
  LoginThrottlePolicy p;
  p.window_seconds = 600;
  p.max_failures_per_account_and_client = pair;
  p.max_failures_per_client = client;
  p.max_failures_per_account = account;
  return p;
}

std::unique_ptr<Store> FreshStore() {
  auto store = OpenMemoryStore();
  return store.ok() ? std::move(*store) : nullptr;
}

// A throttle over a fresh in-memory store, with the two outcomes of an
// attempt as the routes have them. Every store call is expected to work: a
// failed one fails the test.
class Throttle {
 public:
  explicit Throttle(LoginThrottlePolicy policy) : store_(FreshStore()), t_(*store_->login_attempts, policy) {}
  Status Admit(const std::string& account, const std::string& client, std::int64_t now) {
    return t_.Admit(account, client, now);
  }
  // An attempt with a wrong password: counted when admitted, refused else.
  void Fail(const std::string& account, const std::string& client, std::int64_t now) {
    Status admitted = t_.Admit(account, client, now);
    if (admitted.code() == StatusCode::kTooManyRequests) return;
    ASSERT_TRUE(admitted.ok()) << admitted.message();
    ASSERT_TRUE(t_.RecordFailure(account, client, now).ok());
  }
  // An attempt with the right password, which must be admitted.
  void SignIn(const std::string& account, const std::string& client, std::int64_t now) {
    ASSERT_TRUE(t_.Admit(account, client, now).ok());
    ASSERT_TRUE(t_.RecordSuccess(account, client, now).ok());
  }
  LoginAttempts& attempts() { return *store_->login_attempts; }
  LoginThrottle& throttle() { return t_; }

 private:
  std::unique_ptr<Store> store_;
  LoginThrottle t_;
};

// #14 point 4: sign-ups hash a password each; one client (address) gets
// max_signups_per_client of them per window, others are not affected, and
// the next window admits it again.
TEST(LoginThrottleTest, SignupsFromOneClientAreRefusedBeyondTheLimitUntilTheWindowEnds) {
  auto store = FreshStore();
  LoginThrottlePolicy policy = Policy(5, 30, 100);
  policy.max_signups_per_client = 3;
  LoginThrottle t(*store->login_attempts, policy);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(t.AdmitSignup("203.0.113.9", 1000 + i).ok()) << i;
  const Status refused = t.AdmitSignup("203.0.113.9", 1010);
  EXPECT_EQ(refused.code(), StatusCode::kTooManyRequests);
  EXPECT_EQ(refused.retry_after_seconds(), 1000 + 600 - 1010);
  EXPECT_TRUE(t.AdmitSignup("198.51.100.4", 1010).ok()) << "another client";
  EXPECT_TRUE(t.AdmitSignup("203.0.113.9", 1000 + 600).ok()) << "a new window";
}

TEST(LoginThrottleTest, SignupsFailClosedWhenTheStoreFails) {
  auto faults = std::make_shared<StoreFaults>();
  auto store = MakeFaultyStore(FreshStore(), faults);
  LoginThrottle t(*store->login_attempts, Policy(5, 30, 100));
  faults->FailNextWritesTo(FaultPort::kLoginAttempts, DiskFull(), 100);
  EXPECT_EQ(t.AdmitSignup("203.0.113.9", 1000).code(), StatusCode::kUnavailable);
}

TEST(LoginThrottleTest, BlocksAClientGuessingAnAccountUntilTheWindowEnds) {
  Throttle t(Policy(5, 100, 100));
  for (int i = 0; i < 5; ++i) {
    EXPECT_TRUE(t.Admit("a@x.org", "10.0.0.1", 1000 + i).ok()) << i;
    ASSERT_TRUE(t.throttle().RecordFailure("a@x.org", "10.0.0.1", 1000 + i).ok());
  }
  Status s = t.Admit("a@x.org", "10.0.0.1", 1010);
  EXPECT_EQ(s.code(), StatusCode::kTooManyRequests);
  EXPECT_EQ(s.retry_after_seconds(), 590);
  EXPECT_TRUE(t.Admit("b@x.org", "10.0.0.1", 1010).ok());  // other accounts are not blocked
  EXPECT_TRUE(t.Admit("a@x.org", "10.0.0.1", 1600).ok());  // the window is over
}

// Regression (hardening): five wrong passwords for someone's email, from any
// address, made that person's correct login answer 429 for 15 minutes.
TEST(LoginThrottleTest, AnotherClientsFailuresDoNotLockTheOwnerOut) {
  Throttle t(Policy(5, 30, 100));
  for (int i = 0; i < 20; ++i) t.Fail("owner@x.org", "203.0.113.66", 1000 + i);
  EXPECT_FALSE(t.Admit("owner@x.org", "203.0.113.66", 1030).ok());
  EXPECT_TRUE(t.Admit("owner@x.org", "198.51.100.7", 1030).ok());  // the owner's own address
}

TEST(LoginThrottleTest, BlocksAClientThatGuessesAcrossAccounts) {
  Throttle t(Policy(5, 3, 100));
  for (int i = 0; i < 3; ++i) t.Fail("user" + std::to_string(i) + "@x.org", "10.0.0.9", 1000);
  EXPECT_EQ(t.Admit("new@x.org", "10.0.0.9", 1001).code(), StatusCode::kTooManyRequests);
  EXPECT_TRUE(t.Admit("new@x.org", "10.0.0.8", 1001).ok());
}

// Regression (hardening): behind a reverse proxy every client shares one
// address, so 30 failures anywhere blocked every login. A client that signed
// in to an account before keeps signing in to it.
TEST(LoginThrottleTest, AKnownClientSignsInThroughAFloodFromItsSharedAddress) {
  Throttle t(Policy(5, 30, 100));
  t.SignIn("owner@x.org", "proxy", 900);
  for (int i = 0; i < 40; ++i) t.Fail("victim" + std::to_string(i) + "@x.org", "proxy", 1000);
  EXPECT_FALSE(t.Admit("someone-new@x.org", "proxy", 1001).ok());  // the flooding address is refused
  EXPECT_TRUE(t.Admit("owner@x.org", "proxy", 1001).ok());         // but not for its known account
}

TEST(LoginThrottleTest, AGuessSpreadOverManyAddressesIsRefusedExceptForKnownClients) {
  Throttle t(Policy(5, 30, 10));
  t.SignIn("a@x.org", "home", 900);
  for (int i = 0; i < 10; ++i) t.Fail("a@x.org", "bot" + std::to_string(i), 1000);
  EXPECT_EQ(t.Admit("a@x.org", "bot-new", 1001).code(), StatusCode::kTooManyRequests);
  EXPECT_TRUE(t.Admit("a@x.org", "home", 1001).ok());
}

TEST(LoginThrottleTest, AKnownClientIsStillHeldToItsOwnLimit) {
  Throttle t(Policy(2, 30, 100));
  t.SignIn("a@x.org", "home", 900);
  t.Fail("a@x.org", "home", 1000);
  t.Fail("a@x.org", "home", 1000);
  EXPECT_FALSE(t.Admit("a@x.org", "home", 1001).ok());  // no unlimited guessing from a known address
}

TEST(LoginThrottleTest, SuccessClearsThePairButNotTheClient) {
  Throttle t(Policy(3, 3, 100));
  t.Fail("a@x.org", "ip", 1000);
  t.Fail("a@x.org", "ip", 1000);
  t.SignIn("a@x.org", "ip", 1001);                   // the third attempt, within the pair's 3
  EXPECT_TRUE(t.Admit("a@x.org", "ip", 1001).ok());  // the pair counts from 0 again
  t.Fail("b@x.org", "ip", 1001);
  EXPECT_FALSE(t.Admit("c@x.org", "ip", 1002).ok());  // the client has 3 failures
}

// Attempts whose passwords are still being checked are counted already: a
// burst of guesses sent at once gets no more than the pair's limit.
TEST(LoginThrottleTest, AttemptsInFlightCountAgainstThePair) {
  Throttle t(Policy(5, 100, 100));
  int admitted = 0;
  for (int i = 0; i < 8; ++i) admitted += t.Admit("a@x.org", "10.0.0.1", 1000).ok() ? 1 : 0;
  EXPECT_EQ(admitted, 5);
}

// Two servers (two throttles on one store) admitting one pair's attempts at
// once admit no more than its limit between them.
TEST(LoginThrottleTest, TwoServersAdmitNoMoreThanTheLimitBetweenThem) {
  auto store = FreshStore();
  ASSERT_TRUE(store);
  LoginThrottle a(*store->login_attempts, Policy(5, 100, 100));
  LoginThrottle b(*store->login_attempts, Policy(5, 100, 100));
  std::atomic<int> admitted{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      for (int j = 0; j < 4; ++j) {
        if ((i % 2 == 0 ? a : b).Admit("a@x.org", "10.0.0.1", 1000).ok()) ++admitted;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(admitted.load(), 5);
}

TEST(LoginThrottleTest, AKnownClientIsForgottenAfterKnownClientSeconds) {
  LoginThrottlePolicy policy = Policy(5, 3, 100);
  policy.known_client_seconds = 1000;
  Throttle t(policy);
  t.SignIn("a@x.org", "proxy", 100);
  for (int i = 0; i < 3; ++i) t.Fail("other" + std::to_string(i) + "@x.org", "proxy", 1050);
  EXPECT_TRUE(t.Admit("a@x.org", "proxy", 1099).ok());   // known for 1000 s after signing in
  EXPECT_FALSE(t.Admit("a@x.org", "proxy", 1100).ok());  // then a client like any other
}

// Storage stays bounded: what is over is deleted as time goes on, by the
// throttle itself, however many keys were seen.
TEST(LoginThrottleTest, ExpiredWindowsAndKnownClientsArePruned) {
  LoginThrottlePolicy policy = Policy(5, 30, 100);
  policy.known_client_seconds = 5000;
  Throttle t(policy);
  t.SignIn("a@x.org", "home", 1000);
  for (int i = 0; i < 50; ++i) t.Fail("a@x.org", "bot" + std::to_string(i), 1000);
  ASSERT_EQ(t.attempts().GetWindow("pair\na@x.org\nbot7").value().failures, 1);
  // Past the window: the next record prunes the windows, not the known client.
  t.Fail("b@x.org", "late", 1000 + 600 + LoginThrottle::kPruneEverySeconds);
  EXPECT_EQ(t.attempts().GetWindow("pair\na@x.org\nbot7").value(), LoginWindow{});
  EXPECT_EQ(t.attempts().GetWindow("account\na@x.org").value(), LoginWindow{});
  EXPECT_EQ(t.attempts().GetWindow("pair\nb@x.org\nlate").value().failures, 1);
  EXPECT_TRUE(t.attempts().LastSignIn("a@x.org", "home").value().has_value());
  // Past known_client_seconds: the known client goes too.
  t.Fail("b@x.org", "late", 1000 + 5000 + 10 * LoginThrottle::kPruneEverySeconds);
  EXPECT_FALSE(t.attempts().LastSignIn("a@x.org", "home").value().has_value());
}

// When the store fails, every call answers Unavailable (503): a guess is
// neither let through unthrottled nor answered as if it had been counted.
TEST(LoginThrottleTest, FailsClosedWhenTheStoreFails) {
  auto inner = OpenMemoryStore();
  ASSERT_TRUE(inner.ok());
  auto faults = std::make_shared<StoreFaults>();
  auto store = MakeFaultyStore(std::move(*inner), faults);
  LoginThrottle throttle(*store->login_attempts, Policy(5, 30, 100));

  faults->FailNextReads(DatabaseBusy());
  Status checked = throttle.Admit("a@x.org", "ip", 1000);
  EXPECT_EQ(checked.code(), StatusCode::kUnavailable);
  EXPECT_NE(checked.message().find("try again later"), std::string::npos) << checked.message();

  faults->FailNextWritesTo(FaultPort::kLoginAttempts, DiskFull(), 100);
  EXPECT_EQ(throttle.Admit("a@x.org", "ip", 1000).code(), StatusCode::kUnavailable);  // cannot be counted
  EXPECT_EQ(throttle.RecordFailure("a@x.org", "ip", 1000).code(), StatusCode::kUnavailable);
  EXPECT_EQ(throttle.RecordSuccess("a@x.org", "ip", 1000).code(), StatusCode::kUnavailable);
  faults->Clear();
  EXPECT_TRUE(throttle.Admit("a@x.org", "ip", 1001).ok());
}

}  // namespace
}  // namespace platewise
