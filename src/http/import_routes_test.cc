// The import routes without a server: the name a job keeps for its file, and
// the refusals answered before any job is made (on the in-memory store).

#include "http/import_routes.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <thread>

#include "import/import_formats.h"

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

// Defect found under the sanitizer build: the job's progress was saved from
// the readers' progress reports, and the file's second read (the write) runs
// inside the store's transaction, so saving it there waited for the lock the
// import itself held, and the job never finished. Progress saved on every
// report (progress_every 0) over a file of several 64 KiB reads ends done.
TEST(ImportJobRunnerTest, AJobWhoseProgressIsSavedAtEveryReportFinishes) {
  testing::TempDir dir;
  auto store = OpenMemoryStore();
  ASSERT_TRUE(store.ok());
  platewise::testing::FixedClock clock(CivilDate{2026, 1, 1});
  NoFoodIndexUpdates index;
  UseCaseContext ctx{**store, clock, index};
  ASSERT_TRUE((*store)
                  ->foods
                  ->ImportDataset({"test-catalog", "catalog only",
                                   {Nutrient{"energy", "Energy", "kcal", 208}, Nutrient{"protein", "Protein", "g", 203}},
                                   {}})
                  .ok());
  ImportJobRunner runner(ctx, {.folder = dir.File("imports"), .progress_every = std::chrono::milliseconds(0)});
  ASSERT_TRUE(runner.Start().ok());
  std::string csv = "Date,Meal,Calories,Protein (g),Note\n";
  for (int d = 1; d <= 28; ++d) {
    for (int m = 1; m <= 12; ++m) {
      for (const char* meal : {"Breakfast", "Lunch", "Dinner", "Snacks"}) {
        char date[16];
        std::snprintf(date, sizeof date, "2020-%02d-%02d", m, d);
        csv += std::string(date) + "," + meal + ",500,20," + std::string(200, 'n') + "\n";
      }
    }
  }
  ASSERT_GT(csv.size(), 3u * 65536);
  const std::string upload = dir.File("upload.csv");
  std::ofstream(upload, std::ios::binary) << csv;
  auto job = runner.Submit(kLocalUser, *FindImportFormat("mfp"), {}, "Nutrition-Summary.csv", upload);
  ASSERT_TRUE(job.ok()) << job.status().message();
  Result<ImportJob> now = job;
  for (int i = 0; i < 300 && now.ok() && (now->state == ImportJobState::kQueued || now->state == ImportJobState::kRunning);
       ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    now = runner.Get(kLocalUser, job->id);
  }
  ASSERT_TRUE(now.ok()) << now.status().message();
  EXPECT_EQ(now->state, ImportJobState::kDone) << now->error;
  EXPECT_EQ(now->rows_written, 28 * 12 * 4);
}

}  // namespace
}  // namespace platewise::http
