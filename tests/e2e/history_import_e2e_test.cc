// End-to-end: `platewise import mfp|cronometer`, the real binary on a real
// SQLite file, with the export fixtures of tests/data/imports/.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;

class HistoryImportCliTest : public ::testing::Test {
 protected:
  testing::CommandResult Run(std::vector<std::string> args) {
    args.insert(args.end(), {"--db", testing::SeededDatabase(PLATEWISE_BINARY, dir_, "platewise.db")});
    return testing::RunCommand(PLATEWISE_BINARY, args);
  }
  static std::string Data(const std::string& name) {
    return std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/" + name;
  }
  json Day(const std::string& date) {
    auto r = Run({"log", "day", date, "--json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
  }
  testing::TempDir dir_;
};

TEST_F(HistoryImportCliTest, AMyFitnessPalExportLandsOnceHoweverOftenItIsImported) {
  const std::vector<std::string> files = {"import", "mfp", Data("mfp/nutrition_per_meal_bom.csv"),
                                          Data("mfp/measurement_custom.csv"), Data("mfp/exercise_pounds.csv"),
                                          "--json"};
  auto first = Run(files);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  json s = json::parse(first.out);
  EXPECT_EQ(s["format"], "mfp");
  EXPECT_EQ(s["entries"], 4);
  EXPECT_EQ(s["days"], 2);
  EXPECT_EQ(s["weights"], 2);
  EXPECT_EQ(s["exercises"], 2);
  EXPECT_EQ(s["skipped"], 4);
  EXPECT_NEAR(Day("2026-03-01")["totals"]["energy_kcal"].get<double>(), 420.5 + 650 + 250, 1e-6);

  auto again = Run(files);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  json a = json::parse(again.out);
  EXPECT_EQ(a["unchanged_files"].size(), 3u);
  EXPECT_EQ(a["entries"], 0);
  EXPECT_NEAR(Day("2026-03-01")["totals"]["energy_kcal"].get<double>(), 420.5 + 650 + 250, 1e-6);
  auto weights = Run({"weight", "list", "--json"});
  ASSERT_EQ(weights.exit_code, 0) << weights.err;
  json w = json::parse(weights.out)["weights"];
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0]["date"], "2026-03-01");
  EXPECT_NEAR(w[0]["weight_kg"].get<double>(), 165.2 * 0.45359237, 1e-6);
}

TEST_F(HistoryImportCliTest, ABadFileIsRefusedNamingItsLineAndNothingIsWritten) {
  ASSERT_EQ(Run({"import", "mfp", Data("mfp/nutrition_crlf.csv")}).exit_code, 0);
  const double before = Day("2026-03-03")["totals"]["energy_kcal"].get<double>();
  auto bad = Run({"import", "mfp", Data("mfp/nutrition_per_meal_bom.csv"), Data("mfp/nutrition_bad_number.csv")});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("nutrition_bad_number.csv:3: column \"Calories\""), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("nothing was imported"), std::string::npos) << bad.err;
  EXPECT_EQ(Day("2026-03-03")["totals"]["energy_kcal"].get<double>(), before);
  EXPECT_EQ(Day("2026-03-01")["meals"].dump(), Day("2026-02-01")["meals"].dump());  // nothing of the good file
  auto unit = Run({"import", "mfp", Data("mfp/measurement_custom.csv")});
  EXPECT_EQ(unit.exit_code, 2);
  EXPECT_NE(unit.err.find("--weight-unit"), std::string::npos) << unit.err;
  auto flag = Run({"import", "mfp", Data("mfp/measurement_custom.csv"), "--weight-unit", "stone"});
  EXPECT_EQ(flag.exit_code, 2);
  EXPECT_NE(flag.err.find("--weight-unit"), std::string::npos) << flag.err;
}

TEST_F(HistoryImportCliTest, ACronometerExportBringsFoodsWeightsAndExerciseAndSaysWhatItLeftOut) {
  auto r = Run({"import", "cronometer", Data("cronometer/servings.csv"), Data("cronometer/dailysummary.csv"),
                Data("cronometer/biometrics.csv"), Data("cronometer/exercises.csv"), Data("cronometer/notes.csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Imported 5 files: 9 diary entries on 3 days, 2 weights, 3 exercises"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("note: notes.csv: notes are not imported"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("skipped: servings.csv:10: the row has no Food Name"), std::string::npos) << r.out;
  json mar1 = Day("2026-03-01");
  EXPECT_NEAR(mar1["totals"]["energy_kcal"].get<double>(), 150.4 + 122 + 14, 1e-6);
  EXPECT_NEAR(mar1["totals"]["magnesium_mg"].get<double>(), 55 + 27 + 47.4, 1e-6);
  EXPECT_NEAR(mar1["exercise_kcal"].get<double>(), 500, 1e-6);
  EXPECT_NEAR(Day("2026-02-28")["totals"]["energy_kcal"].get<double>(), 1850, 1e-6);  // a day only the summary has
}

TEST_F(HistoryImportCliTest, AppleHealthBodyMassRecordsAreWeighInsAndAnEntityIsRefused) {
  auto r = Run({"import", "apple-health", Data("apple-health/export.xml"), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json s = json::parse(r.out);
  EXPECT_EQ(s["format"], "apple-health");
  EXPECT_EQ(s["weights"], 3);
  auto weights = Run({"weight", "list", "--json"});
  ASSERT_EQ(weights.exit_code, 0) << weights.err;
  json w = json::parse(weights.out)["weights"];
  ASSERT_EQ(w.size(), 3u);
  EXPECT_NEAR(w[0]["weight_kg"].get<double>(), 70.4, 1e-9);
  auto evil = Run({"import", "apple-health", Data("apple-health/external_entity.xml")});
  EXPECT_EQ(evil.exit_code, 2);
  EXPECT_NE(evil.err.find("declares the entity \"secret\""), std::string::npos) << evil.err;
  EXPECT_EQ(evil.err.find("root:"), std::string::npos) << evil.err;  // nothing of /etc/passwd
}

// The export as MyFitnessPal e-mails it, a ZIP of a folder of the three CSVs
// (and a README): read as its files are, so the files given one by one
// afterwards are the same bytes, imported before.
TEST_F(HistoryImportCliTest, AMyFitnessPalZipIsReadAsTheFilesInIt) {
  auto zipped = Run({"import", "mfp", std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/zip/mfp-export.zip", "--json"});
  ASSERT_EQ(zipped.exit_code, 0) << zipped.err;
  json s = json::parse(zipped.out);
  EXPECT_EQ(s["files"].size(), 3u);
  EXPECT_EQ(s["entries"], 4);
  EXPECT_EQ(s["weights"], 2);
  EXPECT_EQ(s["exercises"], 2);
  auto files = Run({"import", "mfp", Data("mfp/nutrition_per_meal_bom.csv"), Data("mfp/measurement_custom.csv"),
                    Data("mfp/exercise_pounds.csv"), "--json"});
  ASSERT_EQ(files.exit_code, 0) << files.err;
  EXPECT_EQ(json::parse(files.out)["unchanged_files"].size(), 3u);
  auto broken = Run({"import", "mfp", std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/zip/duplicate.zip"});
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_NE(broken.err.find("two members are named"), std::string::npos) << broken.err;
}

}  // namespace
}  // namespace platewise
