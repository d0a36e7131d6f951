#ifndef PLATEWISE_CORE_SUPPLEMENT_SUPPLEMENT_H_
#define PLATEWISE_CORE_SUPPLEMENT_SUPPLEMENT_H_

// A dietary supplement product and the doses a person logs of it. Supplement
// intake is kept apart from food (its own tables and IntakeItem.supplement)
// because some ULs apply to supplements alone (core/nutrient/dri_table.h).
// Amounts are per unit ("tablet", "capsule", "ml") in the DRI key's unit
// (data/dri/dri.csv): magnesium in mg, vitamin_d in ug, vitamin_a_rae in ug RAE.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/diary/civil_date.h"
#include "core/nutrient/intake_item.h"
#include "core/nutrient/nutrient.h"
#include "core/status.h"

namespace platewise {

struct Supplement {
  std::int64_t id = 0;  // assigned by the store
  std::string name;     // "Magnesium citrate 200 mg"
  std::string unit;     // "tablet"
  NutrientValues per_unit;
};

struct SupplementDose {
  std::int64_t id = 0;  // assigned by the store
  CivilDate date;
  std::int64_t supplement_id = 0;
  double units = 1;
};

inline constexpr double kMaxDoseUnits = 100;

// Parses "magnesium=200,vitamin_d=25" (amount per unit in the key's DRI unit).
// InvalidArgument naming the bad part; keys are checked by the caller.
Result<NutrientValues> ParseNutrientAmounts(std::string_view text);

// Rejects an empty name or unit, no nutrients, and negative amounts.
Status ValidateSupplement(const Supplement& supplement);
// Rejects NaN, zero, negative and more than kMaxDoseUnits.
Status ValidateDoseUnits(double units);

// REQUIRES: supplement.id == dose.supplement_id.
IntakeItem SupplementIntake(const SupplementDose& dose, const Supplement& supplement);

// The id a supplement has in reports and intake items: "s12".
std::string SupplementSourceId(std::int64_t id);

}  // namespace platewise

#endif  // PLATEWISE_CORE_SUPPLEMENT_SUPPLEMENT_H_
