#ifndef PLATEWISE_CORE_NUTRIENT_DRI_SOURCE_H_
#define PLATEWISE_CORE_NUTRIENT_DRI_SOURCE_H_

// Where a nutrient's DRI values come from, named as data/dri/README.md
// records them, for a reader (a doctor) who wants to check a target.

#include <string>

namespace platewise {

// "National Academies, Dietary Reference Intakes for Sodium and Potassium
// (2019)" for sodium and potassium; the Food and Nutrition Board's DRI
// summary tables for every other key.
std::string DriSourceOf(const std::string& nutrient_key);

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_DRI_SOURCE_H_
