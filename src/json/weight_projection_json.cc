#include "json/weight_projection_json.h"

namespace platewise {
namespace {

template <typename T>
nlohmann::json OrNull(const std::optional<T>& v) {
  if (!v) return nullptr;
  if constexpr (std::is_same_v<T, CivilDate>) {
    return v->ToString();
  } else if constexpr (std::is_same_v<T, double>) {
    return *v;
  } else {
    return v->value();
  }
}

nlohmann::json ExpenditureJson(const ExpenditureEstimate& e) {
  return {
      {"window_start", e.window_start.ToString()},
      {"window_end", e.window_end.ToString()},
      {"days_with_both", e.days_with_both},
      {"days_needed", e.days_needed},
      {"fully_logged_days", e.fully_logged_days},
      {"partly_logged_days", e.partly_logged_days},
      {"formula_kcal", e.formula.value()},
      {"formula_sd_kcal", e.formula_sd.value()},
      {"mean_intake_kcal", OrNull(e.mean_intake)},
      {"weight_slope_kg_per_day", OrNull(e.weight_slope_kg_per_day)},
      {"energy_density_kcal_per_kg", OrNull(e.energy_density_kcal_per_kg)},
      {"observed_kcal", OrNull(e.observed)},
      {"observed_sd_kcal", OrNull(e.observed_sd)},
      {"estimate_kcal", e.estimate.value()},
      {"estimate_sd_kcal", e.estimate_sd.value()},
      {"data_share", e.data_share},
  };
}

}  // namespace

nlohmann::json WeightProjectionReportJson(const WeightProjection& p) {
  nlohmann::json days = nlohmann::json::array();
  for (const ProjectionPoint& d : p.days) {
    days.push_back({{"day", d.day},
                    {"date", d.date.ToString()},
                    {"model_kg", d.model.value()},
                    {"straight_line_kg", d.straight_line.value()}});
  }
  nlohmann::json trend = nlohmann::json::array();
  for (const TrendDay& t : p.trend) {
    trend.push_back({{"date", t.date.ToString()},
                     {"weight_kg", t.weight.value()},
                     {"measured", t.measured.has_value()},
                     {"trend_kg", t.trend.value()}});
  }
  return {
      {"start_date", p.start_date.ToString()},
      {"start_weight_kg", p.start_weight.value()},
      {"start_weight_source", p.start_weight_source == StartWeightSource::kTrend ? "trend" : "profile"},
      {"pal", p.pal},
      {"pal_calibrated", p.pal_calibrated},
      {"rmr_kcal", p.rmr.value()},
      {"maintenance_kcal", p.maintenance.value()},
      {"intake_kcal", p.intake.value()},
      {"intake_source", p.intake_source == IntakeSource::kLoggedDays ? "logged" : "budget"},
      {"intake_days", p.intake_days},
      {"goal_weight_kg", OrNull(p.goal_weight)},
      {"model_goal_date", OrNull(p.model_goal_date)},
      {"straight_line_goal_date", OrNull(p.straight_line_goal_date)},
      {"goal_notes", p.goal_notes},
      {"days", std::move(days)},
      {"trend", std::move(trend)},
      {"expenditure", ExpenditureJson(p.expenditure)},
      {"budget_kcal", p.budget.value()},
      {"recalibrated_budget_kcal", OrNull(p.recalibrated_budget)},
      {"explanation", p.explanation},
  };
}

}  // namespace platewise
