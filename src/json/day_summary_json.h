#ifndef PLATEWISE_JSON_DAY_SUMMARY_JSON_H_
#define PLATEWISE_JSON_DAY_SUMMARY_JSON_H_

// JSON text of a diary day: the one serializer behind GET /api/v1/diary/{date}
// and `platewise log day --json` (the same document for the same data):
//   {"date":"2026-11-29",
//    "meals":{"breakfast":[{"id":1,"food_id":"11457","name":"Spinach, raw","grams":100.0,
//                           "amount":"100 g","energy_kcal":23.0|null}], "lunch":[],...},
//    "totals":{"energy_kcal":23.0|null,"protein_g":...,"magnesium_mg":79.0|null},
//    "missing_entries":{"energy_kcal":0,...,"magnesium_mg":0},
//    "budget_kcal":1512.0|null,
//    "water_ml":500.0, "water":[Water...], "exercise":[Exercise...], "exercise_kcal":150.5,
//    "remaining_kcal":1489.0|null,
//    "macros":{"unit":"percent","protein":{"grams":2.9|null,"percent":45.1|null,"missing_entries":0,
//              "target_grams":75.6,"target_percent":20},"carbohydrate":{...},"fat":{...},
//              "notes":["..."]}|null}
// Water and Exercise objects are those of json/diary_json.h. A total is null
// when no entry had a value; missing_entries counts entries whose food lacked
// one. remaining_kcal = budget + exercise_kcal - eaten: null without a
// profile, and eaten counts only known energy (missing_entries.energy_kcal
// says how many entries it leaves out). macros (null without a profile) is
// core/diary/macro_breakdown.h's: grams eaten, percent of the three's energy,
// and the targets on the budget. Numbers are unrounded.
//
// Written with JsonWriter, not nlohmann::json: this is the API's most
// requested document.

#include <string>

#include "core/diary/day_summary.h"

namespace platewise {

std::string DiaryDayJson(const DaySummary& day);

}  // namespace platewise

#endif  // PLATEWISE_JSON_DAY_SUMMARY_JSON_H_
