#include "core/nutrient/effective_targets.h"

#include <gtest/gtest.h>

#include "core/nutrient/adequacy.h"
#include "core/nutrient/nutrient_report.h"

namespace platewise {
namespace {

// Magnesium for women 31-50: EAR 265, RDA 320, UL 350 (supplements only).
NutrientTarget Magnesium() {
  NutrientTarget t;
  t.key = "magnesium";
  t.name = "Magnesium";
  t.unit = "mg";
  t.ear = 265;
  t.rda = 320;
  t.ul = 350;
  t.ul_scope = UlScope::kSupplements;
  t.group = "women 31-50";
  return t;
}

NutrientTarget With(const TargetOverride& o) { return ApplyOverrides({Magnesium()}, {o}).front(); }

StatusCode CodeOf(const Status& s) { return s.code(); }

TEST(EffectiveTargetsTest, AnOverrideChangesTheGoalAndKeepsTheDriBesideIt) {
  NutrientTarget t = With({"magnesium", 500, std::nullopt, TargetSource::kDoctor});
  EXPECT_EQ(t.goal(), 500);
  EXPECT_EQ(t.dri_goal(), 320);
  EXPECT_EQ(t.source, TargetSource::kDoctor);
  EXPECT_EQ(t.rda, 320);
  EXPECT_EQ(t.ul, 350);
  EXPECT_TRUE(TargetAboveUl(t)) << "the UL warning stays beside a doctor's target above it";
  EXPECT_FALSE(TargetAboveUl(Magnesium()));
}

TEST(EffectiveTargetsTest, OverridesOfOtherKeysAreLeftOutAndWithoutOneTheDriStands) {
  auto targets = ApplyOverrides({Magnesium()}, {{"iron", 20, std::nullopt, TargetSource::kOwn}});
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].source, TargetSource::kDri);
  EXPECT_EQ(targets[0].goal(), 320);
  EXPECT_EQ(targets[0].personal, std::nullopt);
}

TEST(EffectiveTargetsTest, CheckOverrideRefusesBadBoundsNamingTheField) {
  const NutrientTarget mg = Magnesium();
  EXPECT_TRUE(CheckOverride(mg, {"magnesium", 500, std::nullopt, TargetSource::kDoctor}).ok());
  EXPECT_TRUE(CheckOverride(mg, {"magnesium", 340, 350, TargetSource::kOwn}).ok()) << "at the UL is not above it";
  struct Case {
    TargetOverride o;
    const char* field;
  };
  const Case kCases[] = {
      {{"magnesium", 0, std::nullopt, TargetSource::kOwn}, "amount"},
      {{"magnesium", -5, std::nullopt, TargetSource::kDoctor}, "amount"},
      {{"magnesium", 3200.5, std::nullopt, TargetSource::kDoctor}, "amount"},  // over 10 x the RDA
      {{"magnesium", 350.5, std::nullopt, TargetSource::kOwn}, "amount"},      // over the UL, not a doctor's
      {{"magnesium", 300, 250, TargetSource::kOwn}, "upper"},                  // below the amount
      {{"magnesium", 300, 400, TargetSource::kOwn}, "upper"},                  // over the UL, not a doctor's
      {{"magnesium", 300, -1, TargetSource::kDoctor}, "upper"},
      {{"magnesium", 300, std::nullopt, TargetSource::kDri}, "source"},
  };
  for (const Case& c : kCases) {
    Status s = CheckOverride(mg, c.o);
    EXPECT_EQ(CodeOf(s), StatusCode::kUnprocessable) << c.o.amount;
    EXPECT_EQ(s.field(), c.field) << c.o.amount << ": " << s.message();
  }
  EXPECT_NE(CheckOverride(mg, {"magnesium", -5, std::nullopt, TargetSource::kDoctor}).message().find("more than 0 mg"),
            std::string::npos);
  EXPECT_NE(CheckOverride(mg, {"magnesium", 400, std::nullopt, TargetSource::kOwn}).message().find("350 mg"),
            std::string::npos)
      << "the UL is said in the nutrient's unit";
  EXPECT_TRUE(CheckOverride(mg, {"magnesium", 400, 600, TargetSource::kDoctor}).ok());
}

