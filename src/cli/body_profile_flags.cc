#include "cli/body_profile_flags.h"

#include <cmath>
#include <cstdio>
#include <ostream>

#include "core/units/body_units.h"

namespace platewise::cli {

const std::set<std::string> kBodyProfileFlags = {"sex", "age", "height", "weight", "activity", "goal"};

Result<BodyMeasures> BodyMeasuresFromFlags(const Arguments& args) {
  for (const char* flag : {"sex", "age", "height", "weight"}) {
    auto v = args.Require(flag);
    if (!v.ok()) return v.status();
  }
  auto sex = ParseSex(*args.Get("sex"));
  if (!sex.ok()) return sex.status();
  auto age = ParseAge(*args.Get("age"));
  if (!age.ok()) return age.status();
  auto height = ParseHeight(*args.Get("height"));
  if (!height.ok()) return height.status();
  auto weight = ParseWeight(*args.Get("weight"));
  if (!weight.ok()) return weight.status();
  return BodyMeasures{*sex, *age, *height, *weight};
}

Result<BodyProfile> BodyProfileFromFlags(const Arguments& args) {
  auto measures = BodyMeasuresFromFlags(args);
  if (!measures.ok()) return measures.status();
  for (const char* flag : {"activity", "goal"}) {
    auto v = args.Require(flag);
    if (!v.ok()) return v.status();
  }
  auto activity = ParseActivityLevel(*args.Get("activity"));
  if (!activity.ok()) return activity.status();
  auto goal = ParseWeeklyGoal(*args.Get("goal"));
  if (!goal.ok()) return goal.status();
  BodyProfile p;
  p.sex = measures->sex;
  p.age_years = measures->age_years;
  p.height = measures->height;
  p.weight = measures->weight;
  p.activity = *activity;
  p.goal = *goal;
  return p;
}

void PrintCalorieGoal(std::ostream& out, const BodyProfile& p, const CalorieGoal& g) {
  char line[256];
  auto print = [&](const char* fmt, auto... values) {
    std::snprintf(line, sizeof line, fmt, values...);
    out << line;
  };
  print("BMR (Mifflin-St Jeor):          %6.0f kcal/day\n", g.bmr.value());
  print("Maintenance (BMR x %g, %s): %6.0f kcal/day\n", ActivityFactor(p.activity), ActivityLevelName(p.activity),
        g.maintenance.value());
  double delta = p.goal.lb_per_week * kKcalPerPound / 7;
  print("Goal %-9s (%+.1f lb/week):   %+6.0f kcal/day\n", WeeklyGoalName(p.goal).c_str(), p.goal.lb_per_week, delta);
  print("Daily calorie budget:           %6.0f kcal/day\n", g.budget.value());
  if (g.floor_applied) out << "Note: " << g.floor_note << "\n";
}

}  // namespace platewise::cli
