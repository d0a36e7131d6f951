#ifndef PLATEWISE_JSON_SUPPLEMENT_JSON_H_
#define PLATEWISE_JSON_SUPPLEMENT_JSON_H_

// JSON shape of a supplement product (CLI --json; docs/api.md):
//   {"id":3,"name":"Magnesium citrate","unit":"tablet",
//    "per_unit":{"magnesium":200.0,"vitamin_d":25.0}}
// Amounts are per unit in the DRI key's unit (data/dri/dri.csv), unrounded.

#include <nlohmann/json.hpp>

#include "core/supplement/supplement.h"

namespace platewise {

nlohmann::json SupplementJson(const Supplement& supplement);

}  // namespace platewise

#endif  // PLATEWISE_JSON_SUPPLEMENT_JSON_H_
