// Exports and downloads that come as a ZIP (tests/data/imports/zip/): the
// members a format reads are extracted into a private folder that goes
// away with the ZipFiles, and a ZIP that cannot be read safely is refused.

#include "import/zip_archive.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

namespace platewise {
namespace {

std::string Data(const std::string& name) { return std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/" + name; }

bool Csv(const std::string& name) { return name.size() > 4 && name.substr(name.size() - 4) == ".csv"; }

std::vector<std::string> Names(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) out.push_back(std::filesystem::path(p).filename().string());
  return out;
}

TEST(ZipArchiveTest, AnExportsZipGivesTheMembersTheFormatReadsAndOtherPathsStay) {
  auto files = ZipFiles::Expand({Data("zip/mfp-export.zip"), Data("mfp/nutrition_crlf.csv")}, Csv, false);
  ASSERT_TRUE(files.ok()) << files.status().message();
  EXPECT_EQ(Names((*files)->paths()),
            (std::vector<std::string>{"Nutrition-Summary-2026-03-01-to-2026-03-02.csv",
                                      "Measurement-Summary-2026-03-01-to-2026-03-02.csv",
                                      "Exercise-Summary-2026-03-01-to-2026-03-02.csv", "nutrition_crlf.csv"}));
  // Byte for byte the file that was zipped.
  EXPECT_EQ(std::filesystem::file_size((*files)->paths()[0]),
            std::filesystem::file_size(Data("mfp/nutrition_per_meal_bom.csv")));
}

TEST(ZipArchiveTest, TheExtractedFilesArePrivateAndGoAwayWithTheZipFiles) {
  std::string extracted;
  {
    auto files = ZipFiles::Expand({Data("zip/apple-health-export.zip")},
                                  [](const std::string& n) { return n == "export.xml"; }, false);
    ASSERT_TRUE(files.ok()) << files.status().message();
    ASSERT_EQ(Names((*files)->paths()), (std::vector<std::string>{"export.xml"}));  // not export_cda.xml or routes
    extracted = (*files)->paths()[0];
    struct stat st {};
    ASSERT_EQ(stat(std::filesystem::path(extracted).parent_path().parent_path().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700u);
    EXPECT_TRUE(std::filesystem::exists(extracted));
  }
  EXPECT_FALSE(std::filesystem::exists(extracted));
}

TEST(ZipArchiveTest, AMemberNamedToEscapeTheFolderIsWrittenInsideIt) {
  auto files = ZipFiles::Expand({Data("zip/traversal.zip")}, Csv, false);
  ASSERT_TRUE(files.ok()) << files.status().message();
  ASSERT_EQ((*files)->paths().size(), 1u);
  const std::filesystem::path p = (*files)->paths()[0];
  EXPECT_EQ(p.filename(), "escaped-Nutrition-Summary.csv");
  EXPECT_EQ(p.parent_path().filename(), "traversal.zip");  // the folder named after the ZIP
}

TEST(ZipArchiveTest, AsAFolderTheZipIsOneFolderOfItsMembers) {
  auto files = ZipFiles::Expand({Data("zip/fdc-foundation.zip")}, Csv, true);
  ASSERT_TRUE(files.ok()) << files.status().message();
  ASSERT_EQ((*files)->paths().size(), 1u);
  EXPECT_TRUE(std::filesystem::is_directory((*files)->paths()[0]));
  EXPECT_TRUE(std::filesystem::exists((*files)->paths()[0] + "/food.csv"));
}

TEST(ZipArchiveTest, ZipsThatCannotBeReadSafelyAreRefusedNamingWhy) {
  auto duplicate = ZipFiles::Expand({Data("zip/duplicate.zip")}, Csv, false);
  ASSERT_FALSE(duplicate.ok());
  EXPECT_NE(duplicate.status().message().find("two members are named Nutrition-Summary.csv"), std::string::npos);
  auto nothing = ZipFiles::Expand({Data("zip/nothing-to-read.zip")}, Csv, false);
  ASSERT_FALSE(nothing.ok());
  EXPECT_NE(nothing.status().message().find("holds no file this import reads"), std::string::npos);
  auto damaged = ZipFiles::Expand({Data("zip/damaged.zip")}, Csv, false);
  ASSERT_FALSE(damaged.ok());
  EXPECT_NE(damaged.status().message().find("damaged.zip: not a ZIP that can be read"), std::string::npos);
}

}  // namespace
}  // namespace platewise
