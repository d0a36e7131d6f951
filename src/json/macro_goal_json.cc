#include "json/macro_goal_json.h"

namespace platewise {
namespace {

nlohmann::json TargetJson(const MacroTarget& t, const Amdr& amdr) {
  return {{"grams", t.grams},
          {"percent", t.percent},
          {"outside_amdr", t.outside_amdr},
          {"amdr_low_percent", amdr.low_percent},
          {"amdr_high_percent", amdr.high_percent}};
}

nlohmann::json TargetsJson(const MacroTargets& t) {
  return {{"unit", MacroUnitName(t.unit)}, {"protein", t.protein}, {"carbohydrate", t.carbohydrate}, {"fat", t.fat}};
}

nlohmann::json OptionalDate(const std::optional<CivilDate>& d) {
  return d ? nlohmann::json(d->ToString()) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json MacroGoalJson(const MacroGoal& g) {
  nlohmann::json j = TargetsJson(g.chosen);
  j["budget_kcal"] = g.budget.value();
  j["targets"] = {{"protein", TargetJson(g.protein, kProteinAmdr)},
                  {"carbohydrate", TargetJson(g.carbohydrate, kCarbohydrateAmdr)},
                  {"fat", TargetJson(g.fat, kFatAmdr)}};
  j["targets_kcal"] = g.targets_kcal.value();
  j["defaults"] = TargetsJson(MacroTargets{});
  j["notes"] = g.notes;
  return j;
}

nlohmann::json WeightGoalJson(const WeightGoalView& v) {
  return {{"goal_weight_kg", v.goal ? nlohmann::json(v.goal->weight.value()) : nlohmann::json(nullptr)},
          {"goal_date", v.goal ? OptionalDate(v.goal->date) : nlohmann::json(nullptr)},
          {"units", DisplayUnitsName(v.units)},
          {"start_weight_kg", v.start_weight.value()},
          {"model_goal_date", OptionalDate(v.model_goal_date)},
          {"straight_line_goal_date", OptionalDate(v.straight_line_goal_date)},
          {"notes", v.notes}};
}

}  // namespace platewise
