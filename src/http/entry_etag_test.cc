// If-Match and ETag of diary entries (issue 14, lost updates): the entity-tag
// list grammar, and which versions a header lets an edit apply to.

#include "http/entry_etag.h"

#include <gtest/gtest.h>

#include "http/header_text.h"

namespace platewise::http {
namespace {

Request WithIfMatch(const std::string& value) {
  Request r;
  r.headers["if-match"] = value;
  return r;
}

TEST(EntityTagListTest, ReadsStrongAndWeakTagsWithWhitespaceAndEmptyElements) {
  auto tags = ParseEntityTagList(R"( "17" ,W/"abc",, "a,b" ,"" )");
  ASSERT_TRUE(tags.has_value());
  ASSERT_EQ(tags->size(), 4u);
  EXPECT_EQ((*tags)[0].opaque, "17");
  EXPECT_FALSE((*tags)[0].weak);
  EXPECT_EQ((*tags)[1].opaque, "abc");
  EXPECT_TRUE((*tags)[1].weak);
  EXPECT_EQ((*tags)[2].opaque, "a,b");  // a comma is a tag character
  EXPECT_EQ((*tags)[3].opaque, "");
}

TEST(EntityTagListTest, RefusesWhatIsNoListOfEntityTags) {
  for (const char* bad : {"", " ", ",", "17", "\"17", "17\"", "\"17\" \"18\"", "\"17\";x", "w/\"17\"", "W/ \"17\"",
                          "\"a b\"", "\"a\tb\"", "*, \"17\"", "\"17\", *", "\"\x7f\""}) {
    EXPECT_FALSE(ParseEntityTagList(bad).has_value()) << bad;
  }
}

TEST(EntryETagTest, IsTheVersionQuoted) {
  DiaryEntry e;
  e.version = 4711;
  EXPECT_EQ(EntryETag(e), "\"4711\"");
}

TEST(IfMatchVersionsTest, NoHeaderOrAStarIsAnyVersion) {
  auto none = IfMatchVersions(Request{});
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  for (const char* any : {"*", " * "}) {
    auto star = IfMatchVersions(WithIfMatch(any));
    ASSERT_TRUE(star.ok()) << any;
    EXPECT_FALSE(star->has_value()) << any;
  }
}

TEST(IfMatchVersionsTest, StrongTagsNameVersionsWeakAndForeignTagsNone) {
  auto v = IfMatchVersions(WithIfMatch(R"("17", W/"18", "x1", "019", "0", "-3", "99999999999999999999", "20")"));
  ASSERT_TRUE(v.ok());
  ASSERT_TRUE(v->has_value());
  EXPECT_EQ(**v, (std::vector<std::int64_t>{17, 20}));
  auto stale = IfMatchVersions(WithIfMatch(R"(W/"17")"));  // weak never matches: refused as stale
  ASSERT_TRUE(stale.ok());
  ASSERT_TRUE(stale->has_value());
  EXPECT_TRUE((*stale)->empty());
}

TEST(IfMatchVersionsTest, AMalformedHeaderIsInvalidArgument) {
  for (const char* bad : {"17", "", "\"17", "*, \"17\"", "**"}) {
    auto v = IfMatchVersions(WithIfMatch(bad));
    EXPECT_EQ(v.status().code(), StatusCode::kInvalidArgument) << bad;
    EXPECT_NE(v.status().message().find("If-Match"), std::string::npos) << bad;
  }
}

}  // namespace
}  // namespace platewise::http
