#ifndef PLATEWISE_CORE_DIARY_DAY_SUMMARY_H_
#define PLATEWISE_CORE_DIARY_DAY_SUMMARY_H_

// What one diary day adds up to: entries by meal, nutrient totals, water,
// exercise and the calories left in the budget (core/diary/remaining_kcal.h).
// The one answer for the API, the CLI and the web app
// (core/usecases/diary_day.h reads it, json/day_summary_json.h writes it).
//
// Totals never count "not analysed" as zero: each total carries the sum of the
// entries that have a value and the number of entries that lacked one. When
// no entry has a value the amount is nullopt (unknown), not 0.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/diary/macro_breakdown.h"
#include "core/energy/calorie_goal.h"
#include "core/food/food.h"
#include "core/ports/log_repositories.h"

namespace platewise {

struct NutrientTotal {
  std::optional<double> amount;  // sum over entries with a value; nullopt if none had one
  int missing_entries = 0;       // entries whose food lacks a value for it
};

struct SummaryLine {
  DiaryEntry entry;
  std::string food_description;
  std::optional<double> energy_kcal;  // nullopt when the food's energy is not analysed
};

// A nutrient key of the totals together with its unit, e.g. {"magnesium","mg"},
// shown as "magnesium_mg".
struct TotalKey {
  const char* nutrient;
  const char* unit;
};
inline constexpr TotalKey kDayTotalKeys[] = {
    {"energy", "kcal"}, {"protein", "g"}, {"carbohydrate", "g"},
    {"fat", "g"},       {"fiber", "g"},   {"magnesium", "mg"},
};

struct DaySummary {
  CivilDate date;
  std::map<Meal, std::vector<SummaryLine>> meals;  // every meal present, maybe empty
  std::map<std::string, NutrientTotal> totals;      // by nutrient key, for kDayTotalKeys
  std::optional<CalorieGoal> goal;                  // nullopt when no profile is set
  std::vector<WaterEntry> water;                    // in the order added
  double water_ml = 0;
  std::vector<ExerciseEntry> exercise;              // in the order added
  double exercise_kcal = 0;
  // RemainingKcal(budget, exercise_kcal, known energy eaten); with a goal only.
  std::optional<double> remaining_kcal;
  // Protein, carbohydrate and fat against the macro targets
  // (core/diary/macro_breakdown.h); with a goal only, set by the use case
  // (core/usecases/diary_day.h), which knows the targets.
  std::optional<MacroBreakdown> macros;
};

// REQUIRES: `foods` holds every food an entry names (by id).
DaySummary SummarizeDay(const CivilDate& date, const std::vector<DiaryEntry>& entries,
                        const std::vector<WaterEntry>& water, const std::vector<ExerciseEntry>& exercise,
                        const FoodsById& foods, const std::optional<CalorieGoal>& goal);

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_DAY_SUMMARY_H_
