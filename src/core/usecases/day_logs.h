#ifndef PLATEWISE_CORE_USECASES_DAY_LOGS_H_
#define PLATEWISE_CORE_USECASES_DAY_LOGS_H_

// Writing the small logs of a day besides food: water, exercise and body
// weight, with the rules each value must meet. Errors are Unprocessable
// naming the offending value ("ml", "minutes", "kcal", "activity",
// "description", "weight_kg"), so every front end says the same.

#include <optional>
#include <string>
#include <vector>

#include "core/energy/calorie_goal.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

inline constexpr double kMaxWaterMl = 10000;

// ml in (0, kMaxWaterMl]; a refusal gives the amounts in the profile's units
// ("507.2 fl oz is more than one entry can hold (338.1 fl oz)" with US units).
Result<WaterEntry> LogWater(UseCaseContext& ctx, UserId user, const CivilDate& date, double ml);
Status DeleteWater(UseCaseContext& ctx, UserId user, std::int64_t id);

// An activity of core/energy/exercise.h with its minutes (kcal from the
// current profile's weight: Unprocessable "activity" without a profile), or
// a custom entry ("custom" or no activity) with kcal and a description.
struct ExerciseInput {
  std::optional<std::string> activity;
  std::optional<double> minutes;
  std::optional<double> kcal;
  std::optional<std::string> description;
};
Result<ExerciseEntry> LogExercise(UseCaseContext& ctx, UserId user, const CivilDate& date, const ExerciseInput& in);
Status DeleteExercise(UseCaseContext& ctx, UserId user, std::int64_t id);

// One weight per date (a second replaces the first); kg from 20 to 450
// (Unprocessable "weight_kg", saying the range in the profile's units), on a
// date no later than the user's today (Unprocessable "date").
//
// The profile's weight is the newest weigh-in's: a weigh-in on or after
// every other one replaces the profile's weight, and so moves the budget
// (the goal before and after are answered, to say so); deleting the newest
// weigh-in gives the profile the one before it.
struct LoggedWeight {
  WeightEntry entry;
  bool profile_weight_updated = false;
  std::optional<CalorieGoal> goal_before;  // with profile_weight_updated
  std::optional<CalorieGoal> goal_after;   // with profile_weight_updated
};
Result<LoggedWeight> LogWeight(UseCaseContext& ctx, UserId user, const CivilDate& date, double kg);
// Oldest first, within [from, to] when given.
Result<std::vector<WeightEntry>> ListWeights(UseCaseContext& ctx, UserId user, std::optional<CivilDate> from,
                                             std::optional<CivilDate> to);
Status DeleteWeight(UseCaseContext& ctx, UserId user, std::int64_t id);
// The profile takes the newest weigh-in's weight (after weigh-ins written
// some other way: an import). Whether it changed.
Result<bool> ProfileFollowsNewestWeight(UseCaseContext& ctx, UserId user);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_DAY_LOGS_H_
