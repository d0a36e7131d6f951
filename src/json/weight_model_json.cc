#include "json/weight_model_json.h"

namespace platewise {
namespace {

nlohmann::json PersonJson(const BodyModel& m) {
  const BodyModelPerson& p = m.person();
  const ModelBaseline& b = m.baseline();
  return {
      {"sex", SexName(p.sex)},
      {"age", p.age_years},
      {"height_cm", p.height.value()},
      {"weight_kg", p.weight.value()},
      {"pal", p.pal},
      {"rmr_kcal", b.rmr.value()},
      {"maintenance_kcal", b.maintenance.value()},
      {"body_fat_percent", b.body_fat_percent},
  };
}

}  // namespace

nlohmann::json WeightProjectionJson(const BodyModel& model, const DayInputs& inputs,
                                    const std::vector<ProjectedDay>& days) {
  nlohmann::json j = PersonJson(model);
  j["intake_kcal"] = inputs.intake.value();
  j["carb_fraction"] = inputs.carb_fraction;
  j["sodium_mg"] = inputs.sodium_mg;
  j["activity_change"] = inputs.activity_change;
  nlohmann::json list = nlohmann::json::array();
  for (const ProjectedDay& d : days) {
    list.push_back(
        {{"day", d.day}, {"weight_kg", d.weight.value()}, {"fat_kg", d.fat.value()}, {"lean_kg", d.lean.value()}});
  }
  j["days"] = std::move(list);
  return j;
}

nlohmann::json GoalPlanJson(const BodyModel& model, const GoalPlanRequest& request, const GoalPlan& plan) {
  nlohmann::json j = PersonJson(model);
  j["goal_weight_kg"] = request.goal_weight.value();
  j["days"] = request.days;
  j["carb_fraction"] = request.carb_fraction;
  j["activity_change"] = request.activity_change;
  j["intake_kcal"] = plan.intake.value();
  j["maintenance_after_kcal"] = plan.maintenance_after.value();
  j["weight_reached_kg"] = plan.weight_reached.value();
  j["goal_bmi"] = plan.goal_bmi;
  j["calorie_floor_kcal"] = plan.calorie_floor.value();
  j["below_floor"] = plan.below_floor;
  j["bmi_outside_healthy"] = plan.bmi_outside_healthy;
  j["warnings"] = plan.warnings;
  return j;
}

}  // namespace platewise
