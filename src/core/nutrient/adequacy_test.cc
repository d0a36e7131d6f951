#include "core/nutrient/adequacy.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

NutrientTarget Target(std::optional<double> ear, std::optional<double> rda, std::optional<double> ai,
                      std::optional<double> ul) {
  NutrientTarget t;
  t.key = "n";
  t.ear = ear;
  t.rda = rda;
  t.ai = ai;
  t.ul = ul;
  return t;
}

TEST(AdequacyTest, StatusAtEachBoundary) {
  NutrientTarget mg = Target(265, 320, std::nullopt, 350);  // magnesium, women 31-50
  NutrientTarget fiber = Target(std::nullopt, std::nullopt, 25, std::nullopt);
  NutrientTarget protein = Target(std::nullopt, 46, std::nullopt, std::nullopt);
  struct Case {
    const NutrientTarget* target;
    std::optional<double> mean;
    std::optional<double> ul_intake;
    Adequacy expected;
  };
  const Case kCases[] = {
      {&mg, 0, 0, Adequacy::kLikelyInadequate},
      {&mg, 264.999, 0, Adequacy::kLikelyInadequate},
      {&mg, 265, 0, Adequacy::kPossiblyInadequate},
      {&mg, 319.999, 0, Adequacy::kPossiblyInadequate},
      {&mg, 320, 0, Adequacy::kAdequate},
      {&mg, 900, 0, Adequacy::kAdequate},              // food magnesium over 350: not above the UL
      {&mg, 900, 350, Adequacy::kAdequate},            // supplements at the UL: not over it
      {&mg, 500, 350.001, Adequacy::kAboveUl},         // supplements over the UL
      {&mg, 200, 400, Adequacy::kAboveUl},             // above-ul wins over a shortfall
      {&mg, std::nullopt, 0, Adequacy::kCannotJudge},  // not analysed is never 0
      {&fiber, 24.999, std::nullopt, Adequacy::kCannotJudge},
      {&fiber, 25, std::nullopt, Adequacy::kAdequate},
      {&protein, 45.9, std::nullopt, Adequacy::kPossiblyInadequate},
      {&protein, 46, std::nullopt, Adequacy::kAdequate},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(JudgeAdequacy(*c.target, c.mean, c.ul_intake), c.expected)
        << c.mean.value_or(-1) << " / " << c.ul_intake.value_or(-1);
  }
  EXPECT_STREQ(AdequacyName(Adequacy::kLikelyInadequate), "likely-inadequate");
  EXPECT_STREQ(AdequacyName(Adequacy::kAboveUl), "above-ul");
}

// Sodium has an AI (1,500 mg) and no UL, but a chronic disease risk reduction
// intake (2,300 mg): above it the intake is flagged, never "adequate".
TEST(AdequacyTest, SodiumAboveItsCdrrIsFlaggedNotAdequate) {
  NutrientTarget sodium = Target(std::nullopt, std::nullopt, 1500, std::nullopt);
  sodium.cdrr = 2300;
  EXPECT_EQ(JudgeAdequacy(sodium, 2300, 2300), Adequacy::kAdequate);
  EXPECT_EQ(JudgeAdequacy(sodium, 2300.5, 2300.5), Adequacy::kAboveCdrr);
  EXPECT_EQ(JudgeAdequacy(sodium, 1499, 1499), Adequacy::kCannotJudge);
  EXPECT_EQ(JudgeAdequacy(sodium, std::nullopt, std::nullopt), Adequacy::kCannotJudge);
  EXPECT_STREQ(AdequacyName(Adequacy::kAboveCdrr), "above-cdrr");
}

}  // namespace
}  // namespace platewise
