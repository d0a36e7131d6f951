#ifndef PLATEWISE_IMPORT_HISTORY_IMPORT_TEST_SUPPORT_H_
#define PLATEWISE_IMPORT_HISTORY_IMPORT_TEST_SUPPORT_H_

// What the tests of the personal-history importers share: one person on an
// in-memory store behind the caches (as `serve` reads a store) that knows
// SR24's nutrient catalog (the foods themselves are not needed), a fixed
// clock, and helpers that read export files of tests/data/imports/ and write
// them as `platewise import` does (read every file, then write them one by
// one).

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/ports/food_index_updates.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/use_case_context.h"
#include "import/usda_sr24.h"
#include "storage/caching/with_caches.h"
#include "storage/memory/memory_store.h"
#include "import/cronometer_export.h"
#include "import/history_import_run.h"
#include "import/mfp_export.h"
#include "testing/temp_dir.h"

namespace platewise::testing {

// SR24's nutrients, read once per test program.
inline const std::vector<Nutrient>& Sr24Nutrients() {
  static const std::vector<Nutrient>* nutrients = [] {
    auto sr24 = ReadUsdaSr24Nutrients(std::string(PLATEWISE_SOURCE_DIR) + "/data/usda-sr24");
    if (!sr24.ok()) throw std::runtime_error(sr24.status().message());
    return new std::vector<Nutrient>(std::move(*sr24));
  }();
  return *nutrients;
}

class ImporterTestStore {
 public:
  ImporterTestStore() {
    auto memory = OpenMemoryStore();
    if (!memory.ok()) throw std::runtime_error(memory.status().message());
    store_ = WithCaches(std::move(*memory));
    auto imported = store_->foods->ImportDataset(FoodDataset{kUsdaSr24Source, "catalog-only", Sr24Nutrients(), {}});
    if (!imported.ok()) throw std::runtime_error(imported.status().message());
  }
  Store& store() { return *store_; }
  UserId NewUser(const std::string& email) {
    auto id = store_->accounts->CreateUser(email, "no sign-in");
    if (!id.ok()) throw std::runtime_error(id.status().message());
    return *id;
  }

 private:
  std::unique_ptr<Store> store_;
};

class HistoryImportTest : public ::testing::Test {
 protected:
  ImporterTestStore store_;
  FixedClock clock_{CivilDate{2026, 12, 1}};
  NoFoodIndexUpdates no_index_;
  UseCaseContext ctx_{store_.store(), clock_, no_index_};
  UserId user_ = store_.NewUser("a@example.org");
  TempDir dir_;

  // A fixture file: "mfp/nutrition_crlf.csv".
  static std::string Data(const std::string& name) {
    return std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/" + name;
  }
  // A file of the test's own, with these bytes.
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = dir_.File(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  // `platewise import mfp` and `import cronometer` of `paths`.
  Result<ImportSummary> Mfp(const std::vector<std::string>& paths, HistoryReadOptions options = {}) {
    return Import([&](ImportSummary& summary, const HistoryFileSink& put) {
      return ReadMfpExport(paths, options, summary, put);
    });
  }
  Result<ImportSummary> Cronometer(const std::vector<std::string>& paths) {
    return Import([&](ImportSummary& summary, const HistoryFileSink& put) {
      return ReadCronometerExport(paths, summary, put);
    });
  }
  Result<ImportSummary> Import(const HistoryRead& read) {
    ImportSummary summary;
    PW_RETURN_IF_ERROR(WriteHistoryFiles(ctx_, user_, read, summary));
    return summary;
  }

  // The person's diary entries, by date, then meal, then id.
  std::vector<DiaryEntry> Entries() {
    auto all = store_.store().diary->ListAll(user_);
    EXPECT_TRUE(all.ok());
    std::vector<DiaryEntry> out = all.ok() ? *all : std::vector<DiaryEntry>{};
    std::sort(out.begin(), out.end(), [](const DiaryEntry& a, const DiaryEntry& b) {
      if (a.date != b.date) return a.date < b.date;
      if (a.meal != b.meal) return a.meal < b.meal;
      return a.id < b.id;
    });
    return out;
  }
  std::vector<DiaryEntry> EntriesOn(CivilDate day) {
    std::vector<DiaryEntry> out;
    for (const DiaryEntry& e : Entries()) {
      if (e.date == day) out.push_back(e);
    }
    return out;
  }
  Food FoodOf(const DiaryEntry& e) {
    auto f = store_.store().foods->GetVisibleFood(user_, e.food_id);
    EXPECT_TRUE(f.ok()) << e.food_id;
    return f.ok() ? **f : Food{};
  }
  // The entry's amount of the nutrient; nullopt when its food does not report it.
  std::optional<double> Amount(const DiaryEntry& e, const std::string& key) {
    auto per_100g = FoodOf(e).per_100g.Get(key);
    if (!per_100g) return std::nullopt;
    return *per_100g * e.grams.value() / 100;
  }
  std::vector<WeightEntry> Weights() {
    auto w = store_.store().weights->List(user_, std::nullopt, std::nullopt);
    EXPECT_TRUE(w.ok());
    std::vector<WeightEntry> out = w.ok() ? *w : std::vector<WeightEntry>{};
    std::sort(out.begin(), out.end(), [](const WeightEntry& a, const WeightEntry& b) { return a.date < b.date; });
    return out;
  }
  std::vector<ExerciseEntry> Exercises() {
    auto x = store_.store().exercise->ListAll(user_);
    EXPECT_TRUE(x.ok());
    std::vector<ExerciseEntry> out = x.ok() ? *x : std::vector<ExerciseEntry>{};
    std::sort(out.begin(), out.end(), [](const ExerciseEntry& a, const ExerciseEntry& b) {
      return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    return out;
  }
  // Whether some skip's reason contains `text`.
  static bool Skipped(const ImportSummary& s, const std::string& text) {
    for (const ImportProblem& p : s.problems) {
      if (p.reason.find(text) != std::string::npos) return true;
    }
    return false;
  }
  static bool Noted(const ImportSummary& s, const std::string& text) {
    for (const std::string& n : s.notes) {
      if (n.find(text) != std::string::npos) return true;
    }
    return false;
  }
};

}  // namespace platewise::testing

#endif  // PLATEWISE_IMPORT_HISTORY_IMPORT_TEST_SUPPORT_H_
