#include "core/nutrient/nutrient_report.h"

#include <gtest/gtest.h>

namespace platewise {
namespace {

IntakeItem Item(CivilDate date, const char* id, bool supplement,
                std::initializer_list<std::pair<const char*, double>> amounts) {
  IntakeItem item{date, id, std::string("food ") + id, supplement, {}};
  for (const auto& [k, v] : amounts) item.amounts.Set(k, v);
  return item;
}

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

NutrientTarget Calcium() {
  NutrientTarget t;
  t.key = "calcium";
  t.name = "Calcium";
  t.unit = "mg";
  t.ear = 800;
  t.rda = 1000;
  t.ul = 2500;
  t.ul_scope = UlScope::kAllSources;
  t.group = "women 31-50";
  return t;
}

const NutrientReportLine& Line(const NutrientReport& r, const std::string& key) {
  for (const auto& l : r.nutrients) {
    if (l.target.key == key) return l;
  }
  ADD_FAILURE() << "no line for " << key;
  return r.nutrients.front();
}

TEST(NutrientReportTest, MeanOverLoggedDaysWithUnknownValuesCountedNotZeroed) {
  CivilDate d1{2026, 11, 23}, d2{2026, 11, 24}, d4{2026, 11, 26};
  std::vector<IntakeItem> items = {
      Item(d1, "a", false, {{"magnesium", 100}, {"calcium", 300}}),
      Item(d1, "b", false, {{"magnesium", 80}}),  // calcium not analysed
      Item(d2, "a", false, {{"magnesium", 120}, {"calcium", 500}}),
      Item(d4, "c", false, {{"calcium", 200}}),  // magnesium not analysed: day 4 has none
  };
  NutrientReport r = BuildNutrientReport(d1, d4, items, {Magnesium(), Calcium()}, {});
  ASSERT_EQ(r.logged_days.size(), 3u);
  EXPECT_EQ(r.days_not_logged, 1);  // 2026-11-25

  const NutrientReportLine& mg = Line(r, "magnesium");
  // Days with a value: d1 (180), d2 (120). d4 is not taken as 0.
  EXPECT_EQ(mg.days, 2);
  EXPECT_EQ(mg.days_without_value, 1);
  EXPECT_EQ(mg.missing_entries, 1);
  EXPECT_NEAR(*mg.mean, 150, 1e-12);
  EXPECT_NEAR(*mg.percent, 150.0 / 320 * 100, 1e-9);
  EXPECT_EQ(mg.status, Adequacy::kLikelyInadequate);
  EXPECT_FALSE(mg.mean_supplements.has_value());
  EXPECT_NEAR(*mg.ul_intake, 0, 1e-12);  // magnesium's UL counts supplements only
  ASSERT_EQ(mg.top_foods.size(), 2u);
  EXPECT_EQ(mg.top_foods[0].id, "a");
  EXPECT_NEAR(mg.top_foods[0].amount, 220, 1e-12);
  EXPECT_NEAR(mg.top_foods[0].share, 220.0 / 300, 1e-12);

  const NutrientReportLine& ca = Line(r, "calcium");
  EXPECT_EQ(ca.days, 3);
  EXPECT_EQ(ca.missing_entries, 1);
  EXPECT_NEAR(*ca.mean, (300 + 500 + 200) / 3.0, 1e-12);
  EXPECT_EQ(ca.status, Adequacy::kLikelyInadequate);
}

TEST(NutrientReportTest, SupplementsAloneAreCheckedAgainstASupplementUl) {
  CivilDate d{2026, 11, 29};
  // 600 mg magnesium from food is fine; 400 mg from a supplement is over the 350 mg UL.
  NutrientReport food_only = BuildNutrientReport(d, d, {Item(d, "nuts", false, {{"magnesium", 600}})}, {Magnesium()}, {});
  EXPECT_EQ(food_only.nutrients[0].status, Adequacy::kAdequate);
  NutrientReport with_pill = BuildNutrientReport(
      d, d, {Item(d, "nuts", false, {{"magnesium", 100}}), Item(d, "s1", true, {{"magnesium", 400}})}, {Magnesium()}, {});
  EXPECT_EQ(with_pill.nutrients[0].status, Adequacy::kAboveUl);
  EXPECT_NEAR(*with_pill.nutrients[0].mean_supplements, 400, 1e-12);
  EXPECT_NEAR(*with_pill.nutrients[0].ul_intake, 400, 1e-12);
  // Calcium's UL counts everything.
  NutrientReport calcium = BuildNutrientReport(d, d, {Item(d, "milk", false, {{"calcium", 2600}})}, {Calcium()}, {});
  EXPECT_EQ(calcium.nutrients[0].status, Adequacy::kAboveUl);
}

TEST(NutrientReportTest, EmptyPeriodHasUnknownMeansAndCountsEveryDay) {
  NutrientReport r = BuildNutrientReport({2026, 11, 1}, {2026, 11, 7}, {}, {Magnesium()}, {});
  EXPECT_TRUE(r.logged_days.empty());
  EXPECT_EQ(r.days_not_logged, 7);
  EXPECT_FALSE(r.nutrients[0].mean.has_value());
  EXPECT_EQ(r.nutrients[0].status, Adequacy::kCannotJudge);
}

TEST(NutrientReportTest, ListsTheLoggedDaysThatAreNotFullyLogged) {
  CivilDate d1{2026, 11, 23}, d2{2026, 11, 24}, d3{2026, 11, 25};
  std::vector<IntakeItem> items = {Item(d1, "a", false, {{"magnesium", 300}}), Item(d3, "a", false, {{"magnesium", 40}}),
                                   Item(d3, "s1", true, {{"magnesium", 10}})};
  // d2 has nothing logged: neither logged nor partly logged.
  NutrientReport r = BuildNutrientReport(d1, d3, items, {Magnesium()}, {d1});
  ASSERT_EQ(r.logged_days.size(), 2u);
  EXPECT_EQ(r.partly_logged_days, std::vector<CivilDate>{d3});
  EXPECT_EQ(r.days_not_logged, 1);
  // Partly logged days still count in the mean: (300 + 50) / 2.
  EXPECT_NEAR(*Line(r, "magnesium").mean, 175, 1e-12);
  EXPECT_EQ(BuildNutrientReport(d1, d3, items, {Magnesium()}, {d1, d3}).partly_logged_days.size(), 0u);
  EXPECT_EQ(BuildNutrientReport(d2, d2, {}, {Magnesium()}, {}).partly_logged_days.size(), 0u);
}

TEST(NutrientReportTest, LeavesOutNutrientsFoodDataCannotSupply) {
  NutrientTarget iodine = Magnesium();
  iodine.key = "iodine";
  NutrientReport r = BuildNutrientReport({2026, 11, 1}, {2026, 11, 1}, {}, {iodine, Magnesium()}, {});
  ASSERT_EQ(r.nutrients.size(), 1u);
  EXPECT_EQ(r.nutrients[0].target.key, "magnesium");
}

TEST(NutrientReportTest, ShortfallSentenceHasThePersonsNumbers) {
  NutrientReportLine line;
  line.target = Magnesium();
  line.mean = 212.4;
  EXPECT_EQ(ShortfallSentence(line, 7),
            "Your magnesium averaged 212 mg a day over your last 7 logged days; women 31-50 need 320 mg a day "
            "(265 mg covers only half of them).");
  NutrientReportLine vitamin_a = line;
  vitamin_a.target.name = "Vitamin A";
  vitamin_a.target.unit = "ug";
  EXPECT_EQ(ShortfallSentence(vitamin_a, 7).rfind("Your vitamin A averaged 212 ug", 0), 0u);
  line.missing_entries = 2;
  EXPECT_NE(ShortfallSentence(line, 1).find("over your logged day;"), std::string::npos);
  EXPECT_NE(ShortfallSentence(line, 1).find("2 logged items have no magnesium value"), std::string::npos);
}

TEST(NutrientReportTest, DayByDayCountsBelowTheEarAndAboveTheUlWithFoodApartFromSupplements) {
  CivilDate d1{2026, 11, 23}, d2{2026, 11, 24}, d3{2026, 11, 25};
  std::vector<IntakeItem> items = {
      Item(d1, "a", false, {{"magnesium", 200}}),  // 200 < EAR 265
      Item(d2, "a", false, {{"magnesium", 150}}),
      Item(d2, "s1", true, {{"magnesium", 400}}),  // 550 in all; 400 from supplements > UL 350
      Item(d3, "a", false, {{"magnesium", 100}}),  // below the EAR on a partly logged day
  };
  NutrientReport r = BuildNutrientReport(d1, d3, items, {Magnesium()}, {d1, d2});
  const NutrientReportLine& mg = Line(r, "magnesium");
  EXPECT_EQ(mg.days_below_ear, 2);           // d1 and d3; d2's 550 with the supplement is not
  EXPECT_EQ(mg.partly_logged_below_ear, 1);  // d3
  EXPECT_EQ(mg.days_above_ul, 1);            // d2: the supplement-only UL
  ASSERT_TRUE(mg.mean_food.has_value());
  EXPECT_DOUBLE_EQ(*mg.mean_food, (200.0 + 150 + 100) / 3);
  ASSERT_TRUE(mg.mean_supplements.has_value());
  EXPECT_DOUBLE_EQ(*mg.mean_supplements, 400.0 / 3);
  EXPECT_DOUBLE_EQ(*mg.mean, (200.0 + 550 + 100) / 3);
}

TEST(NutrientReportTest, WithoutAnEarNoDayCountsAsBelowItAndSupplementsAloneLeaveNoFoodMean) {
  NutrientTarget t = Magnesium();
  t.ear.reset();
  CivilDate d1{2026, 11, 23};
  NutrientReport r = BuildNutrientReport(d1, d1, {Item(d1, "s1", true, {{"magnesium", 10}})}, {t}, {});
  const NutrientReportLine& mg = Line(r, "magnesium");
  EXPECT_EQ(mg.days_below_ear, 0);
  EXPECT_EQ(mg.days_above_ul, 0);
  EXPECT_FALSE(mg.mean_food.has_value());
}

}  // namespace
}  // namespace platewise
