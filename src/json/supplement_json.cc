#include "json/supplement_json.h"

namespace platewise {

nlohmann::json SupplementJson(const Supplement& s) {
  nlohmann::json per_unit = nlohmann::json::object();
  for (const auto& [key, amount] : s.per_unit.all()) per_unit[key] = amount;
  return {{"id", s.id}, {"name", s.name}, {"unit", s.unit}, {"per_unit", std::move(per_unit)}};
}

nlohmann::json SupplementDoseJson(const SupplementDose& d) {
  return {{"id", d.id}, {"date", d.date.ToString()}, {"supplement_id", d.supplement_id}, {"units", d.units}};
}

}  // namespace platewise
