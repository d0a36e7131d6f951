#ifndef PLATEWISE_IMPORT_FDC_IMPORT_TEST_SUPPORT_H_
#define PLATEWISE_IMPORT_FDC_IMPORT_TEST_SUPPORT_H_

// What the tests of the FoodData Central readers share: a store that knows
// SR24's nutrient catalog, the fixtures of tests/data/imports/fdc/, and an
// import as `platewise import fdc` runs it (read, then write each dataset).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "import/fdc_download.h"
#include "import/fdc_foods.h"
#include "import/history_import_test_support.h"
#include "import/shared_food_import.h"

namespace platewise::testing {

class FdcImportTest : public ::testing::Test {
 protected:
  ImporterTestStore store_;

  static std::string Data(const std::string& name) {
    return std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/fdc/" + name;
  }
  Result<ImportSummary> Import(const std::vector<std::string>& paths) {
    ImportSummary summary;
    summary.format = "fdc";
    PW_RETURN_IF_ERROR(WriteSharedFoods(
        *store_.store().foods,
        [&](ImportSummary& into, const FoodSink& put) { return ReadFdcDownload(paths, Sr24Nutrients(), into, put); },
        summary));
    return summary;
  }
  Food FoodOf(const std::string& id) {
    auto f = store_.store().foods->GetFood(id);
    EXPECT_TRUE(f.ok()) << id << ": " << f.status().message();
    return f.ok() ? **f : Food{};
  }
  static bool HasProblem(const ImportSummary& s, const std::string& file, std::int64_t line,
                         const std::string& words) {
    for (const ImportProblem& p : s.problems) {
      if (p.file == file && p.line == line && p.reason.find(words) != std::string::npos) return true;
    }
    return false;
  }
  static bool HasNote(const ImportSummary& s, const std::string& words) {
    for (const std::string& n : s.notes) {
      if (n.find(words) != std::string::npos) return true;
    }
    return false;
  }
};

}  // namespace platewise::testing

#endif  // PLATEWISE_IMPORT_FDC_IMPORT_TEST_SUPPORT_H_
