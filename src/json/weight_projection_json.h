#ifndef PLATEWISE_JSON_WEIGHT_PROJECTION_JSON_H_
#define PLATEWISE_JSON_WEIGHT_PROJECTION_JSON_H_

// JSON shape of a weight projection (the body of GET /api/v1/projection;
// values below are illustrative):
//   {"start_date":"2026-11-29","start_weight_kg":97.8,"start_weight_source":"trend"|"profile",
//    "pal":1.68,"pal_calibrated":true,"rmr_kcal":1910.3,"maintenance_kcal":3209.4,
//    "intake_kcal":2300,"intake_source":"logged"|"budget","intake_days":14,
//    "goal_weight_kg":92|null,"model_goal_date":"2027-03-02"|null,
//    "straight_line_goal_date":"2027-01-20"|null,
//    "days":[{"day":0,"date":"2026-11-29","model_kg":97.8,"straight_line_kg":97.8},...],
//    "trend":[{"date":"2026-10-29","weight_kg":100.1,"measured":true,"trend_kg":100.1},...],
//    "expenditure":{"window_start":"2026-11-02","window_end":"2026-11-29",
//                   "days_with_both":28,"days_needed":14,
//                   "fully_logged_days":28,"partly_logged_days":0,
//                   "formula_kcal":2650.2,"formula_sd_kcal":265.0,
//                   "mean_intake_kcal":2300|null,"weight_slope_kg_per_day":-0.12|null,
//                   "energy_density_kcal_per_kg":7475|null,
//                   "observed_kcal":3196|null,"observed_sd_kcal":95|null,
//                   "estimate_kcal":3134,"estimate_sd_kcal":89,"data_share":0.88},
//    "budget_kcal":2150,"recalibrated_budget_kcal":2634|null,
//    "explanation":"The straight line counts ..."}
// `days` has one entry per day from today (0); `trend` one per day from the
// first weigh-in to the last (measured false on filled-in days). The observed
// expenditure fields are null until 14 days have both food and a weigh-in;
// recalibrated_budget_kcal is null until then. Numbers are unrounded.

#include <nlohmann/json.hpp>

#include "core/weight/weight_projection.h"

namespace platewise {

nlohmann::json WeightProjectionReportJson(const WeightProjection& projection);

}  // namespace platewise

#endif  // PLATEWISE_JSON_WEIGHT_PROJECTION_JSON_H_
