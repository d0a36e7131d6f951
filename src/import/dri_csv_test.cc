#include "import/dri_csv.h"

#include <gtest/gtest.h>

#include <fstream>

#include "testing/temp_dir.h"

namespace platewise {
namespace {

const NutrientTarget* Find(const std::vector<NutrientTarget>& targets, const std::string& key) {
  for (const auto& t : targets) {
    if (t.key == key) return &t;
  }
  return nullptr;
}

class BundledDriTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto t = ReadDriCsv(std::string(PLATEWISE_BUNDLED_DATA_DIR) + "/dri/dri.csv");
    ASSERT_TRUE(t.ok()) << t.status().message();
    table_ = new DriTable(std::move(*t));
  }
  static const DriTable* table_;
};
const DriTable* BundledDriTest::table_ = nullptr;

TEST_F(BundledDriTest, ReadsEveryRow) { EXPECT_EQ(table_->rows().size(), 818u); }

// The magnesium numbers of data/dri/README.md, across every adult boundary.
TEST_F(BundledDriTest, MagnesiumAcrossLifeStageBoundaries) {
  struct Case {
    DriPerson person;
    double ear, rda;
    const char* group;
  };
  const Case kCases[] = {
      {{Sex::kFemale, 18, false, false}, 300, 360, "girls 14-18"},
      {{Sex::kFemale, 19, false, false}, 255, 310, "women 19-30"},
      {{Sex::kFemale, 30, false, false}, 255, 310, "women 19-30"},
      {{Sex::kFemale, 31, false, false}, 265, 320, "women 31-50"},
      {{Sex::kFemale, 40, false, false}, 265, 320, "women 31-50"},
      {{Sex::kFemale, 70, false, false}, 265, 320, "women 51-70"},
      {{Sex::kFemale, 71, false, false}, 265, 320, "women over 70"},
      {{Sex::kMale, 18, false, false}, 340, 410, "boys 14-18"},
      {{Sex::kMale, 19, false, false}, 330, 400, "men 19-30"},
      {{Sex::kMale, 30.9, false, false}, 330, 400, "men 19-30"},
      {{Sex::kMale, 31, false, false}, 350, 420, "men 31-50"},
      {{Sex::kMale, 71, false, false}, 350, 420, "men over 70"},
      {{Sex::kFemale, 18, true, false}, 335, 400, "pregnant women 14-18"},
      {{Sex::kFemale, 19, true, false}, 290, 350, "pregnant women 19-30"},
      {{Sex::kFemale, 31, true, false}, 300, 360, "pregnant women 31-50"},
      {{Sex::kFemale, 30, false, true}, 255, 310, "breastfeeding women 19-30"},
      {{Sex::kFemale, 31, false, true}, 265, 320, "breastfeeding women 31-50"},
  };
  for (const Case& c : kCases) {
    auto targets = table_->TargetsFor(c.person);
    ASSERT_TRUE(targets.ok()) << targets.status().message();
    const NutrientTarget* mg = Find(*targets, "magnesium");
    ASSERT_NE(mg, nullptr);
    EXPECT_EQ(mg->ear, c.ear) << c.group << " " << c.person.age_years;
    EXPECT_EQ(mg->rda, c.rda) << c.group << " " << c.person.age_years;
    EXPECT_EQ(mg->ai, std::nullopt);
    EXPECT_EQ(mg->ul, 350);
    EXPECT_EQ(mg->ul_scope, UlScope::kSupplements);
    EXPECT_EQ(mg->group, c.group);
  }
}

