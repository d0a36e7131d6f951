#ifndef PLATEWISE_JSON_SUPPLEMENT_JSON_H_
#define PLATEWISE_JSON_SUPPLEMENT_JSON_H_

// JSON shape of a supplement product (CLI --json; docs/api.md):
//   {"id":3,"name":"Magnesium citrate","unit":"tablet",
//    "per_unit":{"magnesium":200.0,"vitamin_d":25.0}}
// Amounts are per unit in the DRI key's unit (data/dri/dri.csv), unrounded.
// A dose:
//   {"id":7,"date":"2026-11-29","supplement_id":3,"units":1.0}

#include <nlohmann/json.hpp>

#include "core/supplement/supplement.h"

namespace platewise {

nlohmann::json SupplementJson(const Supplement& supplement);
nlohmann::json SupplementDoseJson(const SupplementDose& dose);

}  // namespace platewise

#endif  // PLATEWISE_JSON_SUPPLEMENT_JSON_H_
