// AccountRepository: accounts by email (case-insensitive), passwords,
// sessions that expire, and personal API tokens scoped to their owner.

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(AccountConformance);

std::vector<std::int64_t> TokenIds(const std::vector<ApiTokenInfo>& tokens) {
  std::vector<std::int64_t> ids;
  for (const ApiTokenInfo& t : tokens) ids.push_back(t.id);
  return ids;
}

TYPED_TEST(AccountConformance, AnAccountIsFoundByIdAndByEmailInAnyCase) {
  auto user = this->store().accounts->GetUser(this->a_);
  ASSERT_TRUE(user.ok());
  EXPECT_EQ(user->id, this->a_);
  EXPECT_EQ(user->email, "a@example.org");
  EXPECT_EQ(user->password_hash, "hash-a");
  auto by_email = this->store().accounts->FindUserByEmail("A@Example.ORG");
  ASSERT_TRUE(by_email.ok());
  EXPECT_EQ(by_email->id, this->a_);
  EXPECT_NE(this->a_, this->b_);
}

TYPED_TEST(AccountConformance, ATakenEmailIsAConflictWhateverItsCase) {
  EXPECT_EQ(this->store().accounts->CreateUser("A@EXAMPLE.ORG", "x").status().code(), StatusCode::kConflict);
  EXPECT_EQ(this->store().accounts->CreateUser("b@example.org", "x").status().code(), StatusCode::kConflict);
  EXPECT_EQ(this->store().accounts->FindUserByEmail("a@example.org")->password_hash, "hash-a");  // unchanged
}

TYPED_TEST(AccountConformance, AnUnknownEmailOrIdIsNotFound) {
  EXPECT_EQ(this->store().accounts->FindUserByEmail("nobody@example.org").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().accounts->GetUser(4242).status().code(), StatusCode::kNotFound);
}

TYPED_TEST(AccountConformance, TheLocalUserExistsWithoutEmailOrPassword) {
  auto local = this->store().accounts->GetUser(kLocalUser);
  ASSERT_TRUE(local.ok());
  EXPECT_EQ(local->email, "");
  EXPECT_EQ(local->password_hash, "");
  EXPECT_EQ(this->store().accounts->FindUserByEmail("").status().code(), StatusCode::kNotFound);
}

TYPED_TEST(AccountConformance, ChangingThePasswordReplacesItsHashOnly) {
  ASSERT_TRUE(this->store().accounts->SetPasswordHash(this->a_, "hash-a2").ok());
  EXPECT_EQ(this->store().accounts->GetUser(this->a_)->password_hash, "hash-a2");
  EXPECT_EQ(this->store().accounts->FindUserByEmail("a@example.org")->password_hash, "hash-a2");
  EXPECT_EQ(this->store().accounts->GetUser(this->b_)->password_hash, "hash-b");
  EXPECT_EQ(this->store().accounts->SetPasswordHash(4242, "x").code(), StatusCode::kNotFound);
}

TYPED_TEST(AccountConformance, ASessionIsFoundUntilItExpires) {
  ASSERT_TRUE(this->store().accounts->CreateSession(this->a_, "session-a", "csrf-a", 1000).ok());
  auto found = this->store().accounts->FindSession("session-a", 999);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->owner, this->a_);
  EXPECT_EQ(found->csrf_token, "csrf-a");
  EXPECT_EQ(found->expires_at, 1000);
  EXPECT_EQ(this->store().accounts->FindSession("session-a", 1000).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().accounts->FindSession("no-such-session", 0).status().code(), StatusCode::kNotFound);
}

TYPED_TEST(AccountConformance, ATakenSessionOrTokenHashIsAConflict) {
  ASSERT_TRUE(this->store().accounts->CreateSession(this->a_, "same", "csrf", 1000).ok());
  EXPECT_EQ(this->store().accounts->CreateSession(this->b_, "same", "csrf", 1000).code(), StatusCode::kConflict);
  EXPECT_EQ(this->store().accounts->FindSession("same", 0)->owner, this->a_);
  ASSERT_TRUE(this->store().accounts->CreateApiToken(this->a_, "t", "token", 0).ok());
  EXPECT_EQ(this->store().accounts->CreateApiToken(this->b_, "t", "token", 0).status().code(), StatusCode::kConflict);
  EXPECT_EQ(*this->store().accounts->FindApiToken("token"), this->a_);
}

