#include "storage/open_store.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

TEST(SqliteFilePathTest, APlainPathIsTheFile) {
  EXPECT_EQ(*SqliteFilePath("var/platewise.db"), "var/platewise.db");
  EXPECT_EQ(*SqliteFilePath("/srv/p.db"), "/srv/p.db");
  EXPECT_EQ(*SqliteFilePath("odd:name.db"), "odd:name.db");
}

TEST(SqliteFilePathTest, APostgresUrlSaysToUsePgDump) {
  for (const char* url : {"postgresql://u@localhost/platewise", "postgres://localhost/p"}) {
    auto path = SqliteFilePath(url);
    ASSERT_EQ(path.status().code(), StatusCode::kInvalidArgument) << url;
    EXPECT_NE(path.status().message().find("pg_dump"), std::string::npos) << path.status().message();
  }
}

TEST(SqliteFilePathTest, WhatIsNotAFileIsRefusedWithAReason) {
  for (const char* location : {"", ":memory:", "file:p.db?mode=ro", "mysql://h/db", "s3+https://b/k"}) {
    auto path = SqliteFilePath(location);
    EXPECT_EQ(path.status().code(), StatusCode::kInvalidArgument) << location;
    EXPECT_FALSE(path.status().message().empty());
  }
}

}  // namespace
}  // namespace platewise
