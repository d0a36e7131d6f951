#ifndef PLATEWISE_CORE_NUTRIENT_NUTRIENT_USE_CASES_H_
#define PLATEWISE_CORE_NUTRIENT_NUTRIENT_USE_CASES_H_

// The nutrient use cases shared by the CLI and the API: a person's DRI
// targets, the period report with shortfall notes, and the day's gap-closing
// suggestions. They read through the ports only.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/nutrient/dri_table.h"
#include "core/nutrient/gap_suggestions.h"
#include "core/nutrient/nutrient_report.h"
#include "core/ports/diet_solver.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

inline constexpr int kDefaultReportDays = 7;  // the default period: the last 7 logged days
inline constexpr int kMaxReportDays = 366;

struct NutrientContext {
  UseCaseContext& core;
  const DriTable& dri;
  // Shortfall note bodies by DRI key (Markdown, data/nutrients/explanations/).
  const std::map<std::string, std::string>& explanations;
};

// Pregnancy and lactation are not in the stored profile (yet): callers pass them.
struct LifeStageFlags {
  bool pregnant = false;
  bool lactating = false;
};

// The owner's effective targets: the DRI's for their current profile's sex
// and age (from the birth date on their today: core/usecases/current_profile.h)
// with their own targets put in (ApplyOverrides, core/nutrient/effective_targets.h).
// The one source of targets for the report, the shortfall notes and
// notifications, and the gap suggestions. NotFound without a profile.
Result<std::vector<NutrientTarget>> EffectiveTargets(UseCaseContext& ctx, const DriTable& dri, UserId owner,
                                                     LifeStageFlags flags);
// EffectiveTargets of ctx's store and table.
Result<std::vector<NutrientTarget>> OwnerTargets(NutrientContext& ctx, UserId owner, LifeStageFlags flags);

// Sets the owner's own target of o.key, checked against their DRI target of
// that key (CheckOverride: Unprocessable naming the field), and answers the
// effective target. NotFound without a profile or for a key that has no DRI
// target for them.
Result<NutrientTarget> SetTargetOverride(NutrientContext& ctx, UserId owner, const TargetOverride& o);
// Removes the owner's own target of `key` (nothing to remove is not an
// error) and answers the DRI target. NotFound as SetTargetOverride.
Result<NutrientTarget> RemoveTargetOverride(NutrientContext& ctx, UserId owner, const std::string& key);

// Food entries and supplement doses of the period. Both dates, or neither:
// then the last kDefaultReportDays days with diary entries up to the owner's
// today. InvalidArgument for from > to, one date
// without the other, or a period over kMaxReportDays.
Result<NutrientReport> ReportNutrients(NutrientContext& ctx, UserId owner, std::optional<CivilDate> from,
                                       std::optional<CivilDate> to, LifeStageFlags flags);

// Gaps: the nutrients the last kDefaultReportDays logged days (up to `date`)
// find likely or possibly inadequate (vitamins, minerals and fiber; protein,
// carbohydrate and fats are left to the calorie budget), each short by its target minus what
// `date` already holds; calories left: the profile's budget minus `date`'s
// energy plus its exercise. NotFound without a profile.
Result<GapSuggestions> SuggestForDay(NutrientContext& ctx, DietSolver& solver, UserId owner, const CivilDate& date,
                                     LifeStageFlags flags);

// Parses "100g", "100kcal" or "portion".
Result<RankBasis> ParseRankBasis(std::string_view text);

struct FoodRanking {
  std::string nutrient;  // the DRI or catalog key asked for
  std::string unit;      // of the amounts
  std::vector<RankedFood> foods;
};

// Foods richest in `nutrient` (a key of the food catalog, or the DRI keys
// vitamin_d (ug) and folate). InvalidArgument for an unknown key, naming the
// accepted ones; limit REQUIRES 1..1000.
Result<FoodRanking> RankFoods(FoodRepository& foods, const std::string& nutrient, RankBasis basis, int limit);

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_NUTRIENT_USE_CASES_H_
