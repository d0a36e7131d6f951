#ifndef PLATEWISE_CORE_USECASES_DOCTOR_REPORT_H_
#define PLATEWISE_CORE_USECASES_DOCTOR_REPORT_H_

// The report a person takes to their doctor for a period: the nutrient
// report (intake against each target, food apart from supplements, days
// below the EAR and above the UL, partly logged days), the supplements taken,
// the weight over the period, and where each target comes from. Every number
// is computed here; front ends only lay it out (GET /api/v1/reports/doctor).

#include <optional>
#include <string>
#include <vector>

#include "core/nutrient/nutrient_use_cases.h"
#include "core/supplement/supplement.h"
#include "core/weight/weight_change.h"

namespace platewise {

// A product taken in the period: how many doses, of how many units in all,
// on how many days.
struct SupplementTaken {
  Supplement product;
  int doses = 0;
  double units = 0;
  int days = 0;
};

struct DoctorReport {
  NutrientReport nutrients;
  std::vector<SupplementTaken> supplements;  // in the order the products were added
  std::optional<WeightChange> weight;        // the period's weigh-ins; nullopt without any
  // By DRI key, for each line of `nutrients`: the source of its values (DriSourceOf).
  std::vector<std::string> target_sources;
};

// The period as ReportNutrients takes it (both dates or neither), and its
// refusals; NotFound without a profile (targets need sex and age).
Result<DoctorReport> BuildDoctorReport(NutrientContext& ctx, UserId owner, std::optional<CivilDate> from,
                                       std::optional<CivilDate> to, LifeStageFlags flags);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_DOCTOR_REPORT_H_
