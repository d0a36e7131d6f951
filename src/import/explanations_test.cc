#include "import/explanations.h"

#include <gtest/gtest.h>

#include <fstream>

#include "testing/temp_dir.h"

namespace platewise {
namespace {

TEST(ExplanationsTest, BundledNotesCoverTheShortfallNutrientsAndCiteSources) {
  auto texts = LoadExplanations(std::string(PLATEWISE_BUNDLED_DATA_DIR) + "/nutrients/explanations");
  ASSERT_TRUE(texts.ok()) << texts.status().message();
  for (const char* key : {"magnesium", "calcium", "iron", "potassium", "fiber", "vitamin_d", "vitamin_c", "folate",
                          "vitamin_a_rae", "zinc", "vitamin_b12"}) {
    auto it = texts->find(key);
    ASSERT_NE(it, texts->end()) << key;
    EXPECT_NE(it->second.find("Sources"), std::string::npos) << key;
    EXPECT_NE(it->second.find("Foods rich in"), std::string::npos) << key;
    EXPECT_EQ(it->second.find("diagnos"), std::string::npos) << key << ": the caution is added by the report";
  }
}

TEST(ExplanationsTest, ReadsMarkdownFilesByKeyAndRejectsMissingFolder) {
  testing::TempDir dir;
  std::ofstream(dir.File("magnesium.md")) << "Magnesium helps muscles.\n\n";
  std::ofstream(dir.File("notes.txt")) << "ignored";
  auto texts = LoadExplanations(dir.path().string());
  ASSERT_TRUE(texts.ok());
  ASSERT_EQ(texts->size(), 1u);
  EXPECT_EQ(texts->at("magnesium"), "Magnesium helps muscles.");
  EXPECT_EQ(LoadExplanations(dir.File("nope")).status().code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace platewise
