#include "core/nutrient/dri_table.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

DriRow Row(const std::string& key, LifeStage stage, double from, double until, std::optional<double> rda) {
  return DriRow{key,          key, std::string("mg"), stage,        from,  until,
                std::nullopt, rda, std::nullopt,      std::nullopt, false, std::string(), std::nullopt};
}

DriTable SmallTable() {
  auto t = DriTable::Create({
      Row("x", LifeStage::kInfant, 0, 1, 1),
      Row("x", LifeStage::kChild, 1, 9, 2),
      Row("x", LifeStage::kFemale, 9, 19, 3),
      Row("x", LifeStage::kFemale, 19, 999, 4),
      Row("x", LifeStage::kMale, 9, 999, 5),
      Row("x", LifeStage::kPregnancy, 14, 51, 6),
      Row("x", LifeStage::kLactation, 14, 51, 7),
  });
  EXPECT_TRUE(t.ok()) << t.status().message();
  return std::move(*t);
}

TEST(DriTableTest, PicksTheRowOfTheLifeStageAndHalfOpenAgeBand) {
  DriTable t = SmallTable();
  struct Case {
    DriPerson person;
    double rda;
    const char* group;
  };
  const Case kCases[] = {
      {{Sex::kFemale, 0.3, false, false}, 1, "infants 0-12 months"},
      {{Sex::kMale, 1, false, false}, 2, "children 1-8"},
      {{Sex::kFemale, 8.99, false, false}, 2, "children 1-8"},
      {{Sex::kFemale, 9, false, false}, 3, "girls 9-18"},
      {{Sex::kFemale, 18.99, false, false}, 3, "girls 9-18"},
      {{Sex::kFemale, 19, false, false}, 4, "women over 18"},
      {{Sex::kMale, 40, false, false}, 5, "boys over 8"},
      {{Sex::kFemale, 30, true, false}, 6, "pregnant women 14-50"},
      {{Sex::kFemale, 30, false, true}, 7, "breastfeeding women 14-50"},
  };
  for (const Case& c : kCases) {
    auto targets = t.TargetsFor(c.person);
    ASSERT_TRUE(targets.ok()) << targets.status().message();
    ASSERT_EQ(targets->size(), 1u);
    EXPECT_EQ(targets->front().rda, c.rda) << c.person.age_years;
    EXPECT_EQ(targets->front().group, c.group);
    EXPECT_EQ(targets->front().goal(), c.rda);
  }
}

TEST(DriTableTest, RejectsPeopleTheTableCannotDescribe) {
  DriTable t = SmallTable();
  const DriPerson kRejected[] = {
      {Sex::kMale, 30, true, false},   {Sex::kFemale, 30, true, true},   {Sex::kFemale, 13, true, false},
      {Sex::kFemale, 51, false, true}, {Sex::kFemale, -1, false, false}, {Sex::kFemale, 121, false, false},
  };
  for (const DriPerson& p : kRejected) {
    auto r = t.TargetsFor(p);
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << p.age_years;
  }
}

TEST(DriTableTest, RejectsOverlappingOrEmptyBands) {
  EXPECT_FALSE(
      DriTable::Create({Row("x", LifeStage::kFemale, 19, 31, 1), Row("x", LifeStage::kFemale, 30, 51, 1)}).ok());
  EXPECT_FALSE(DriTable::Create({Row("x", LifeStage::kFemale, 31, 31, 1)}).ok());
  EXPECT_TRUE(
      DriTable::Create({Row("x", LifeStage::kFemale, 19, 31, 1), Row("x", LifeStage::kFemale, 31, 51, 1)}).ok());
}

TEST(DriTableTest, UlScopes) {
  EXPECT_EQ(UlScopeOf("magnesium"), UlScope::kSupplements);
  EXPECT_EQ(UlScopeOf("vitamin_a_rae"), UlScope::kRetinol);
  EXPECT_EQ(UlScopeOf("vitamin_e"), UlScope::kSynthetic);
  EXPECT_EQ(UlScopeOf("niacin"), UlScope::kSynthetic);
  EXPECT_EQ(UlScopeOf("folate"), UlScope::kSynthetic);
  EXPECT_EQ(UlScopeOf("calcium"), UlScope::kAllSources);
  EXPECT_STREQ(UlScopeName(UlScope::kSupplements), "supplements");
}

}  // namespace
}  // namespace platewise
