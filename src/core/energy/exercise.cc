#include "core/energy/exercise.h"

#include <string>

namespace platewise {
namespace {

// MET values as listed in the 2011 Compendium of Physical Activities
// (Ainsworth et al. 2011), with the Compendium's activity codes.
constexpr ExerciseActivity kActivities[] = {
    {"walking-moderate", "Walking, 2.8-3.2 mph, level, moderate pace", "17190", 3.5},
    {"walking-brisk", "Walking, 3.5 mph, level, brisk pace", "17200", 4.3},
    {"walking-very-brisk", "Walking, 4.0 mph, level, very brisk pace", "17220", 5.0},
    {"hiking", "Hiking, cross country", "17080", 5.3},
    {"running-5mph", "Running, 5 mph (12 min/mile)", "12030", 8.3},
    {"running-6mph", "Running, 6 mph (10 min/mile)", "12050", 9.8},
    {"cycling-leisure", "Bicycling, 10-11.9 mph, leisure, light effort", "01030", 6.8},
    {"cycling-moderate", "Bicycling, 12-13.9 mph, leisure, moderate effort", "01040", 8.0},
    {"stationary-bike", "Bicycling, stationary, general", "02010", 7.0},
    {"elliptical", "Elliptical trainer, moderate effort", "02048", 5.0},
    {"rowing-machine", "Rowing, stationary, general, moderate effort", "02071", 4.8},
    {"weight-training", "Resistance training, multiple exercises, 8-15 repetitions", "02054", 3.5},
    {"aerobics", "Aerobic, general", "03015", 7.3},
    {"yoga", "Yoga, Hatha", "02150", 2.5},
    {"swimming-laps", "Swimming laps, freestyle, slow, light or moderate effort", "18310", 5.8},
    {"tennis", "Tennis, general", "15675", 7.3},
};

}  // namespace

std::span<const ExerciseActivity> ExerciseActivities() { return kActivities; }

Result<ExerciseActivity> FindExerciseActivity(std::string_view key) {
  std::string keys;
  for (const auto& a : kActivities) {
    if (key == a.key) return a;
    keys += (keys.empty() ? "" : ", ") + std::string(a.key);
  }
  return Status::InvalidArgument("unknown activity \"" + std::string(key) + "\": use one of " + keys +
                                 ", or give kcal for a custom entry");
}

Kcal ExerciseKcal(const ExerciseActivity& activity, Kilograms weight, double minutes) {
  return Kcal(activity.met * weight.value() * minutes / 60);
}

}  // namespace platewise
