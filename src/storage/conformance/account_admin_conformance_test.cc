// AccountRepository's administration: the list of accounts, accounts an
// administrator disabled (their sessions and tokens stop working, and work
// again once enabled), and invite codes whose uses are taken atomically.

#include <atomic>
#include <thread>
#include <vector>

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(AccountAdminConformance);

TYPED_TEST(AccountAdminConformance, TheListHasEveryAccountWithAnEmailButNotTheLocalUser) {
  auto users = this->store().accounts->ListUsers();
  ASSERT_TRUE(users.ok()) << users.status().message();
  ASSERT_EQ(users->size(), 2u);
  EXPECT_EQ((*users)[0].id, this->a_);
  EXPECT_EQ((*users)[0].email, "a@example.org");
  EXPECT_FALSE((*users)[0].disabled);
  EXPECT_EQ((*users)[1].id, this->b_);
}

TYPED_TEST(AccountAdminConformance, ADisabledAccountsSessionsAndTokensAreNotFoundUntilItIsEnabled) {
  auto& accounts = *this->store().accounts;
  ASSERT_TRUE(accounts.CreateSession(this->a_, "session-a", "csrf-a", 1000).ok());
  ASSERT_TRUE(accounts.CreateSession(this->b_, "session-b", "csrf-b", 1000).ok());
  ASSERT_TRUE(accounts.CreateApiToken(this->a_, "script", "token-a", 1).ok());
  ASSERT_TRUE(accounts.SetDisabled(this->a_, true).ok());
  EXPECT_TRUE(accounts.GetUser(this->a_)->disabled);
  EXPECT_TRUE(accounts.FindUserByEmail("a@example.org")->disabled);
  EXPECT_EQ(accounts.FindSession("session-a", 10).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(accounts.FindApiToken("token-a").status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(accounts.FindSession("session-b", 10).ok()) << "another account's session is untouched";
  // The email stays taken while the account is disabled.
  EXPECT_EQ(accounts.CreateUser("a@example.org", "x").status().code(), StatusCode::kConflict);
  ASSERT_TRUE(accounts.SetDisabled(this->a_, false).ok());
  EXPECT_FALSE(accounts.GetUser(this->a_)->disabled);
  EXPECT_EQ(accounts.FindSession("session-a", 10)->owner, this->a_);
  EXPECT_EQ(accounts.FindApiToken("token-a").value(), this->a_);
  EXPECT_EQ(accounts.SetDisabled(4242, true).code(), StatusCode::kNotFound);
}

TYPED_TEST(AccountAdminConformance, AnInviteIsRedeemedAsManyTimesAsItHasUsesAndNotAfterItExpires) {
  auto& accounts = *this->store().accounts;
  auto twice = accounts.CreateInvite("code-2", 2, 0, 100);
  auto until = accounts.CreateInvite("code-until-500", 5, 500, 100);
  ASSERT_TRUE(twice.ok() && until.ok());
  EXPECT_GT(*until, *twice);
  EXPECT_EQ(accounts.CreateInvite("code-2", 1, 0, 100).status().code(), StatusCode::kConflict);
  EXPECT_EQ(accounts.RedeemInvite("code-2", 200).value(), *twice);
  EXPECT_EQ(accounts.RedeemInvite("code-2", 200).value(), *twice);
  EXPECT_EQ(accounts.RedeemInvite("code-2", 200).status().code(), StatusCode::kNotFound);  // used up
  ASSERT_TRUE(accounts.ReturnInvite(*twice).ok());
  EXPECT_EQ(accounts.RedeemInvite("code-2", 200).value(), *twice);  // the use given back
  EXPECT_EQ(accounts.RedeemInvite("code-until-500", 499).value(), *until);
  EXPECT_EQ(accounts.RedeemInvite("code-until-500", 500).status().code(), StatusCode::kNotFound);  // expired
  EXPECT_EQ(accounts.RedeemInvite("no-such-code", 1).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(accounts.ReturnInvite(4242).code(), StatusCode::kNotFound);
  auto invites = accounts.ListInvites();
  ASSERT_TRUE(invites.ok());
  ASSERT_EQ(invites->size(), 2u);
  EXPECT_EQ((*invites)[0], (InviteRecord{*twice, 0, 0, 100}));
  EXPECT_EQ((*invites)[1], (InviteRecord{*until, 4, 500, 100}));
}

// Sign-ups on several servers at once with one invite's last uses: exactly
// as many succeed as it had uses.
TYPED_TEST(AccountAdminConformance, ThreadsRedeemingOneInviteTakeExactlyItsUses) {
  auto& accounts = *this->store().accounts;
  constexpr int kUses = 10;
  ASSERT_TRUE(accounts.CreateInvite("shared-code", kUses, 0, 1).ok());
  std::atomic<int> taken = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 5; ++i) {
        auto r = accounts.RedeemInvite("shared-code", 2);
        if (r.ok()) {
          ++taken;
        } else {
          EXPECT_EQ(r.status().code(), StatusCode::kNotFound) << r.status().message();
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(taken.load(), kUses);
  EXPECT_EQ(accounts.ListInvites()->front().uses_left, 0);
}

}  // namespace
}  // namespace platewise::conformance
