// The import routes without a server: the name a job keeps for its file, and
// the refusals answered before any job is made (on the in-memory store).

#include "http/import_routes.h"

#include <gtest/gtest.h>

#include "core/testing/fixed_clock.h"
#include "storage/memory/memory_store.h"
#include "testing/temp_dir.h"

namespace platewise::http {
namespace {

TEST(UploadFileNameTest, KeepsTheLastPartWithSafeCharactersOnly) {
  const std::pair<const char*, const char*> cases[] = {
      {"Nutrition-Summary.csv", "Nutrition-Summary.csv"},
      {"C:\\Users\\ann\\export.xml", "export.xml"},
      {"../../etc/passwd", "passwd"},
      {"a/b/servings (1).csv", "servings 1.csv"},
      {".hidden", "hidden"},
      {"..", "upload"},
      {"", "upload"},
      {"  spaced  ", "spaced"},
      {"caf\xc3\xa9.csv", "caf.csv"},
      {"semi;colon$.csv", "semicolon.csv"},
  };
  for (const auto& [given, kept] : cases) EXPECT_EQ(UploadFileName(given), kept) << given;
  EXPECT_EQ(UploadFileName(std::string(300, 'x')).size(), 100u);
}

TEST(ImportRoutesTest, RefusalsComeBeforeAnyJob) {
  testing::TempDir dir;
  auto store = OpenMemoryStore();
  ASSERT_TRUE(store.ok());
  platewise::testing::FixedClock clock(CivilDate{2026, 1, 1});
  NoFoodIndexUpdates index;
  UseCaseContext ctx{**store, clock, index};
  ImportJobRunner runner(ctx, {.folder = dir.File("imports")});
  ASSERT_TRUE(runner.Start().ok());
  Router router;
  AddImportRoutes(router, runner);
  auto post = [&](std::map<std::string, std::string> query, bool signed_in) {
    Request req{"POST", kImportsPath, std::move(query), {}, ""};
    if (signed_in) {
      req.auth.via = RequestAuth::Via::kApiToken;
      req.auth.user = 1;
    }
    return router.Dispatch(req)->status;
  };
  EXPECT_EQ(post({{"format", "mfp"}}, false), 401);
  EXPECT_EQ(post({}, true), 400);
  EXPECT_EQ(post({{"format", "xlsx"}}, true), 400);
  EXPECT_EQ(post({{"format", "fdc"}}, true), 403);
  EXPECT_EQ(post({{"format", "mfp"}, {"weight_unit", "stone"}}, true), 400);
  EXPECT_EQ(post({{"format", "mfp"}}, true), 400);  // no file: an empty body
}

}  // namespace
}  // namespace platewise::http
