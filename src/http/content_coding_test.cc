// Content coding (http/content_coding.h): gzip when the client accepts it and
// the answer is text and large enough; never for small answers, other types,
// answers with an ETag, or clients that refuse it (q=0).

#include "http/content_coding.h"

#include <gtest/gtest.h>

#include <string>

#include "testing/gunzip.h"

namespace platewise::http {
namespace {

// A JSON answer of `bytes` bytes: [777...7].
Response Json(std::size_t bytes) {
  Response r;
  r.body.assign(bytes, '7');
  r.body.front() = '[';
  r.body.back() = ']';
  return r;
}

std::string HeaderOf(const Response& r, const std::string& name) {
  for (const auto& [n, v] : r.headers) {
    if (n == name) return v;
  }
  return "";
}

TEST(AcceptsGzipTest, ReadsTheCodingsAndTheirWeights) {
  for (const char* yes : {"gzip", "GZIP", "deflate, gzip", "gzip;q=0.5", "br;q=1, gzip ; q=0.001", "*", "*;q=0.1",
                          "x-gzip", "gzip, deflate, br, zstd"}) {
    EXPECT_TRUE(AcceptsGzip(yes)) << yes;
  }
  for (const char* no : {"", "identity", "br", "gzip;q=0", "gzip;q=0.000", "*, gzip;q=0", "*;q=0", "gzip;q=bad",
                         "gzip;q=2", "gzip;q"}) {
    EXPECT_FALSE(AcceptsGzip(no)) << no;
  }
}

TEST(CodeForClientTest, ALargeJsonAnswerIsGzippedWhenAcceptedAndReadsBackTheSame) {
  const Response plain = Json(20000);
  const Response coded = CodeForClient(plain, "gzip, deflate");
  EXPECT_EQ(HeaderOf(coded, "Content-Encoding"), "gzip");
  EXPECT_EQ(HeaderOf(coded, "Vary"), "Accept-Encoding");
  EXPECT_LT(coded.body.size(), plain.body.size() / 10);
  EXPECT_EQ(testing::Gunzip(coded.body), plain.body);
}

TEST(CodeForClientTest, TextAssetsAreGzippedToo) {
  for (const char* type : {"text/html; charset=utf-8", "application/javascript", "text/css", "image/svg+xml"}) {
    Response r = Json(5000);
    r.content_type = type;
    EXPECT_EQ(HeaderOf(CodeForClient(r, "gzip"), "Content-Encoding"), "gzip") << type;
  }
}

TEST(CodeForClientTest, WhatDoesNotPayOrIsNotAcceptedGoesAsItIs) {
  const Response small = Json(kMinGzipBytes - 1);
  EXPECT_EQ(CodeForClient(small, "gzip").body, small.body);
  EXPECT_EQ(HeaderOf(CodeForClient(small, "gzip"), "Vary"), "Accept-Encoding") << "text answers always vary";

  const Response large = Json(20000);
  EXPECT_EQ(CodeForClient(large, "").body, large.body) << "no Accept-Encoding";
  EXPECT_EQ(CodeForClient(large, "gzip;q=0").body, large.body);

  Response png = Json(20000);
  png.content_type = "image/png";
  const Response png_out = CodeForClient(png, "gzip");
  EXPECT_EQ(png_out.body, png.body);
  EXPECT_EQ(HeaderOf(png_out, "Vary"), "");

  Response tagged = Json(20000);
  tagged.headers.emplace_back("ETag", "\"7\"");
  EXPECT_EQ(CodeForClient(tagged, "gzip").body, tagged.body) << "a strong ETag names the identity body";
}

}  // namespace
}  // namespace platewise::http