TYPED_TEST(AccountConformance, DeletingASessionEndsThatSessionOnly) {
  ASSERT_TRUE(this->store().accounts->CreateSession(this->a_, "s1", "c", 1000).ok());
  ASSERT_TRUE(this->store().accounts->CreateSession(this->a_, "s2", "c", 1000).ok());
  ASSERT_TRUE(this->store().accounts->FindSession("s1", 0).ok());  // read before: any cache is dropped
  ASSERT_TRUE(this->store().accounts->DeleteSession("s1").ok());
  EXPECT_EQ(this->store().accounts->FindSession("s1", 0).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().accounts->FindSession("s2", 0).ok());
  EXPECT_TRUE(this->store().accounts->DeleteSession("s1").ok());  // signing out twice is harmless
}

TYPED_TEST(AccountConformance, DeletingOtherSessionsKeepsOneAndOtherOwnersSessions) {
  for (const char* hash : {"a1", "a2", "a3"}) ASSERT_TRUE(this->store().accounts->CreateSession(this->a_, hash, "c", 1000).ok());
  ASSERT_TRUE(this->store().accounts->CreateSession(this->b_, "b1", "c", 1000).ok());
  ASSERT_TRUE(this->store().accounts->FindSession("a3", 0).ok());
  ASSERT_TRUE(this->store().accounts->DeleteOtherSessions(this->a_, "a2").ok());
  EXPECT_EQ(this->store().accounts->FindSession("a1", 0).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().accounts->FindSession("a3", 0).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(this->store().accounts->FindSession("a2", 0).ok());
  EXPECT_TRUE(this->store().accounts->FindSession("b1", 0).ok());
}

TYPED_TEST(AccountConformance, ApiTokensAreListedInTheOrderCreatedAndFoundByHash) {
  auto t1 = this->store().accounts->CreateApiToken(this->a_, "laptop", "hash-1", 200);
  auto other = this->store().accounts->CreateApiToken(this->b_, "b's", "hash-b", 150);
  auto t2 = this->store().accounts->CreateApiToken(this->a_, "phone", "hash-2", 100);
  ASSERT_TRUE(t1.ok() && t2.ok() && other.ok());
  auto list = this->store().accounts->ListApiTokens(this->a_);
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(TokenIds(*list), (std::vector<std::int64_t>{*t1, *t2}));
  EXPECT_EQ((*list)[0].name, "laptop");
  EXPECT_EQ((*list)[0].created_at, 200);
  EXPECT_EQ((*list)[1].name, "phone");
  EXPECT_EQ(TokenIds(*this->store().accounts->ListApiTokens(this->b_)), std::vector<std::int64_t>{*other});
  EXPECT_EQ(*this->store().accounts->FindApiToken("hash-2"), this->a_);
  EXPECT_EQ(*this->store().accounts->FindApiToken("hash-b"), this->b_);
  EXPECT_EQ(this->store().accounts->FindApiToken("nope").status().code(), StatusCode::kNotFound);
}

TYPED_TEST(AccountConformance, ADeletedTokenIsGoneAndAnotherOwnersTokenIsNotFound) {
  auto t = this->store().accounts->CreateApiToken(this->a_, "laptop", "hash-1", 0);
  auto keep = this->store().accounts->CreateApiToken(this->a_, "phone", "hash-2", 0);
  ASSERT_TRUE(t.ok() && keep.ok());
  ASSERT_TRUE(this->store().accounts->FindApiToken("hash-1").ok());  // read before: any cache is dropped
  EXPECT_EQ(this->store().accounts->DeleteApiToken(this->b_, *t).code(), StatusCode::kNotFound);
  EXPECT_EQ(*this->store().accounts->FindApiToken("hash-1"), this->a_);
  ASSERT_TRUE(this->store().accounts->DeleteApiToken(this->a_, *t).ok());
  EXPECT_EQ(this->store().accounts->FindApiToken("hash-1").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(TokenIds(*this->store().accounts->ListApiTokens(this->a_)), std::vector<std::int64_t>{*keep});
  EXPECT_EQ(this->store().accounts->DeleteApiToken(this->a_, *t).code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace platewise::conformance