TEST_F(BundledDriTest, OtherBoundariesAndUlScopes) {
  auto at = [&](Sex sex, double age, bool pregnant, bool lactating) {
    auto t = table_->TargetsFor({sex, age, pregnant, lactating});
    EXPECT_TRUE(t.ok()) << t.status().message();
    return std::move(*t);
  };
  // Calcium: women 50 vs 51 (RDA 1000 -> 1200); men 70 vs 71 (1000 -> 1200).
  EXPECT_EQ(Find(at(Sex::kFemale, 50, false, false), "calcium")->rda, 1000);
  EXPECT_EQ(Find(at(Sex::kFemale, 51, false, false), "calcium")->rda, 1200);
  EXPECT_EQ(Find(at(Sex::kMale, 70, false, false), "calcium")->rda, 1000);
  EXPECT_EQ(Find(at(Sex::kMale, 71, false, false), "calcium")->rda, 1200);
  // Vitamin D: RDA 15 ug up to 70, 20 ug over 70.
  EXPECT_EQ(Find(at(Sex::kFemale, 70, false, false), "vitamin_d")->rda, 15);
  EXPECT_EQ(Find(at(Sex::kFemale, 71, false, false), "vitamin_d")->rda, 20);
  // Iron: pregnancy 27 mg, lactation (19-50) 9 mg, women 19-50 18 mg.
  EXPECT_EQ(Find(at(Sex::kFemale, 30, false, false), "iron")->rda, 18);
  EXPECT_EQ(Find(at(Sex::kFemale, 30, true, false), "iron")->rda, 27);
  EXPECT_EQ(Find(at(Sex::kFemale, 30, false, true), "iron")->rda, 9);
  // Fiber has an AI only; sodium has no UL.
  auto woman = at(Sex::kFemale, 40, false, false);
  EXPECT_EQ(Find(woman, "fiber")->ai, 25);
  EXPECT_EQ(Find(woman, "fiber")->rda, std::nullopt);
  EXPECT_EQ(Find(woman, "sodium")->ul, std::nullopt);
  // Sodium's chronic disease risk reduction intake (NASEM 2019): 2,300 mg from
  // 14 years, 1,800 mg at 9-13; no other nutrient has one.
  EXPECT_EQ(Find(woman, "sodium")->cdrr, 2300);
  EXPECT_EQ(Find(at(Sex::kMale, 15, false, false), "sodium")->cdrr, 2300);
  EXPECT_EQ(Find(at(Sex::kMale, 12, false, false), "sodium")->cdrr, 1800);
  for (const NutrientTarget& t : woman) {
    if (t.key != "sodium") {
      EXPECT_EQ(t.cdrr, std::nullopt) << t.key;
    }
  }
  EXPECT_EQ(Find(woman, "vitamin_a_rae")->ul_scope, UlScope::kRetinol);
  EXPECT_EQ(Find(woman, "folate")->ul_scope, UlScope::kSynthetic);
  EXPECT_EQ(Find(woman, "calcium")->ul_scope, UlScope::kAllSources);
}

TEST(DriCsvTest, RejectsMalformedFiles) {
  testing::TempDir dir;
  const std::string header = "key,nutrient,unit,life_stage,sex,age_from,age_until,ear,rda,ai,ul,cdrr,note\n";
  struct Case {
    std::string text;
    const char* message_part;
  };
  const Case kCases[] = {
      {"key,nutrient\n", "header"},
      {header + "magnesium,Magnesium,mg,elder,female,19,31,255,310,,350,,\n", "\"elder\""},
      {header + "magnesium,Magnesium,mg,female,female,19,31,lots,310,,350,,\n", "\"lots\""},
      {header + "magnesium,Magnesium,mg,female,female,19,31,-1,310,,350,,\n", "\"-1\""},
      {header + "magnesium,Magnesium,mg,female,female,19,31,255,310,,350,\n", "13 fields"},
      {header + "magnesium,Magnesium,mg,female,female,19,31,,,,,,\nmagnesium,Magnesium,mg,female,female,30,51,,,,,,\n",
       "overlap"},
  };
  for (const Case& c : kCases) {
    std::string path = dir.File("dri.csv");
    std::ofstream(path) << c.text;
    auto t = ReadDriCsv(path);
    ASSERT_FALSE(t.ok()) << c.text;
    EXPECT_NE(t.status().message().find(c.message_part), std::string::npos) << t.status().message();
  }
  EXPECT_EQ(ReadDriCsv(dir.File("missing.csv")).status().code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace platewise
