#ifndef PLATEWISE_JSON_DOCTOR_REPORT_JSON_H_
#define PLATEWISE_JSON_DOCTOR_REPORT_JSON_H_

// JSON shape of the report for a doctor (GET /api/v1/reports/doctor;
// docs/api.md). Numbers are unrounded; weights in kg.
//   {"from":"2026-11-23","to":"2026-11-25",
//    "report":{...the nutrient report (json/nutrient_json.h)...},
//    "target_sources":{"magnesium":"Food and Nutrition Board, ..."},
//    "supplements":[{"id":3,"name":"Magnesium citrate","unit":"tablet",
//                    "per_unit":{"magnesium":200},"doses":2,"units":2.0,"days":2}],
//    "weight":{"first":{"date":"2026-11-23","weight_kg":80.0},
//              "last":{"date":"2026-11-25","weight_kg":79.6},"weigh_ins":2,
//              "change_kg":-0.4,"kg_per_week":-1.4|null}|null,
//    "not_a_diagnosis":"This is not a diagnosis. ..."}

#include <nlohmann/json.hpp>

#include "core/usecases/doctor_report.h"

namespace platewise {

nlohmann::json DoctorReportJson(const DoctorReport& report);

}  // namespace platewise

#endif  // PLATEWISE_JSON_DOCTOR_REPORT_JSON_H_
