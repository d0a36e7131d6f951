#ifndef PLATEWISE_CORE_WEIGHT_GOAL_PLANNER_H_
#define PLATEWISE_CORE_WEIGHT_GOAL_PLANNER_H_

// The goal planner of the NIH Body Weight Planner: the constant daily intake
// that brings a person (a BodyModel) to a goal weight on a given day, and the
// intake that maintains the goal afterwards. While solving, sodium is
// proportional to intake (4000 mg at maintenance), as in the planner; the
// carbohydrate fraction and activity change are the request's.
//
// The search starts at maintenance, steps 200 kcal/day towards the goal and
// halves the step, reversing it, each time it overshoots, until the weight on
// the goal day is within kGoalToleranceKg of the goal. See docs/weight.md.

#include <string>
#include <vector>

#include "core/quantity.h"
#include "core/status.h"
#include "core/weight/body_model.h"

namespace platewise {

inline constexpr double kGoalToleranceKg = 0.001;
inline constexpr int kMaxPlanDays = 3650;
inline constexpr double kHealthyBmiLow = 18.5;
inline constexpr double kHealthyBmiHigh = 25;

struct GoalPlanRequest {
  Kilograms goal_weight;  // kMinWeightKg..kMaxWeightKg
  int days = 0;           // the goal day, 1..kMaxPlanDays from the start
  double carb_fraction = kBaselineCarbFraction;
  double activity_change = 0;  // as in DayInputs
};

struct GoalPlan {
  Kcal intake;               // every day until the goal day
  Kcal maintenance_after;    // every day after it, to stay at the goal
  Kilograms weight_reached;  // the model's weight on the goal day at `intake`
  double goal_bmi = 0;
  Kcal calorie_floor;                 // CalorieFloor(sex)
  bool below_floor = false;           // intake < calorie_floor
  bool bmi_outside_healthy = false;   // goal BMI outside 18.5-25
  std::vector<std::string> warnings;  // one sentence each, for people
};

// The day inputs the planner assumes at `intake`: sodium scaled with intake.
DayInputs PlannedDayInputs(const BodyModel& model, Kcal intake, const GoalPlanRequest& request);

// InvalidArgument for a request out of range, or a goal no intake between 0
// and kMaxIntakeKcal reaches by that day (the message says so and suggests a
// later day or a nearer goal).
Result<GoalPlan> PlanGoal(const BodyModel& model, const GoalPlanRequest& request);

}  // namespace platewise

#endif  // PLATEWISE_CORE_WEIGHT_GOAL_PLANNER_H_
