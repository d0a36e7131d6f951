// The seeded test database (testing/seeded_database.h): what the copies
// hold, and the clean-up of old templates that once broke a parallel run.

#include "testing/seeded_database.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "testing/api_user.h"
#include "testing/http_client.h"
#include "testing/subprocess.h"

namespace platewise {
namespace {

namespace fs = std::filesystem;

// A copy serves the bundled foods, and a second call keeps what was written.
TEST(SeededDatabaseTest, ACopyHasTheBundledFoodsAndASecondCallKeepsTheFile) {
  testing::TempDir dir;
  const std::string db = testing::SeededDatabase(PLATEWISE_BINARY, dir);
  {
    testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(db));
    ASSERT_TRUE(server.started()) << server.output();
    testing::HttpClient client(server.port());
    EXPECT_EQ(nlohmann::json::parse(client.Get("/healthz").body)["foods"], 8858);
    testing::ApiUser user(server.port(), "seeded@example.org");
    ASSERT_TRUE(user.ok());
  }
  EXPECT_EQ(testing::SeededDatabase(PLATEWISE_BINARY, dir), db);
  testing::ServerProcess again(PLATEWISE_BINARY, testing::ServeArgs(db));
  ASSERT_TRUE(again.started()) << again.output();
  testing::HttpClient client(again.port());
  auto login = client.Request("POST", "/api/v1/login",
                              nlohmann::json{{"email", "seeded@example.org"}, {"password", testing::ApiUser::kPassword}}.dump());
  EXPECT_EQ(login.status, 200) << login.body;  // the account is still there
}

// The defect: the process that finished a template first removed every other
// "seeded-*" file, the other process's unfinished one among them, whose
// rename then failed ("cannot rename: No such file or directory").
TEST(SeededDatabaseTest, RemovingOldTemplatesLeavesOnesBeingWrittenAlone) {
  testing::TempDir dir;
  auto touch = [&](const std::string& name) {
    std::ofstream(dir.File(name)) << "x";
    return dir.path() / name;
  };
  const fs::path keep = touch("seeded-5-6.db");
  const fs::path old = touch("seeded-1-2.db");
  const fs::path writing = touch("seeded-5-6.db.partial-4242");
  const fs::path other = touch("notes.txt");
  testing::RemoveOtherTemplates(keep);
  EXPECT_TRUE(fs::exists(keep));
  EXPECT_FALSE(fs::exists(old));
  EXPECT_TRUE(fs::exists(writing));
  EXPECT_TRUE(fs::exists(other));
}

}  // namespace
}  // namespace platewise
