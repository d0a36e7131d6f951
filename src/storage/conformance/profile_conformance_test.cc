// ProfileRepository and ProfileSettingsRepository: NotFound until saved,
// saved together, one owner's profile only.

#include "storage/conformance/conformance_fixture.h"

namespace platewise::conformance {
namespace {

PW_CONFORMANCE_SUITE(ProfileConformance);

BodyProfile Body(double kg) {
  return BodyProfile{Sex::kMale, 40, Centimeters(180), Kilograms(kg), ActivityLevel::kActive, WeeklyGoal{-1.5}};
}

void ExpectSameBody(const BodyProfile& got, const BodyProfile& want) {
  EXPECT_EQ(got.sex, want.sex);
  EXPECT_EQ(got.age_years, want.age_years);
  EXPECT_EQ(got.height.value(), want.height.value());
  EXPECT_EQ(got.weight.value(), want.weight.value());
  EXPECT_EQ(got.activity, want.activity);
  EXPECT_EQ(got.goal.lb_per_week, want.goal.lb_per_week);
}

TYPED_TEST(ProfileConformance, AProfileIsNotFoundUntilSavedThenReadsBack) {
  EXPECT_EQ(this->store().profiles->GetProfile(this->a_).status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(this->store().profiles->SaveProfile(this->a_, Body(100)).ok());
  auto got = this->store().profiles->GetProfile(this->a_);
  ASSERT_TRUE(got.ok());
  ExpectSameBody(*got, Body(100));
  EXPECT_EQ(this->store().profiles->GetProfile(this->b_).status().code(), StatusCode::kNotFound);
}

TYPED_TEST(ProfileConformance, SavingAgainReplacesTheProfile) {
  ASSERT_TRUE(this->store().profiles->SaveProfile(this->a_, Body(100)).ok());
  BodyProfile female{Sex::kFemale, 31.5, Centimeters(165), Kilograms(60), ActivityLevel::kSedentary, WeeklyGoal{0}};
  ASSERT_TRUE(this->store().profiles->SaveProfile(this->a_, female).ok());
  ExpectSameBody(*this->store().profiles->GetProfile(this->a_), female);
}

TYPED_TEST(ProfileConformance, SettingsAreNotFoundUntilSavedAndSaveStoresTheBodyToo) {
  EXPECT_EQ(this->store().profile_settings->Get(this->a_).status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(this->store().profiles->SaveProfile(this->a_, Body(90)).ok());
  EXPECT_EQ(this->store().profile_settings->Get(this->a_).status().code(), StatusCode::kNotFound);  // body alone
  ProfileSettings settings{CivilDate{1985, 6, 30}, DisplayUnits::kImperial, "Europe/Berlin", std::nullopt, MacroTargets{}, std::nullopt};
  ASSERT_TRUE(this->store().profile_settings->Save(this->a_, settings, Body(85)).ok());
  auto got = this->store().profile_settings->Get(this->a_);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->birth_date, settings.birth_date);
  EXPECT_EQ(got->units, DisplayUnits::kImperial);
  EXPECT_EQ(got->time_zone, "Europe/Berlin");
  ExpectSameBody(*this->store().profiles->GetProfile(this->a_), Body(85));
  EXPECT_EQ(this->store().profile_settings->Get(this->b_).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(this->store().profiles->GetProfile(this->b_).status().code(), StatusCode::kNotFound);
}

// A profile given by age (the CLI's local user) keeps its time zone with no
// birth date: "no birth date" is stored as such, never as some date.
TYPED_TEST(ProfileConformance, SettingsWithoutABirthDateKeepTheirZone) {
  ProfileSettings settings{std::nullopt, DisplayUnits::kMetric, "Pacific/Kiritimati", std::nullopt, MacroTargets{},
                           std::nullopt};
  ASSERT_TRUE(this->store().profile_settings->Save(this->a_, settings, Body(70)).ok());
  auto got = this->store().profile_settings->Get(this->a_);
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_FALSE(got->birth_date.has_value());
  EXPECT_EQ(got->time_zone, "Pacific/Kiritimati");
  settings.birth_date = CivilDate{1990, 2, 3};
  ASSERT_TRUE(this->store().profile_settings->Save(this->a_, settings, Body(70)).ok());
  EXPECT_EQ(this->store().profile_settings->Get(this->a_)->birth_date, settings.birth_date);
}

// The maintenance a person chose (ProfileSettings::adaptive_maintenance):
// stored with its date, kept by a weigh-in's body-only save, removed when
// saved without it, one owner's only.
TYPED_TEST(ProfileConformance, AChosenMaintenanceReadsBackSurvivesAWeighInAndIsRemovedWhenSavedWithout) {
  ProfileSettings settings{CivilDate{1985, 6, 1}, DisplayUnits::kImperial, "America/New_York", std::nullopt, MacroTargets{}, std::nullopt};
  settings.adaptive_maintenance = AdaptiveMaintenance{Kcal(2314.75), CivilDate{2026, 11, 30}};
  ASSERT_TRUE(this->store().profile_settings->Save(this->a_, settings, Body(85)).ok());
  ASSERT_TRUE(this->store().profile_settings->Save(this->b_, ProfileSettings{}, Body(70)).ok());
  ASSERT_TRUE(this->store().profiles->SaveProfile(this->a_, Body(84)).ok());  // a weigh-in
  auto got = this->store().profile_settings->Get(this->a_);
  ASSERT_TRUE(got.ok()) << got.status().message();
  ASSERT_TRUE(got->adaptive_maintenance.has_value());
  EXPECT_EQ(*got->adaptive_maintenance, *settings.adaptive_maintenance);
  EXPECT_FALSE(this->store().profile_settings->Get(this->b_)->adaptive_maintenance.has_value());

  settings.adaptive_maintenance.reset();
  ASSERT_TRUE(this->store().profile_settings->Save(this->a_, settings, Body(84)).ok());
  EXPECT_FALSE(this->store().profile_settings->Get(this->a_)->adaptive_maintenance.has_value());
}

// The goals (ProfileSettings::macro_targets, ::weight_goal): the AMDR-based
// default until set, grams or percent read back exactly, a goal weight with
// and without a date, one owner's only, kept by a weigh-in's body-only save.
TYPED_TEST(ProfileConformance, MacroTargetsAndGoalWeightReadBackAndStayTheOwners) {
  ProfileSettings settings;
  ASSERT_TRUE(this->store().profile_settings->Save(this->a_, settings, Body(80)).ok());
  EXPECT_EQ(this->store().profile_settings->Get(this->a_)->macro_targets, MacroTargets{});
  EXPECT_FALSE(this->store().profile_settings->Get(this->a_)->weight_goal.has_value());

  settings.macro_targets = MacroTargets{MacroUnit::kGrams, 142.5, 180.25, 61.75};
  settings.weight_goal = WeightGoal{Kilograms(72.5), CivilDate{2027, 3, 31}};
  ASSERT_TRUE(this->store().profile_settings->Save(this->a_, settings, Body(80)).ok());
  ASSERT_TRUE(this->store().profile_settings->Save(this->b_, ProfileSettings{}, Body(70)).ok());
  ASSERT_TRUE(this->store().profiles->SaveProfile(this->a_, Body(79)).ok());  // a weigh-in
  auto got = this->store().profile_settings->Get(this->a_);
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_EQ(got->macro_targets, settings.macro_targets);
  ASSERT_TRUE(got->weight_goal.has_value());
  EXPECT_EQ(*got->weight_goal, *settings.weight_goal);
  auto other = this->store().profile_settings->Get(this->b_);
  EXPECT_EQ(other->macro_targets, MacroTargets{});
  EXPECT_FALSE(other->weight_goal.has_value());

  settings.macro_targets = MacroTargets{MacroUnit::kPercent, 30, 40, 30};
  settings.weight_goal = WeightGoal{Kilograms(70), std::nullopt};
  ASSERT_TRUE(this->store().profile_settings->Save(this->a_, settings, Body(79)).ok());
  got = this->store().profile_settings->Get(this->a_);
  EXPECT_EQ(got->macro_targets, settings.macro_targets);
  ASSERT_TRUE(got->weight_goal.has_value());
  EXPECT_FALSE(got->weight_goal->date.has_value());
  settings.weight_goal.reset();
  ASSERT_TRUE(this->store().profile_settings->Save(this->a_, settings, Body(79)).ok());
  EXPECT_FALSE(this->store().profile_settings->Get(this->a_)->weight_goal.has_value());
}

TYPED_TEST(ProfileConformance, NotFoundMessagesNameNoCommandOrRoute) {
  for (const Status& s : {this->store().profiles->GetProfile(this->a_).status(),
                          this->store().profile_settings->Get(this->a_).status()}) {
    EXPECT_EQ(s.code(), StatusCode::kNotFound);
    EXPECT_EQ(s.message().find("/api/"), std::string::npos) << s.message();
    EXPECT_EQ(s.message().find("platewise "), std::string::npos) << s.message();
    EXPECT_EQ(s.message().find("--"), std::string::npos) << s.message();
  }
}

}  // namespace
}  // namespace platewise::conformance
