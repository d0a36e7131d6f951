#include "text/unicode_text.h"

#include <gtest/gtest.h>

namespace platewise::text {
namespace {

TEST(UnicodeTextTest, ValidUtf8IsToldFromBrokenBytes) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("caf\xc3\xa9"));
  EXPECT_TRUE(IsValidUtf8("\xf0\x9f\x8d\x8e"));             // U+1F34E
  EXPECT_FALSE(IsValidUtf8("caf\xc3"));                     // cut short
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));                    // overlong "/"
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));                // a surrogate
  EXPECT_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));            // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8(std::string_view("a\xff", 2)));  // never in UTF-8
}

TEST(UnicodeTextTest, ToLowerComposesADecomposedLetter) {
  EXPECT_EQ(ToLower("jose\xcc\x81"), "jos\xc3\xa9");  // e + U+0301 -> U+00E9
  EXPECT_EQ(ToLower("jos\xc3\xa9"), "jos\xc3\xa9");
  EXPECT_EQ(ToLower("plain"), "plain");
  // NFC, not NFKC: the ligature "ﬁ" is a different letter, kept.
  EXPECT_EQ(ToLower("\xef\xac\x81"), "\xef\xac\x81");
}

TEST(UnicodeTextTest, ToLowerLowersBeyondAsciiButDoesNotFold) {
  EXPECT_EQ(ToLower("JOS\xc3\x89"), "jos\xc3\xa9");     // JOSÉ -> josé
  EXPECT_EQ(ToLower("JOSE\xcc\x81"), "jos\xc3\xa9");    // composed too
  EXPECT_EQ(ToLower("B\xc3\x9c" "CHER.DE"), "b\xc3\xbc" "cher.de");
  EXPECT_EQ(ToLower("STRA\xc3\x9f" "E"), "stra\xc3\x9f" "e");  // ß stays: not "strasse"
  EXPECT_EQ(ToLower("\xce\xa3\xce\x91"), "\xcf\x83\xce\xb1");  // ΣΑ -> σα
}

TEST(UnicodeTextTest, InvisibleAndDirectionCodePointsAreFound) {
  const std::pair<const char*, char32_t> kHidden[] = {
      {"ann\xe2\x80\x8b@x.org", 0x200B},  // zero-width space
      {"ann\xe2\x80\x8d@x.org", 0x200D},  // zero-width joiner
      {"\xe2\x80\xae" "gro.x@nna", 0x202E},  // right-to-left override
      {"ann\xe2\x81\xa6@x.org", 0x2066},  // left-to-right isolate
      {"\xef\xbb\xbf" "ann@x.org", 0xFEFF},  // byte-order mark
      {"an\xc2\xadn@x.org", 0x00AD},      // soft hyphen
      {"ann\xc2\xa0@x.org", 0x00A0},      // no-break space
      {"ann\xe3\x85\xa4@x.org", 0x3164},  // Hangul filler (a letter that shows nothing)
      {"ann\x01@x.org", 0x01},            // a control
      {"ann\xee\x80\x80@x.org", 0xE000},  // private use
  };
  for (const auto& [text, want] : kHidden) {
    auto found = FirstInvisibleCodePoint(text);
    ASSERT_TRUE(found.has_value()) << CodePointName(want);
    EXPECT_EQ(*found, want) << CodePointName(want);
  }
  EXPECT_FALSE(FirstInvisibleCodePoint("ann smith@x.org").has_value());  // U+0020 is visible
  EXPECT_FALSE(FirstInvisibleCodePoint("jos\xc3\xa9@b\xc3\xbc" "cher.de").has_value());
  EXPECT_FALSE(FirstInvisibleCodePoint("\xe7\x94\xb0\xe4\xb8\xad@x.jp").has_value());  // 田中
}

TEST(UnicodeTextTest, CodePointsAreNamedTheUnicodeWay) {
  EXPECT_EQ(CodePointName(0x202E), "U+202E");
  EXPECT_EQ(CodePointName(0x41), "U+0041");
  EXPECT_EQ(CodePointName(0x1F34E), "U+1F34E");
}

}  // namespace
}  // namespace platewise::text
