#include "core/weight/goal_planner.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/units/body_units.h"

namespace platewise {
namespace {

constexpr double kFirstStepKcal = 200;
constexpr int kMaxSearchSteps = 400;

std::string Format(const char* fmt, double a, double b = 0) {
  char buf[128];
  std::snprintf(buf, sizeof buf, fmt, a, b);
  return buf;
}

}  // namespace

DayInputs PlannedDayInputs(const BodyModel& model, Kcal intake, const GoalPlanRequest& request) {
  DayInputs in;
  in.intake = intake;
  in.carb_fraction = request.carb_fraction;
  in.sodium_mg = kBaselineSodiumMg * intake.value() / model.baseline().maintenance.value();
  in.activity_change = request.activity_change;
  return in;
}

Result<GoalPlan> PlanGoal(const BodyModel& model, const GoalPlanRequest& request) {
  const double goal = request.goal_weight.value();
  if (!(goal >= kMinWeightKg && goal <= kMaxWeightKg)) {
    return Status::InvalidArgument(Format("goal weight %g kg is outside %g-", goal, kMinWeightKg) +
                                   Format("%g kg", kMaxWeightKg));
  }
  if (request.days < 1 || request.days > kMaxPlanDays) {
    return Status::InvalidArgument(Format("%g days to the goal is outside 1-%g", request.days, kMaxPlanDays));
  }
  PW_RETURN_IF_ERROR(ValidateDayInputs(PlannedDayInputs(model, model.baseline().maintenance, request)));

  auto weight_at = [&](double intake) {
    return model.Weight(model.StateAfter(PlannedDayInputs(model, Kcal(intake), request), request.days)).value();
  };
  auto unreachable = [&](const char* why) {
    return Status::InvalidArgument(Format("goal weight %g kg cannot be reached in %g days", goal, request.days) + why +
                                   ": choose a later day or a nearer goal");
  };
  if (weight_at(0) > goal + kGoalToleranceKg) return unreachable(" even eating nothing");
  if (weight_at(kMaxIntakeKcal) < goal - kGoalToleranceKg) {
    return unreachable(Format(" even at %g kcal/day", kMaxIntakeKcal).c_str());
  }

  double intake = model.baseline().maintenance.value();
  double weight = weight_at(intake);
  double step = weight > goal ? -kFirstStepKcal : kFirstStepKcal;
  for (int i = 0; i < kMaxSearchSteps && std::abs(weight - goal) >= kGoalToleranceKg; ++i) {
    const bool wants_more = weight < goal;
    if (wants_more != (step > 0)) step = -step / 2;  // overshot: turn back with half the step
    intake = std::clamp(intake + step, 0.0, kMaxIntakeKcal);
    weight = weight_at(intake);
  }
  if (std::abs(weight - goal) >= kGoalToleranceKg) {
    return Status::Internal(Format("the goal search did not converge (%g kg for goal %g kg)", weight, goal));
  }

  GoalPlan plan;
  plan.intake = Kcal(intake);
  plan.weight_reached = Kilograms(weight);
  const BodyState at_goal = model.StateAfter(PlannedDayInputs(model, plan.intake, request), request.days);
  plan.maintenance_after = model.MaintenanceIntake(at_goal, request.activity_change);
  const double h = model.person().height.value() / 100;
  plan.goal_bmi = goal / (h * h);
  plan.calorie_floor = CalorieFloor(model.person().sex);
  plan.below_floor = plan.intake < plan.calorie_floor;
  plan.bmi_outside_healthy = plan.goal_bmi < kHealthyBmiLow || plan.goal_bmi > kHealthyBmiHigh;
  if (plan.below_floor) {
    plan.warnings.push_back(
        Format("The plan's %.0f kcal/day is below the %.0f kcal/day", intake, plan.calorie_floor.value()) +
        " advised without a health professional's supervision; choose a later day or a "
        "nearer goal.");
  }
  if (plan.bmi_outside_healthy) {
    plan.warnings.push_back(
        Format("The goal's BMI of %.1f is outside the healthy range of %.1f", plan.goal_bmi, kHealthyBmiLow) +
        Format("-%g.", kHealthyBmiHigh));
  }
  return plan;
}

}  // namespace platewise
