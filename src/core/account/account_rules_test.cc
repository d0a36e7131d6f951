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

// Defect (hardening issue, point 10): lookalike spellings of one address
// made separate accounts, because only ASCII letters were folded and the
// bytes were compared as they came.
TEST(NormalizeEmailTest, LookalikeSpellingsOfOneAddressNormaliseAlike) {
  const std::string composed = "jos\xc3\xa9@b\xc3\xbc" "cher.de";  // josé@bücher.de, in NFC
  for (const char* spelling : {
           "jos\xc3\xa9@b\xc3\xbc" "cher.de",
           "jose\xcc\x81@bu\xcc\x88" "cher.de",  // combining accents (NFD, as some keyboards type)
           "JOSE\xcc\x81@BU\xcc\x88" "CHER.DE",  // and capitals
           "JOS\xc3\x89@B\xc3\x9c" "CHER.de",    // a capital É and Ü
       }) {
    auto r = NormalizeEmail(spelling);
    ASSERT_TRUE(r.ok()) << spelling << ": " << r.status().message();
    EXPECT_EQ(*r, composed) << spelling;
  }
}

TEST(NormalizeEmailTest, CapitalsAreLoweredNotFolded) {
  // "straße" and "strasse" are two mailboxes, and two domains (IDNA 2008).
  auto r = NormalizeEmail("Stra\xc3\x9f" "e@STRA\xc3\x9f" "E.de");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "stra\xc3\x9f" "e@stra\xc3\x9f" "e.de");
}

TEST(NormalizeEmailTest, RefusesInvisibleAndDirectionCharactersNamingThem) {
  const std::pair<const char*, const char*> kCases[] = {
      {"ann\xe2\x80\x8b@example.org", "U+200B"},    // zero-width space
      {"ann@exam\xe2\x80\x8cple.org", "U+200C"},    // zero-width non-joiner in the domain
      {"\xe2\x80\xae" "ann@example.org", "U+202E"},  // right-to-left override
      {"ann\xe2\x81\xa7@example.org", "U+2067"},    // right-to-left isolate
      {"\xef\xbb\xbf" "ann@example.org", "U+FEFF"},  // byte-order mark pasted in
      {"ann\xc2\xa0@example.org", "U+00A0"},         // no-break space
  };
  for (const auto& [email, named] : kCases) {
    auto r = NormalizeEmail(email);
    ASSERT_FALSE(r.ok()) << named;
    EXPECT_EQ(r.status().code(), StatusCode::kUnprocessable);
    EXPECT_EQ(r.status().field(), "email");
    EXPECT_NE(r.status().message().find(named), std::string::npos) << r.status().message();
  }
}

TEST(NormalizeEmailTest, RefusesBytesThatAreNotUtf8) {
  auto r = NormalizeEmail("ann\xff@example.org");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().field(), "email");
  EXPECT_NE(r.status().message().find("UTF-8"), std::string::npos);
}

TEST(NormalizeEmailTest, TheFormStoredBeforeTheUnicodeRulesOnlyTrimsAndFoldsAscii) {
  EXPECT_EQ(EmailAsStoredBeforeUnicodeRules(" Jose\xcc\x81@X.org "), "jose\xcc\x81@x.org");
}

TEST(CheckNewPasswordTest, NeedsTenCharacters) {
  EXPECT_TRUE(CheckNewPassword("0123456789").ok());
  EXPECT_TRUE(CheckNewPassword(std::string(1024, 'x')).ok());
  Status s = CheckNewPassword("012345678");
  EXPECT_EQ(s.code(), StatusCode::kUnprocessable);
  EXPECT_EQ(s.field(), "password");
  EXPECT_NE(s.message().find("at least 10"), std::string::npos);
  EXPECT_EQ(s.message(), "the password is 9 characters long; use at least 10");
  Status changed = CheckNewPassword("short", "new_password");
  EXPECT_EQ(changed.field(), "new_password");
  // Said in words to the person, not as the field's name.
  EXPECT_EQ(changed.message(), "the new password is 5 characters long; use at least 10");
  EXPECT_FALSE(CheckNewPassword(std::string(1025, 'x')).ok());
}

}  // namespace
}  // namespace platewise
