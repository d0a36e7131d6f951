#include "core/nutrient/dri_source.h"

namespace platewise {

std::string DriSourceOf(const std::string& nutrient_key) {
  // data/dri/README.md: sodium and potassium were replaced by the 2019 values.
  if (nutrient_key == "sodium" || nutrient_key == "potassium") {
    return "National Academies, Dietary Reference Intakes for Sodium and Potassium (2019)";
  }
  return "Food and Nutrition Board, National Academies: Dietary Reference Intakes summary tables";
}

}  // namespace platewise
