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

}  // namespace
}  // namespace platewise
