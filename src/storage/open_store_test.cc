// OpenStore (storage/open_store.h): the location's form picks the backend.

#include <gtest/gtest.h>

#include "storage/open_store.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

TEST(OpenStore, ALibpqUriNamesPostgresAnythingElseIsAFile) {
  for (const char* uri : {"postgresql://platewise@127.0.0.1:5432/platewise", "postgres://u:p@db.example:5433/x",
                          "postgresql:///platewise"}) {
    EXPECT_TRUE(IsPostgresLocation(uri)) << uri;
  }
  for (const char* path : {"var/platewise.db", "/srv/platewise.db", "postgresql.db", "./postgres://x",
                           ":memory:", "Postgresql://upper-case-is-a-file-name"}) {
    EXPECT_FALSE(IsPostgresLocation(path)) << path;
  }
}

// The serve line printed the whole --db value, a URI's password included.
TEST(OpenStore, TheShownLocationHidesAUrisPassword) {
  EXPECT_EQ(DisplayLocation("postgresql://platewise:s3cr%40t@db:5432/platewise"),
            "postgresql://platewise:***@db:5432/platewise");
  EXPECT_EQ(DisplayLocation("postgres://u:p@h/d?sslmode=require"), "postgres://u:***@h/d?sslmode=require");
  EXPECT_EQ(DisplayLocation("postgresql://platewise@db:5432/platewise"), "postgresql://platewise@db:5432/platewise");
  EXPECT_EQ(DisplayLocation("postgresql://db:5432/platewise"), "postgresql://db:5432/platewise");
  EXPECT_EQ(DisplayLocation("var/pass:word@x.db"), "var/pass:word@x.db");
}

TEST(OpenStore, AnEmptyLocationIsInvalid) { EXPECT_EQ(OpenStore("").status().code(), StatusCode::kInvalidArgument); }

TEST(OpenStore, AFilePathOpensSqlite) {
  testing::TempDir dir;
  auto store = OpenStore(dir.File("sub/platewise.db"));
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_NE((*store)->versions, nullptr);
}

TEST(OpenStore, APostgresServerThatIsNotThereIsUnavailable) {
  // Port 1 on loopback: nothing listens, the connection is refused at once.
  auto store = OpenStore("postgresql://platewise@127.0.0.1:1/platewise?connect_timeout=2");
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(store.status().message().find("PostgreSQL"), std::string::npos) << store.status().message();
}

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
