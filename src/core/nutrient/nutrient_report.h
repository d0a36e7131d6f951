#ifndef PLATEWISE_CORE_NUTRIENT_NUTRIENT_REPORT_H_
#define PLATEWISE_CORE_NUTRIENT_NUTRIENT_REPORT_H_

// Nutrient intake over a period against the person's DRI targets.
//
// Arithmetic (docs/science.md, section 4):
// - Days of the period with nothing logged are excluded (counted in
//   days_not_logged). A logged day that is not fully logged (IsFullyLoggedDay,
//   core/diary/fully_logged_day.h: fewer than 3 meals with entries, or an
//   entry without energy; a day of supplements only) is listed in
//   partly_logged_days: it still counts in the means, and a reader can say a
//   shortfall over such days may be the meals not logged. A logged day counts for a nutrient when at least one of
//   its items has a value for it; `mean` = sum of known values / those days.
//   Items lacking a value are counted (missing_entries), never taken as 0, so
//   with missing entries the mean is a lower bound. Days where no item had a
//   value are counted in days_without_value.
// - The UL is checked against the intake its scope covers: everything,
//   supplements only (magnesium; vitamin E, niacin and folate, whose ULs are
//   for synthetic forms), or retinol from food plus vitamin A from
//   supplements (vitamin A).
// - Day by day (for the report to take to a doctor): days_below_ear counts
//   the days with a known value whose total from all sources is under the
//   EAR (partly_logged_below_ear: how many of them are partly logged, where
//   the shortfall may be meals not logged); days_above_ul the days whose
//   intake in the UL's scope is over the UL. mean_food is the mean from food
//   alone over the days food had a value (supplements apart: mean_supplements).
// - top_foods: the (at most 3) foods or supplements that supplied the most of
//   the nutrient over the period, with their share of the known total.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/nutrient/adequacy.h"
#include "core/nutrient/dri_table.h"
#include "core/nutrient/intake_item.h"

namespace platewise {

inline constexpr int kTopFoodsPerNutrient = 3;

struct FoodContribution {
  std::string id;
  std::string name;
  double amount = 0;  // over the whole period, in the nutrient's unit
  double share = 0;   // of the period's known total, 0..1
};

struct NutrientReportLine {
  NutrientTarget target;
  std::optional<double> mean;              // mean daily intake, all sources; nullopt = unknown
  std::optional<double> mean_supplements;  // of which from supplements; nullopt when none taken
  std::optional<double> mean_food;         // from food alone; nullopt when no food had a value
  std::optional<double> ul_intake;         // mean daily intake the UL is checked against
  std::optional<double> percent;           // mean / target.goal() * 100
  int days = 0;                            // logged days with a known value
  int days_without_value = 0;              // logged days where no item had a value
  int missing_entries = 0;                 // items lacking a value
  int days_below_ear = 0;                  // days with a known total under the EAR; 0 without an EAR
  int partly_logged_below_ear = 0;         // of days_below_ear, those partly logged
  int days_above_ul = 0;                   // days with the UL's intake over the UL; 0 without a UL
  Adequacy status = Adequacy::kCannotJudge;
  std::vector<FoodContribution> top_foods;
  std::string explanation;  // filled for shortfalls by the caller; empty otherwise
};

struct NutrientReport {
  CivilDate from;
  CivilDate to;
  std::vector<CivilDate> logged_days;         // ascending
  std::vector<CivilDate> partly_logged_days;  // ascending; those of logged_days not fully logged
  int days_not_logged = 0;                    // days of [from, to] with nothing logged
  std::vector<NutrientReportLine> nutrients;  // in target order
};

// One line per target that food data can supply (HasFoodData) and that has a
// goal or a UL. `fully_logged_days`: the dates of the period whose diary day
// is fully logged; every other logged day is partly logged.
// REQUIRES: from <= to; every item dated within [from, to].
NutrientReport BuildNutrientReport(const CivilDate& from, const CivilDate& to, const std::vector<IntakeItem>& items,
                                   const std::vector<NutrientTarget>& targets,
                                   const std::set<CivilDate>& fully_logged_days);

// The plain-language opening of a shortfall note, with the person's numbers:
// "Your magnesium averaged 212 mg a day over your last 7 logged days; women
// 31-50 need 320 mg a day." With the person's own target: "...; your
// doctor's target is 500 mg a day." (or "your own target").
std::string ShortfallSentence(const NutrientReportLine& line, int logged_days);

// Closes every shortfall note: the note is general information.
inline constexpr char kNotADiagnosis[] = "This is not a diagnosis. Talk to your doctor before taking supplements.";

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_NUTRIENT_REPORT_H_
