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

}  // namespace
}  // namespace platewise
