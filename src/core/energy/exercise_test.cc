#include "core/energy/exercise.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace platewise {
namespace {

TEST(ExerciseKcalTest, IsMetTimesKilogramsTimesHours) {
  struct Case {
    const char* key;
    double kg;
    double minutes;
    double kcal;
  };
  const Case kCases[] = {
      {"walking-brisk", 70, 60, 4.3 * 70},
      {"running-6mph", 80, 30, 9.8 * 80 * 0.5},
      {"yoga", 60, 90, 2.5 * 60 * 1.5},
  };
  for (const Case& c : kCases) {
    auto a = FindExerciseActivity(c.key);
    ASSERT_TRUE(a.ok()) << c.key;
    EXPECT_DOUBLE_EQ(ExerciseKcal(*a, Kilograms(c.kg), c.minutes).value(), c.kcal) << c.key;
  }
}

TEST(ExerciseActivitiesTest, KeysAreUniqueAndMetsPlausible) {
  std::set<std::string> keys;
  for (const auto& a : ExerciseActivities()) {
    EXPECT_TRUE(keys.insert(a.key).second) << a.key;
    EXPECT_GE(a.met, 1.0) << a.key;
    EXPECT_LE(a.met, 20.0) << a.key;
    EXPECT_EQ(std::string(a.code).size(), 5u) << a.key;
  }
}

TEST(FindExerciseActivityTest, RejectsUnknownKeysListingTheKnownOnes) {
  auto r = FindExerciseActivity("juggling");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("walking-brisk"), std::string::npos);
}

}  // namespace
}  // namespace platewise
