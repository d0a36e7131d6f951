#include <gtest/gtest.h>

#include <set>

#include "auth/hashing_slots.h"
#include "auth/password_hasher.h"
#include "auth/secret_token.h"

namespace platewise::auth {
namespace {

TEST(PasswordHasherTest, HashesWithArgon2idAndVerifiesOnlyTheSamePassword) {
  auto hash = HashPassword("correct horse battery", HashCost::kMinimum);
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << *hash;
  EXPECT_TRUE(VerifyPassword("correct horse battery", *hash));
  EXPECT_FALSE(VerifyPassword("correct horse batterY", *hash));
  EXPECT_FALSE(VerifyPassword("", *hash));
  EXPECT_FALSE(VerifyPassword("correct horse battery", ""));
  EXPECT_FALSE(VerifyPassword("correct horse battery", "plain text"));
  // A fresh salt every time.
  EXPECT_NE(*hash, *HashPassword("correct horse battery", HashCost::kMinimum));
}

TEST(PasswordHasherTest, InteractiveCostHashesVerify) {
  auto hash = HashPassword("0123456789", HashCost::kInteractive);
  ASSERT_TRUE(hash.ok());
  EXPECT_NE(hash->find("m=65536"), std::string::npos) << *hash;
  EXPECT_TRUE(VerifyPassword("0123456789", *hash));
}

TEST(SecretTokenTest, TokensAre256BitHexAndDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    std::string t = NewSecretToken();
    EXPECT_EQ(t.size(), 64u);
    EXPECT_EQ(t.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_TRUE(seen.insert(t).second);
  }
}

TEST(SecretTokenTest, HashIsSha256Hex) {
  // SHA-256("abc"), FIPS 180-2 test vector.
  EXPECT_EQ(HashSecretToken("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(SecretTokenTest, ConstantTimeEquals) {
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
  EXPECT_FALSE(ConstantTimeEquals("", ""));  // an empty secret never matches
}

}  // namespace
// #14 point 4: at most N password hashes at once; a slot given back is free
// again, and a request that finds none is told at once (no queue).
TEST(HashingSlotsTest, GivesAtMostItsSlotsAndTakesThemBack) {
  HashingSlots slots(2);
  auto a = slots.TryTake();
  auto b = slots.TryTake();
  ASSERT_TRUE(a && b);
  EXPECT_FALSE(slots.TryTake().has_value());
  a.reset();
  auto c = slots.TryTake();
  EXPECT_TRUE(c.has_value());
  EXPECT_FALSE(slots.TryTake().has_value());
}

}  // namespace platewise::auth
