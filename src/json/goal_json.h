#ifndef PLATEWISE_JSON_GOAL_JSON_H_
#define PLATEWISE_JSON_GOAL_JSON_H_

// JSON shape of a calorie goal:
//   {"sex":"female","age":35,"height_cm":167.64,"weight_kg":72.57,"activity":"light",
//    "goal":"lose-1","goal_lb_per_week":-1,
//    "bmr_kcal":1463.3,"maintenance_kcal":2012.0,"goal_adjustment_kcal":-500,"budget_kcal":1512.0,
//    "floor_kcal":1200,"floor_applied":false,"weekly_change_lb":-1,
//    "floor_goal_lb_per_week":null,"floor_note":null}
// Numbers are unrounded. With floor_applied, floor_note is the sentence to
// show (core/energy/calorie_goal.h) and floor_goal_lb_per_week the fastest
// goal the floor allows (null: none short of gaining); both null otherwise.

#include <nlohmann/json.hpp>

#include "core/energy/calorie_goal.h"

namespace platewise {

nlohmann::json CalorieGoalJson(const BodyProfile& profile, const CalorieGoal& goal);

}  // namespace platewise

#endif  // PLATEWISE_JSON_GOAL_JSON_H_
