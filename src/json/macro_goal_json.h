#ifndef PLATEWISE_JSON_MACRO_GOAL_JSON_H_
#define PLATEWISE_JSON_MACRO_GOAL_JSON_H_

// JSON of the goals beside the weekly one (GET/PUT /api/v1/goal/macros and
// /api/v1/goal/weight, core/usecases/goals.h):
//   macros: {"unit":"percent","protein":20,"carbohydrate":50,"fat":30,"budget_kcal":1512.0,
//            "targets":{"protein":{"grams":75.6,"percent":20,"outside_amdr":false,
//                                  "amdr_low_percent":10,"amdr_high_percent":35},...},
//            "targets_kcal":1512.0,"defaults":{"unit":"percent","protein":20,"carbohydrate":50,"fat":30},
//            "notes":["..."]}
//   weight: {"goal_weight_kg":65.0|null,"goal_date":"2027-06-01"|null,"units":"imperial",
//            "start_weight_kg":72.6,"model_goal_date":...|null,"straight_line_goal_date":...|null,
//            "notes":["..."]}
// Numbers are unrounded.

#include <nlohmann/json.hpp>

#include "core/energy/macro_targets.h"
#include "core/usecases/goals.h"

namespace platewise {

nlohmann::json MacroGoalJson(const MacroGoal& goal);
nlohmann::json WeightGoalJson(const WeightGoalView& view);

}  // namespace platewise

#endif  // PLATEWISE_JSON_MACRO_GOAL_JSON_H_
