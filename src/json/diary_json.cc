#include "json/diary_json.h"

#include "core/diary/day_summary.h"
#include "core/food/amount.h"
#include "core/food/entry_nutrients.h"

namespace platewise {
namespace {

nlohmann::json Optional(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

}  // namespace

nlohmann::json DiaryEntryJson(const DiaryEntry& e, const Food& food) {
  return {{"id", e.id},
          {"date", e.date.ToString()},
          {"meal", MealName(e.meal)},
          {"food_id", e.food_id},
          {"name", food.description},
          {"grams", e.grams.value()},
          {"amount", AmountDisplayText(e.amount_text)},
          {"energy_kcal", Optional(EntryEnergyKcal(e, food))},
          {"version", e.version}};
}

nlohmann::json WaterJson(const WaterEntry& e) {
  return {{"id", e.id}, {"date", e.date.ToString()}, {"ml", e.ml}};
}

nlohmann::json ExerciseJson(const ExerciseEntry& e) {
  return {{"id", e.id},
          {"date", e.date.ToString()},
          {"activity", e.activity},
          {"description", e.description},
          {"minutes", Optional(e.minutes)},
          {"kcal", e.kcal.value()}};
}

nlohmann::json WeightJson(const WeightEntry& e) {
  return {{"id", e.id}, {"date", e.date.ToString()}, {"weight_kg", e.weight.value()}};
}

nlohmann::json LoggedWeightJson(const LoggedWeight& logged) {
  nlohmann::json j = WeightJson(logged.entry);
  auto budget = [](const std::optional<CalorieGoal>& g) {
    return g ? nlohmann::json(g->budget.value()) : nlohmann::json(nullptr);
  };
  j["profile_weight_updated"] = logged.profile_weight_updated;
  j["budget_kcal_before"] = budget(logged.goal_before);
  j["budget_kcal"] = budget(logged.goal_after);
  return j;
}

nlohmann::json WeightsJson(const std::vector<WeightEntry>& weights) {
  nlohmann::json list = nlohmann::json::array();
  for (const WeightEntry& w : weights) list.push_back(WeightJson(w));
  return {{"weights", std::move(list)}};
}

nlohmann::json FoodUseJson(const FoodUse& use, const Food& food) {
  auto last = ReadAmountDescription(use.last_amount_text);
  return {{"food_id", use.food_id},
          {"name", food.description},
          {"times", use.times},
          {"last_date", use.last_date.ToString()},
          {"last_amount", last ? nlohmann::json{{"amount", last->amount}, {"unit", last->unit}} : nlohmann::json(nullptr)}};
}

nlohmann::json ProfileJson(const ProfileSettings& s, const BodyProfile& body) {
  return {{"sex", SexName(body.sex)},
          {"birth_date", s.birth_date ? nlohmann::json(s.birth_date->ToString()) : nlohmann::json(nullptr)},
          {"age", body.age_years},
          {"height_cm", body.height.value()},
          {"weight_kg", body.weight.value()},
          {"activity", ActivityLevelName(body.activity)},
          {"weekly_goal_lb", body.goal.lb_per_week},
          {"units", DisplayUnitsName(s.units)},
          {"time_zone", s.time_zone},
          {"adaptive_maintenance",
           s.adaptive_maintenance ? nlohmann::json{{"kcal", s.adaptive_maintenance->kcal.value()},
                                                   {"set_on", s.adaptive_maintenance->set_on.ToString()}}
                                  : nlohmann::json(nullptr)},
          {"macro_targets", {{"unit", MacroUnitName(s.macro_targets.unit)},
                             {"protein", s.macro_targets.protein},
                             {"carbohydrate", s.macro_targets.carbohydrate},
                             {"fat", s.macro_targets.fat}}},
          {"goal_weight_kg", s.weight_goal ? nlohmann::json(s.weight_goal->weight.value()) : nlohmann::json(nullptr)},
          {"goal_date", s.weight_goal && s.weight_goal->date ? nlohmann::json(s.weight_goal->date->ToString())
                                                             : nlohmann::json(nullptr)}};
}

}  // namespace platewise
