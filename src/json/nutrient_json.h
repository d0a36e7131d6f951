#ifndef PLATEWISE_JSON_NUTRIENT_JSON_H_
#define PLATEWISE_JSON_NUTRIENT_JSON_H_

// JSON shapes of nutrient targets, reports, suggestions and rankings, shared
// by the API and the CLI's --json output (also in docs/api.md). Numbers are
// unrounded; null means "not set" or "unknown", never 0.
//
// Targets:
//   {"targets":[{"key":"magnesium","name":"Magnesium","unit":"mg","group":"women 31-50",
//                "target":500|null (the effective one),"source":"dri"|"doctor"|"own",
//                "upper":600|null (the person's upper bound),"above_ul":true (target or upper over the UL),
//                "dri_target":320|null (the RDA, else the AI),
//                "ear":265|null,"rda":320|null,"ai":null,"ul":350|null,
//                "ul_scope":"supplements"|null (null when there is no UL),
//                "cdrr":2300|null (sodium's chronic disease risk reduction intake),"note":"..."}, ...]}
// Report:
//   {"from":"2026-11-23","to":"2026-11-29","logged_days":7,"days_not_logged":0,
//    "dates":["2026-11-23",...],"partly_logged_days":["2026-11-29"] (of dates, not fully logged),
//    "nutrients":[{"key":"magnesium","name":"Magnesium","unit":"mg",
//                  "mean":212.4|null,"mean_supplements":0|null,"mean_food":212.4|null,"target":320|null,
//                  "target_kind":"rda"|"ai"|null (of dri_target),"target_source":"dri"|"doctor"|"own",
//                  "dri_target":320|null,"upper":600|null,"ear":265|null,"ul":350|null,
//                  "ul_scope":"supplements"|null,"ul_intake":0|null,"cdrr":2300|null,"percent":66.4|null,
//                  "days":7,"days_without_value":0,"missing_entries":2,
//                  "days_below_ear":3,"partly_logged_below_ear":1,"days_above_ul":0,
//                  "status":"likely-inadequate"|"possibly-inadequate"|"adequate"|"cannot-judge"|"above-ul"|"above-cdrr"
//                            |"above-limit",
//                  "top_foods":[{"food_id":"11457","name":"Spinach, raw","amount":158.0,"share":0.42}],
//                  "explanation":"Your magnesium averaged ..."|null}, ...]}
// Suggestions:
//   {"date":"2026-11-29","kcal_left":512.3,
//    "gaps":[{"key":"magnesium","unit":"mg","amount":108.0,"closed":0.93}],
//    "suggestions":[{"food_id":"12014","name":"Seeds, pumpkin ...","grams":28.35,
//                    "portion":"1 oz (28 g)","kcal":158.5,"adds":{"magnesium":167.8}}],
//    "note":"No food fits the 0 kcal left ..."|null}
// Ranking (foods top):
//   {"nutrient":"magnesium","unit":"mg","per":"100g"|"100kcal"|"portion",
//    "foods":[{"food_id":"12014","name":"...","food_group":"...","amount":592.0,
//              "portion":{"amount":1.0,"unit":"cup","grams":129.0}|null}]}

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/nutrient/gap_suggestions.h"
#include "core/nutrient/nutrient_report.h"
#include "core/ports/food_repository.h"

namespace platewise {

nlohmann::json TargetJson(const NutrientTarget& target);  // one element of TargetsJson's list
nlohmann::json TargetsJson(const std::vector<NutrientTarget>& targets);
nlohmann::json NutrientReportJson(const NutrientReport& report);
nlohmann::json GapSuggestionsJson(const CivilDate& date, const GapSuggestions& result);
nlohmann::json RankedFoodsJson(const std::string& nutrient, const std::string& unit, const std::string& per,
                               const std::vector<RankedFood>& foods);

}  // namespace platewise

#endif  // PLATEWISE_JSON_NUTRIENT_JSON_H_
