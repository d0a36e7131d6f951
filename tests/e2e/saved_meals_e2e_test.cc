// End-to-end: saved meals and several foods at once over the API, on SQLite
// (the PostgreSQL run is PostgresE2e.SavedMealsAndSeveralFoodsAtOnce).

#include <gtest/gtest.h>

#include <filesystem>

#include "e2e/saved_meals_scenario.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

namespace fs = std::filesystem;

TEST(SavedMealsE2e, SavedMealsAndSeveralFoodsAtOnceOnSqlite) {
  testing::TempDir dir;
  // The bundled data, with the mini food dataset in place of the full one.
  const fs::path bundled(PLATEWISE_BUNDLED_DATA_DIR);
  fs::create_directories(dir.path() / "data");
  fs::create_directory_symlink(bundled / "dri", dir.path() / "data" / "dri");
  fs::create_directory_symlink(bundled / "nutrients", dir.path() / "data" / "nutrients");
  fs::create_directory_symlink(fs::path(PLATEWISE_TEST_DATA_DIR) / "sr24-mini", dir.path() / "data" / "usda-sr24");
  testing::ServerProcess server(PLATEWISE_BINARY,
                                {"serve", "--listen", "127.0.0.1:0", "--threads", "2", "--db", dir.File("p.db"),
                                 "--data-dir", dir.File("data"), "--password-hash-cost", "minimum"});
  ASSERT_TRUE(server.started()) << server.output();
  testing::RunSavedMealsScenario(server.port());
}

}  // namespace
}  // namespace platewise
