#ifndef PLATEWISE_JSON_WEIGHT_MODEL_JSON_H_
#define PLATEWISE_JSON_WEIGHT_MODEL_JSON_H_

// JSON shapes of the body weight model (`platewise weight project|plan`).
//
// A projection:
//   {"sex":"male","age":40,"height_cm":180,"weight_kg":100,"pal":1.5,
//    "rmr_kcal":1932.2,"maintenance_kcal":2898.3,"body_fat_percent":29.618,
//    "intake_kcal":2398.3,"carb_fraction":0.5,"sodium_mg":4000,"activity_change":0,
//    "days":[{"day":0,"weight_kg":100,"fat_kg":29.618,"lean_kg":70.382},...]}
// `days` has one entry per day from 0 to the last day.
//
// A goal plan:
//   {"sex":...,"pal":1.5,"rmr_kcal":1932.2,"maintenance_kcal":2898.3,
//    "goal_weight_kg":90,"days":180,"carb_fraction":0.5,"activity_change":0,
//    "intake_kcal":2296.25,"maintenance_after_kcal":2687.4,"weight_reached_kg":90.0004,
//    "goal_bmi":27.78,"calorie_floor_kcal":1500,"below_floor":false,
//    "bmi_outside_healthy":true,"warnings":["The goal's BMI of 27.8 is ..."]}
// Numbers are unrounded.

#include <vector>

#include <nlohmann/json.hpp>

#include "core/weight/body_model.h"
#include "core/weight/goal_planner.h"

namespace platewise {

nlohmann::json WeightProjectionJson(const BodyModel& model, const DayInputs& inputs,
                                    const std::vector<ProjectedDay>& days);

nlohmann::json GoalPlanJson(const BodyModel& model, const GoalPlanRequest& request, const GoalPlan& plan);

}  // namespace platewise

#endif  // PLATEWISE_JSON_WEIGHT_MODEL_JSON_H_
