#include "core/food/barcode.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

std::string Normalized(std::string_view text) {
  auto r = NormalizeBarcode(text);
  EXPECT_TRUE(r.ok()) << text << ": " << r.status().message();
  return r.ok() ? *r : "";
}

TEST(BarcodeTest, TheTwelveThirteenAndFourteenDigitFormsOfOneCodeAreTheSame) {
  EXPECT_EQ(Normalized("036000291452"), "00036000291452");    // UPC-A
  EXPECT_EQ(Normalized("0036000291452"), "00036000291452");   // the same as EAN-13
  EXPECT_EQ(Normalized("00036000291452"), "00036000291452");  // and as GTIN-14
  EXPECT_EQ(Normalized("36000291452"), "00036000291452");     // FDC without the leading zero
}

TEST(BarcodeTest, SpacesAndHyphensAsPrintedUnderTheBarsAreDropped) {
  EXPECT_EQ(Normalized("0 36000 29145 2"), "00036000291452");
  EXPECT_EQ(Normalized("4006381-333931"), "04006381333931");
  EXPECT_EQ(Normalized("96385074"), "00000096385074");  // EAN-8
}

TEST(BarcodeTest, ACodeThatIsNoGtinIsRefusedSayingWhy) {
  auto letters = NormalizeBarcode("0360002914X2");
  ASSERT_FALSE(letters.ok());
  EXPECT_NE(letters.status().message().find("digits only"), std::string::npos);
  auto short_code = NormalizeBarcode("1234567");
  ASSERT_FALSE(short_code.ok());
  EXPECT_NE(short_code.status().message().find("8 to 14 digits"), std::string::npos);
  EXPECT_NE(short_code.status().message().find("has 7"), std::string::npos);
  EXPECT_FALSE(NormalizeBarcode("123456789012345").ok());  // 15 digits
  EXPECT_FALSE(NormalizeBarcode("").ok());
  EXPECT_FALSE(NormalizeBarcode("00000000").ok());
}

TEST(BarcodeTest, InStoreAndCompanyInternalNumbersAreRestrictedCirculation) {
  EXPECT_TRUE(IsRestrictedCirculation(Normalized("2001234567893")));   // EAN-13 prefix 200: in-store
  EXPECT_TRUE(IsRestrictedCirculation(Normalized("2912345678904")));   // 291: weighed goods, price inside
  EXPECT_TRUE(IsRestrictedCirculation(Normalized("212345678901")));    // UPC-A number system 2: random weight
  EXPECT_TRUE(IsRestrictedCirculation(Normalized("412345678903")));    // UPC-A number system 4: in-store
  EXPECT_TRUE(IsRestrictedCirculation(Normalized("0412345678903")));   // the same as EAN-13 (prefix 041)
  EXPECT_FALSE(IsRestrictedCirculation(Normalized("036000291452")));   // a manufacturer's UPC-A
  EXPECT_FALSE(IsRestrictedCirculation(Normalized("3017620422003")));  // a manufacturer's EAN-13
  EXPECT_FALSE(IsRestrictedCirculation(Normalized("4006381333931")));  // prefix 400: Germany, not 040
  EXPECT_FALSE(IsRestrictedCirculation(Normalized("20123456")));       // EAN-8: a retailer's own brand
  EXPECT_FALSE(IsRestrictedCirculation(Normalized("04083637")));
}

// A code typed with full-width digits (as some phone keyboards give) was
// refused quoting the first byte of the character alone, which is no text.
TEST(BarcodeTest, ARefusedCharacterIsQuotedWholeNotAsItsFirstByte) {
  auto wide = NormalizeBarcode("12\xEF\xBC\x93" "4567890");  // "12３4567890"
  ASSERT_FALSE(wide.ok());
  EXPECT_NE(wide.status().message().find("has \"\xEF\xBC\x93\""), std::string::npos) << wide.status().message();
  auto letter = NormalizeBarcode("12ab");
  ASSERT_FALSE(letter.ok());
  EXPECT_NE(letter.status().message().find("\"12ab\" has \"a\""), std::string::npos) << letter.status().message();
}

}  // namespace
}  // namespace platewise
