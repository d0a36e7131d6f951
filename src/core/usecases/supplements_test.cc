// The supplement use cases and the report for a doctor, on the use-case
// test store (core/usecases/use_case_test_store.h) and a fixed clock.

#include "core/usecases/supplements.h"

#include <gtest/gtest.h>

#include "core/food/amount.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/current_profile.h"
#include "core/usecases/day_logs.h"
#include "core/usecases/diary_entries.h"
#include "core/usecases/doctor_report.h"
#include "core/usecases/use_case_test_store.h"

namespace platewise {
namespace {

// Women 19-50: magnesium EAR 265, RDA 320, UL 350 (supplements only, UlScopeOf).
DriTable MagnesiumTable() {
  auto t = DriTable::Create({DriRow{"magnesium", "Magnesium", "mg", LifeStage::kFemale, 19, 51, 265, 320, std::nullopt,
                                    350, false, "", std::nullopt}});
  EXPECT_TRUE(t.ok()) << t.status().message();
  return std::move(*t);
}

Supplement Tablet(const std::string& name, std::initializer_list<std::pair<const char*, double>> amounts) {
  Supplement s;
  s.name = name;
  s.unit = "tablet";
  for (const auto& [k, v] : amounts) s.per_unit.Set(k, v);
  return s;
}

class SupplementsTest : public ::testing::Test {
 protected:
  testing::UseCaseTestStore store_;
  testing::FixedClock clock_{CivilDate{2026, 12, 1}};
  NoFoodIndexUpdates no_index_;
  UseCaseContext ctx_{store_.store(), clock_, no_index_};
  UserId user_ = store_.NewUser("a@example.org");
  DriTable dri_ = MagnesiumTable();
  std::map<std::string, std::string> no_notes_;
  NutrientContext nc_{ctx_, dri_, no_notes_};
  CivilDate d1_{2026, 11, 29}, d2_{2026, 11, 30};

