// Use cases of the current profile and "today", on a real store and a fixed clock.

#include "core/usecases/current_profile.h"

#include <gtest/gtest.h>

#include "core/nutrient/nutrient_use_cases.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/use_case_test_store.h"

namespace platewise {
namespace {

DriRow MagnesiumRow(double from, double until, double rda) {
  return DriRow{"magnesium", "Magnesium", "mg", LifeStage::kFemale, from, until, std::nullopt, rda, std::nullopt,
                std::nullopt, false, "", std::nullopt};
}

class CurrentProfileTest : public ::testing::Test {
 protected:
  testing::UseCaseTestStore store_;
  testing::FixedClock clock_{CivilDate{2026, 12, 1}};
  NoFoodIndexUpdates no_index_;
  UseCaseContext ctx_{store_.store(), clock_, no_index_};
  UserId user_ = store_.NewUser("a@example.org");
  BodyProfile body_{Sex::kFemale, 0, Centimeters(165), Kilograms(62), ActivityLevel::kLight, WeeklyGoal{0}};
};

// Regression (one core): nutrient targets used the age stored when the
// profile was saved, while the budget recomputed it from the birth date, so
// targets went stale on a birthday that crosses a life stage (30 -> 31).
TEST_F(CurrentProfileTest, TargetsFollowTheBirthdayAcrossALifeStage) {
  auto dri = DriTable::Create({MagnesiumRow(19, 31, 310), MagnesiumRow(31, 51, 320)});
  ASSERT_TRUE(dri.ok()) << dri.status().message();
  ProfileSettings settings{CivilDate{1995, 12, 2}, DisplayUnits::kMetric, "UTC", std::nullopt, MacroTargets{}, std::nullopt};
  ASSERT_TRUE(SaveCurrentProfile(ctx_, user_, settings, body_).ok());
  std::map<std::string, std::string> no_notes;
  NutrientContext nc{ctx_, *dri, no_notes};
  auto before = OwnerTargets(nc, user_, {});
  ASSERT_TRUE(before.ok()) << before.status().message();
  EXPECT_EQ(before->at(0).rda, 310);  // 30 on 2026-12-01

  clock_.SetToday("UTC", CivilDate{2026, 12, 2});  // the 31st birthday
  auto after = OwnerTargets(nc, user_, {});
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->at(0).rda, 320);
  auto profile = RequireCurrentProfile(ctx_, user_);
  ASSERT_TRUE(profile.ok());
  EXPECT_EQ(profile->body.age_years, 31);  // the budget's age is the same one
}

// Regression (one core): "today" was the server's local date for some routes
// and the profile's zone for others. It is the profile's zone, UTC without one.
TEST_F(CurrentProfileTest, TodayIsTheDateInTheProfilesTimeZoneAndUtcWithout) {
  clock_.SetToday("Pacific/Kiritimati", CivilDate{2026, 12, 2});
  auto none = UserToday(ctx_, user_);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(*none, (CivilDate{2026, 12, 1}));
  ProfileSettings settings{CivilDate{1990, 1, 1}, DisplayUnits::kMetric, "Pacific/Kiritimati", std::nullopt, MacroTargets{}, std::nullopt};
  ASSERT_TRUE(SaveCurrentProfile(ctx_, user_, settings, body_).ok());
  auto zoned = UserToday(ctx_, user_);
  ASSERT_TRUE(zoned.ok());
  EXPECT_EQ(*zoned, (CivilDate{2026, 12, 2}));
  EXPECT_EQ(*UserTimeZone(ctx_, user_), "Pacific/Kiritimati");
}

TEST_F(CurrentProfileTest, AProfileGivenByAgeKeepsItsAge) {
  body_.age_years = 44;
  ProfileSettings settings;  // no birth date, UTC
  ASSERT_TRUE(SaveCurrentProfile(ctx_, user_, settings, body_).ok());
  clock_.SetToday("UTC", CivilDate{2030, 1, 1});
  auto p = RequireCurrentProfile(ctx_, user_);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->body.age_years, 44);
  EXPECT_FALSE(p->settings.birth_date.has_value());
}

TEST_F(CurrentProfileTest, RefusesAnUnknownZoneAndAnAgeOutsideTheFormula) {
  ProfileSettings unknown{CivilDate{1990, 1, 1}, DisplayUnits::kMetric, "Mars/Olympus", std::nullopt, MacroTargets{}, std::nullopt};
  auto bad_zone = SaveCurrentProfile(ctx_, user_, unknown, body_);
  ASSERT_FALSE(bad_zone.ok());
  EXPECT_EQ(bad_zone.status().field(), "time_zone");
  EXPECT_EQ(bad_zone.status().message(), "the time zone \"Mars/Olympus\" is not an IANA zone such as Europe/Berlin or UTC");
  ProfileSettings child{CivilDate{2020, 1, 1}, DisplayUnits::kMetric, "UTC", std::nullopt, MacroTargets{}, std::nullopt};
  auto too_young = SaveCurrentProfile(ctx_, user_, child, body_);
  ASSERT_FALSE(too_young.ok());
  EXPECT_EQ(too_young.status().field(), "birth_date");
  auto nothing = FindCurrentProfile(ctx_, user_);
  ASSERT_TRUE(nothing.ok());
  EXPECT_FALSE(nothing->has_value());  // a refused save stored nothing
}

}  // namespace
}  // namespace platewise
