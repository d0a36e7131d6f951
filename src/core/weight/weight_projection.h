#ifndef PLATEWISE_CORE_WEIGHT_WEIGHT_PROJECTION_H_
#define PLATEWISE_CORE_WEIGHT_WEIGHT_PROJECTION_H_

// The use case behind GET /api/v1/projection: from the person's profile, their
// logged intake and their weigh-ins, everything the weight chart shows
// (docs/weight.md):
//   - the trend of their weigh-ins;
//   - the adaptive estimate of their expenditure (EstimateExpenditure);
//   - the model's projection (BodyModel) from today at their recent intake,
//     next to the 3500 kcal/lb straight line from the same start and the
//     same maintenance;
//   - the day each line reaches the goal weight, if it does;
//   - a sentence saying why the lines differ;
//   - a budget recalibrated from the adaptive estimate, once there is one.
// Pure: the caller reads the store and hands over today's date.

#include <optional>
#include <string>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/energy/calorie_goal.h"
#include "core/quantity.h"
#include "core/status.h"
#include "core/weight/expenditure_estimate.h"
#include "core/weight/weight_trend.h"

namespace platewise {

inline constexpr int kIntakeMeanDays = 14;
inline constexpr int kDefaultProjectionDays = 365;
inline constexpr int kMaxProjectionDays = 3650;
// How far ahead the goal date is looked for (also beyond the chart's days).
inline constexpr int kGoalSearchDays = 3650;

struct ProjectionRequest {
  BodyProfile profile;                   // weight used only without weigh-ins
  std::optional<Kilograms> goal_weight;  // none: no goal dates
  std::vector<WeighIn> weigh_ins;
  std::vector<IntakeDay> intakes;
  CivilDate today;
  int days = kDefaultProjectionDays;  // 1..kMaxProjectionDays
  // The person's budget as the diary has it (ProfileCalorieGoal); none: the
  // formula's at the start weight.
  std::optional<Kcal> budget;
};

enum class StartWeightSource { kTrend, kProfile };
enum class IntakeSource { kLoggedDays, kBudget };

struct ProjectionPoint {
  int day = 0;  // 0 is today
  CivilDate date;
  Kilograms model;
  Kilograms straight_line;
};

struct WeightProjection {
  CivilDate start_date;
  Kilograms start_weight;  // the trend's last value, else the profile's weight
  StartWeightSource start_weight_source = StartWeightSource::kProfile;

  // The model's person: the profile's activity factor as PAL, replaced by
  // estimate / RMR once the adaptive estimate has data (pal_calibrated).
  double pal = 0;
  bool pal_calibrated = false;
  Kcal rmr;
  Kcal maintenance;  // both lines' starting expenditure

  Kcal intake;  // the daily intake both lines assume
  IntakeSource intake_source = IntakeSource::kBudget;
  int intake_days = 0;  // fully logged days in the mean (up to kIntakeMeanDays)

  std::vector<ProjectionPoint> days;  // day 0..request.days
  std::optional<Kilograms> goal_weight;
  std::optional<CivilDate> model_goal_date;          // none: not within kGoalSearchDays
  std::optional<CivilDate> straight_line_goal_date;  // the same

  std::vector<TrendDay> trend;
  ExpenditureEstimate expenditure;
  Kcal budget;                              // the profile's formula budget
  std::optional<Kcal> recalibrated_budget;  // the same goal on the adaptive estimate
  std::string explanation;                  // one sentence
  // What the weekly goal does not do about the goal weight and date
  // (WeightGoalNotes, core/weight/weight_goal.h); filled by the use case
  // (core/usecases/user_projection.h), which knows the goal date and units.
  std::vector<std::string> goal_notes;
};

// InvalidArgument when the profile, the start weight, the goal weight or
// `days` is out of range (the message names it).
Result<WeightProjection> ProjectWeight(const ProjectionRequest& request);

}  // namespace platewise

#endif  // PLATEWISE_CORE_WEIGHT_WEIGHT_PROJECTION_H_
