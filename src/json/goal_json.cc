#include "json/goal_json.h"

namespace platewise {

nlohmann::json CalorieGoalJson(const BodyProfile& p, const CalorieGoal& g) {
  return {
      {"sex", SexName(p.sex)},
      {"age", p.age_years},
      {"height_cm", p.height.value()},
      {"weight_kg", p.weight.value()},
      {"activity", ActivityLevelName(p.activity)},
      {"goal", WeeklyGoalName(p.goal)},
      {"goal_lb_per_week", p.goal.lb_per_week},
      {"bmr_kcal", g.bmr.value()},
      {"maintenance_kcal", g.maintenance.value()},
      {"maintenance_source", g.adaptive_maintenance ? "adaptive" : "formula"},
      {"goal_adjustment_kcal", g.goal_adjustment.value()},
      {"budget_kcal", g.budget.value()},
      {"floor_kcal", CalorieFloor(p.sex).value()},
      {"floor_applied", g.floor_applied},
      {"weekly_change_lb", g.weekly_change_lb},
      {"floor_goal_lb_per_week", g.floor_goal ? nlohmann::json(g.floor_goal->lb_per_week) : nlohmann::json(nullptr)},
      {"floor_note", g.floor_applied ? nlohmann::json(g.floor_note) : nlohmann::json(nullptr)},
  };
}

}  // namespace platewise
