#include "auth/account_admin.h"

#include <gtest/gtest.h>

#include <set>

#include "auth/secret_token.h"
#include "storage/memory/memory_store.h"

namespace platewise::auth {
namespace {

class AccountAdminTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenMemoryStore();
    ASSERT_TRUE(store.ok());
    store_ = std::move(*store);
  }
  AccountRepository& accounts() { return *store_->accounts; }
  std::unique_ptr<Store> store_;
};

TEST_F(AccountAdminTest, AnAddedAccountWithoutAPasswordGetsAGeneratedOneThatSignsIn) {
  auto made = AddAccount(accounts(), " Ann@Example.org", std::nullopt, HashCost::kMinimum);
  ASSERT_TRUE(made.ok()) << made.status().message();
  EXPECT_EQ(made->user.email, "ann@example.org");
  EXPECT_EQ(made->password.size(), 20u);
  EXPECT_TRUE(VerifyPassword(made->password, accounts().FindUserByEmail("ann@example.org")->password_hash));
  auto given = AddAccount(accounts(), "bob@example.org", "a long passphrase", HashCost::kMinimum);
  ASSERT_TRUE(given.ok());
  EXPECT_TRUE(given->password.empty()) << "a given password is not echoed";
  EXPECT_EQ(AddAccount(accounts(), "ANN@example.org", std::nullopt, HashCost::kMinimum).status().code(),
            StatusCode::kConflict);
  EXPECT_EQ(AddAccount(accounts(), "bob", std::nullopt, HashCost::kMinimum).status().field(), "email");
  EXPECT_EQ(AddAccount(accounts(), "c@example.org", "short", HashCost::kMinimum).status().field(), "password");
}

TEST_F(AccountAdminTest, AResetEndsEverySessionAndTokenAndOnlyTheNewPasswordWorks) {
  auto made = AddAccount(accounts(), "ann@example.org", "the old passphrase", HashCost::kMinimum);
  ASSERT_TRUE(made.ok());
  const UserId ann = made->user.id;
  ASSERT_TRUE(accounts().CreateSession(ann, "s1", "c1", 1000).ok());
  ASSERT_TRUE(accounts().CreateApiToken(ann, "t", "h1", 1).ok());
  auto password = ResetPassword(accounts(), "ann@example.org", HashCost::kMinimum);
  ASSERT_TRUE(password.ok()) << password.status().message();
  const std::string hash = accounts().GetUser(ann)->password_hash;
  EXPECT_TRUE(VerifyPassword(*password, hash));
  EXPECT_FALSE(VerifyPassword("the old passphrase", hash));
  EXPECT_EQ(accounts().FindSession("s1", 10).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(accounts().ListApiTokens(ann)->empty());
  auto unknown = ResetPassword(accounts(), "nobody@example.org", HashCost::kMinimum);
  EXPECT_EQ(unknown.status().code(), StatusCode::kNotFound);
  EXPECT_NE(unknown.status().message().find("nobody@example.org"), std::string::npos);
}

TEST_F(AccountAdminTest, DisablingEndsSessionsAndEnablingLetsTheAccountIn) {
  auto made = AddAccount(accounts(), "ann@example.org", "a long passphrase", HashCost::kMinimum);
  ASSERT_TRUE(made.ok());
  ASSERT_TRUE(accounts().CreateSession(made->user.id, "s1", "c1", 1000).ok());
  ASSERT_TRUE(SetAccountDisabled(accounts(), "Ann@example.org", true).ok());
  EXPECT_TRUE(accounts().GetUser(made->user.id)->disabled);
  ASSERT_TRUE(SetAccountDisabled(accounts(), "ann@example.org", false).ok());
  EXPECT_FALSE(accounts().GetUser(made->user.id)->disabled);
  EXPECT_EQ(accounts().FindSession("s1", 10).status().code(), StatusCode::kNotFound) << "ended, not paused";
}

TEST_F(AccountAdminTest, InviteCodesAreRandomTypableAndMatchHoweverTyped) {
  std::set<std::string> codes;
  for (int i = 0; i < 50; ++i) codes.insert(NewInviteCode());
  EXPECT_EQ(codes.size(), 50u);
  const std::string code = *codes.begin();
  ASSERT_EQ(code.size(), 19u);
  EXPECT_EQ(code[4], '-');
  std::string typed;  // lower case, dashes as spaces
  for (char c : code) typed += c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(InviteCodeHash(typed).value(), InviteCodeHash(code).value());
  // O for 0 and I or L for 1, as people misread them.
  EXPECT_EQ(InviteCodeHash("1100-0000-0000-0000").value(), InviteCodeHash("il0O-oooo-0000-0000").value());
  EXPECT_FALSE(InviteCodeHash("K7QM-3XRT").ok());
  EXPECT_FALSE(InviteCodeHash("UUUU-UUUU-UUUU-UUUU").ok());
  EXPECT_FALSE(InviteCodeHash("K7QM-3XRT-9WJD-HC4!").ok());
}

TEST_F(AccountAdminTest, ACreatedInviteIsRedeemedByItsCodeOnly) {
  auto code = CreateInvite(accounts(), 2, 0, 100);
  ASSERT_TRUE(code.ok());
  EXPECT_TRUE(accounts().RedeemInvite(InviteCodeHash(*code).value(), 200).ok());
  EXPECT_EQ(accounts().ListInvites()->front().uses_left, 1);
  EXPECT_EQ(CreateInvite(accounts(), 0, 0, 100).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace platewise::auth