  void SaveProfile() {
    ProfileSettings settings;
    settings.birth_date = CivilDate{1990, 1, 1};
    BodyProfile body{Sex::kFemale, 0, Centimeters(165), Kilograms(62), ActivityLevel::kLight, WeeklyGoal{0}};
    ASSERT_TRUE(SaveCurrentProfile(ctx_, user_, settings, body).ok());
  }
  void Eat(const CivilDate& day, const std::string& grams_of_spinach) {
    auto amount = [grams_of_spinach](const Food& food) { return ResolveAmount(grams_of_spinach, food); };
    ASSERT_TRUE(LogFood(ctx_, user_, day, Meal::kLunch, "11457", amount).ok());
  }
};

TEST_F(SupplementsTest, AProductIsRefusedNamingTheFieldAndAnUnknownKeyListsTheAcceptedOnes) {
  auto nameless = CreateSupplement(ctx_, dri_, user_, Tablet(" ", {{"magnesium", 1}}));
  EXPECT_EQ(nameless.status().code(), StatusCode::kUnprocessable);
  EXPECT_EQ(nameless.status().field(), "name");
  Supplement unitless = Tablet("Mg", {{"magnesium", 1}});
  unitless.unit = "";
  EXPECT_EQ(CreateSupplement(ctx_, dri_, user_, unitless).status().field(), "unit");
  EXPECT_EQ(CreateSupplement(ctx_, dri_, user_, Tablet("Mg", {})).status().field(), "per_unit");
  EXPECT_EQ(CreateSupplement(ctx_, dri_, user_, Tablet("Mg", {{"magnesium", -1}})).status().field(), "per_unit");
  auto unknown = CreateSupplement(ctx_, dri_, user_, Tablet("Mg", {{"unobtainium", 1}}));
  EXPECT_EQ(unknown.status().field(), "per_unit");
  EXPECT_NE(unknown.status().message().find("use one of magnesium"), std::string::npos) << unknown.status().message();
  EXPECT_TRUE(ListSupplements(ctx_, user_)->empty());  // nothing refused was stored
}

TEST_F(SupplementsTest, ADoseNeedsTheOwnersProductAndSensibleUnits) {
  auto mg = CreateSupplement(ctx_, dri_, user_, Tablet("Mg", {{"magnesium", 200}}));
  ASSERT_TRUE(mg.ok());
  EXPECT_EQ(LogSupplementDose(ctx_, user_, d1_, 4242, 1).status().field(), "supplement_id");
  UserId other = store_.NewUser("b@example.org");
  EXPECT_EQ(LogSupplementDose(ctx_, other, d1_, mg->id, 1).status().field(), "supplement_id");
  EXPECT_EQ(LogSupplementDose(ctx_, user_, d1_, mg->id, 0).status().field(), "units");
  EXPECT_EQ(LogSupplementDose(ctx_, user_, d1_, mg->id, 101).status().field(), "units");
  auto dose = LogSupplementDose(ctx_, user_, d1_, mg->id, 0.5);
  ASSERT_TRUE(dose.ok());
  EXPECT_EQ(ListSupplementDoses(ctx_, user_, d2_, d1_).status().field(), "from");
  ASSERT_TRUE(DeleteSupplementDose(ctx_, user_, dose->id).ok());
  EXPECT_TRUE(ListSupplementDoses(ctx_, user_, d1_, d1_)->empty());
}

TEST_F(SupplementsTest, TheDoctorsReportHasFoodApartFromSupplementsDayCountsSupplementsAndWeight) {
  SaveProfile();
  auto mg = CreateSupplement(ctx_, dri_, user_, Tablet("Magnesium citrate", {{"magnesium", 200}}));
  ASSERT_TRUE(mg.ok());
  Eat(d1_, "100g");  // 79 mg: below the EAR
  Eat(d2_, "100g");
  ASSERT_TRUE(LogSupplementDose(ctx_, user_, d2_, mg->id, 2).ok());  // 400 mg: over the UL
  ASSERT_TRUE(LogWeight(ctx_, user_, d1_, 62).ok());
  ASSERT_TRUE(LogWeight(ctx_, user_, d2_, 61.5).ok());

  auto r = BuildDoctorReport(nc_, user_, d1_, d2_, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->nutrients.nutrients.size(), 1u);
  const NutrientReportLine& line = r->nutrients.nutrients[0];
  EXPECT_DOUBLE_EQ(*line.mean_food, 79);
  EXPECT_DOUBLE_EQ(*line.mean_supplements, 200);
  EXPECT_EQ(line.days_below_ear, 1);
  EXPECT_EQ(line.days_above_ul, 1);
  ASSERT_EQ(r->target_sources.size(), 1u);
  EXPECT_NE(r->target_sources[0].find("National Academies"), std::string::npos);
  ASSERT_EQ(r->supplements.size(), 1u);
  EXPECT_EQ(r->supplements[0].product.name, "Magnesium citrate");
  EXPECT_EQ(r->supplements[0].doses, 1);
  EXPECT_DOUBLE_EQ(r->supplements[0].units, 2);
  EXPECT_EQ(r->supplements[0].days, 1);
  ASSERT_TRUE(r->weight.has_value());
  EXPECT_DOUBLE_EQ(r->weight->change_kg, -0.5);
  EXPECT_DOUBLE_EQ(*r->weight->kg_per_week, -3.5);

  // Deleting the product takes its doses out of the report.
  ASSERT_TRUE(DeleteSupplement(ctx_, user_, mg->id).ok());
  auto after = BuildDoctorReport(nc_, user_, d1_, d2_, {});
  ASSERT_TRUE(after.ok());
  EXPECT_TRUE(after->supplements.empty());
  EXPECT_EQ(after->nutrients.nutrients[0].days_above_ul, 0);
}

TEST_F(SupplementsTest, TheDoctorsReportNeedsAProfileAndAnOrderedPeriod) {
  EXPECT_EQ(BuildDoctorReport(nc_, user_, d1_, d2_, {}).status().code(), StatusCode::kNotFound);
  SaveProfile();
  EXPECT_EQ(BuildDoctorReport(nc_, user_, d2_, d1_, {}).status().code(), StatusCode::kInvalidArgument);
  auto empty = BuildDoctorReport(nc_, user_, d1_, d2_, {});
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(empty->weight.has_value());
}

}  // namespace
}  // namespace platewise
