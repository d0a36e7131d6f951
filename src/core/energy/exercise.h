#ifndef PLATEWISE_CORE_ENERGY_EXERCISE_H_
#define PLATEWISE_CORE_ENERGY_EXERCISE_H_

// Energy spent in exercise, from MET values of the Compendium of Physical
// Activities (Ainsworth et al. 2011, Med Sci Sports Exerc 43:1575; see
// docs/science.md):  kcal = MET x body mass (kg) x hours.
// Exercise adds to the day's calorie budget (what MyFitnessPal users expect).

#include <optional>
#include <span>
#include <string_view>

#include "core/quantity.h"
#include "core/status.h"

namespace platewise {

struct ExerciseActivity {
  const char* key;          // "walking-brisk"
  const char* description;  // "Walking, 3.5 mph, level, brisk"
  const char* code;         // the Compendium's activity code, "17200"
  double met;
};

std::span<const ExerciseActivity> ExerciseActivities();
// NotFound-style InvalidArgument listing the keys when `key` is unknown.
Result<ExerciseActivity> FindExerciseActivity(std::string_view key);

inline constexpr double kMaxExerciseMinutes = 24 * 60;
inline constexpr double kMaxExerciseKcal = 20000;

// REQUIRES: minutes in (0, kMaxExerciseMinutes], weight > 0.
Kcal ExerciseKcal(const ExerciseActivity& activity, Kilograms weight, double minutes);

}  // namespace platewise

#endif  // PLATEWISE_CORE_ENERGY_EXERCISE_H_
