#ifndef PLATEWISE_JSON_DAY_SUMMARY_JSON_H_
#define PLATEWISE_JSON_DAY_SUMMARY_JSON_H_

// JSON shape of a diary day:
//   {"date":"2026-11-29",
//    "meals":{"breakfast":[{"id":1,"food_id":"11457","name":"Spinach, raw","grams":100.0,
//                           "amount":"100 g","energy_kcal":23.0|null}], "lunch":[],...},
//    "totals":{"energy_kcal":23.0|null,"protein_g":...,"magnesium_mg":79.0|null},
//    "missing_entries":{"energy_kcal":0,...,"magnesium_mg":0},
//    "budget_kcal":1512.0|null,"remaining_kcal":1489.0|null}
// A total is null when no entry had a value; missing_entries counts entries
// whose food lacked one. Numbers are unrounded.

#include <nlohmann/json.hpp>

#include "core/diary/day_summary.h"

namespace platewise {

nlohmann::json DaySummaryJson(const DaySummary& day);

}  // namespace platewise

#endif  // PLATEWISE_JSON_DAY_SUMMARY_JSON_H_