TEST(EffectiveTargetsTest, TheLargestAmountFollowsTheDriGoalElseTheUl) {
  EXPECT_EQ(MaxOverrideAmount(Magnesium()), 3200);
  NutrientTarget ul_only;
  ul_only.ul = 40;
  EXPECT_EQ(MaxOverrideAmount(ul_only), 400);
  EXPECT_EQ(MaxOverrideAmount(NutrientTarget{}), 100000);
}

TEST(EffectiveTargetsTest, TheStatusIsJudgedAgainstTheOwnTargetAndTheUlStillApplies) {
  NutrientTarget doctor = With({"magnesium", 500, std::nullopt, TargetSource::kDoctor});
  EXPECT_EQ(JudgeAdequacy(Magnesium(), 395, 0), Adequacy::kAdequate);
  EXPECT_EQ(JudgeAdequacy(doctor, 395, 0), Adequacy::kPossiblyInadequate) << "short of the doctor's 500";
  EXPECT_EQ(JudgeAdequacy(doctor, 500, 0), Adequacy::kAdequate);
  EXPECT_EQ(JudgeAdequacy(doctor, 200, 0), Adequacy::kLikelyInadequate) << "below the EAR under a higher target";
  EXPECT_EQ(JudgeAdequacy(doctor, 600, 351), Adequacy::kAboveUl) << "the UL check stays";
  EXPECT_EQ(JudgeAdequacy(doctor, std::nullopt, 0), Adequacy::kCannotJudge);
  // A target below the EAR (a doctor advising less): the EAR's floor goes with it.
  NutrientTarget low = With({"magnesium", 200, 250, TargetSource::kDoctor});
  EXPECT_EQ(JudgeAdequacy(low, 210, 0), Adequacy::kAdequate);
  EXPECT_EQ(JudgeAdequacy(low, 190, 0), Adequacy::kPossiblyInadequate);
  EXPECT_EQ(JudgeAdequacy(low, 250.5, 0), Adequacy::kAboveLimit) << "over the upper bound set";
  EXPECT_STREQ(AdequacyName(Adequacy::kAboveLimit), "above-limit");
}

TEST(EffectiveTargetsTest, AnUpperBoundTakesTheCdrrsPlace) {
  NutrientTarget sodium;
  sodium.key = "sodium";
  sodium.ai = 1500;
  sodium.cdrr = 2300;
  NutrientTarget own = ApplyOverrides({sodium}, {{"sodium", 1500, 2000, TargetSource::kDoctor}}).front();
  EXPECT_EQ(JudgeAdequacy(own, 2100, 2100), Adequacy::kAboveLimit);
  EXPECT_EQ(JudgeAdequacy(own, 1800, 1800), Adequacy::kAdequate);
  NutrientTarget no_bound = ApplyOverrides({sodium}, {{"sodium", 1200, std::nullopt, TargetSource::kOwn}}).front();
  EXPECT_EQ(JudgeAdequacy(no_bound, 2400, 2400), Adequacy::kAboveCdrr) << "without a bound the CDRR still counts";
}

TEST(EffectiveTargetsTest, TheShortfallSentenceNamesWhoseTargetItIs) {
  NutrientReportLine line;
  line.target = With({"magnesium", 500, std::nullopt, TargetSource::kDoctor});
  line.mean = 395;
  EXPECT_EQ(ShortfallSentence(line, 7),
            "Your magnesium averaged 395 mg a day over your last 7 logged days; your doctor's target is 500 mg a day.");
  line.target = With({"magnesium", 340, std::nullopt, TargetSource::kOwn});
  EXPECT_NE(ShortfallSentence(line, 7).find("your own target is 340 mg a day"), std::string::npos);
}

}  // namespace
}  // namespace platewise
