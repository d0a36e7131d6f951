#include "json/doctor_report_json.h"

#include "json/nutrient_json.h"
#include "json/supplement_json.h"

namespace platewise {
namespace {

nlohmann::json WeighInJson(const WeighIn& w) { return {{"date", w.date.ToString()}, {"weight_kg", w.weight.value()}}; }

}  // namespace

nlohmann::json DoctorReportJson(const DoctorReport& r) {
  nlohmann::json sources = nlohmann::json::object();
  for (size_t i = 0; i < r.nutrients.nutrients.size() && i < r.target_sources.size(); ++i) {
    sources[r.nutrients.nutrients[i].target.key] = r.target_sources[i];
  }
  nlohmann::json supplements = nlohmann::json::array();
  for (const SupplementTaken& t : r.supplements) {
    nlohmann::json s = SupplementJson(t.product);
    s["doses"] = t.doses;
    s["units"] = t.units;
    s["days"] = t.days;
    supplements.push_back(std::move(s));
  }
  nlohmann::json weight = nullptr;
  if (r.weight) {
    weight = {{"first", WeighInJson(r.weight->first)},
              {"last", WeighInJson(r.weight->last)},
              {"weigh_ins", r.weight->weigh_ins},
              {"change_kg", r.weight->change_kg},
              {"kg_per_week", r.weight->kg_per_week ? nlohmann::json(*r.weight->kg_per_week) : nlohmann::json(nullptr)}};
  }
  return {{"from", r.nutrients.from.ToString()},
          {"to", r.nutrients.to.ToString()},
          {"report", NutrientReportJson(r.nutrients)},
          {"target_sources", std::move(sources)},
          {"supplements", std::move(supplements)},
          {"weight", std::move(weight)},
          {"not_a_diagnosis", kNotADiagnosis}};
}

}  // namespace platewise
