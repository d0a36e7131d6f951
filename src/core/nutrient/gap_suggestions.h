#ifndef PLATEWISE_CORE_NUTRIENT_GAP_SUGGESTIONS_H_
#define PLATEWISE_CORE_NUTRIENT_GAP_SUGGESTIONS_H_

// Suggestions that close nutrient gaps: up to 3 foods, with portions, that
// bring the shortfall nutrients as close to target as possible without going
// over the calories left or any UL that applies to food. Solved as a mixed-
// integer program by a DietSolver (core/ports/diet_solver.h), never greedily.
//
// Candidates: familiar plain whole foods (vegetables, legumes, nuts and
// seeds, fruit, fish, dairy and eggs, whole grains; a list of well-known
// foods by name, IsFamiliarFood) and foods the person already eats.
// Brand products (an all-capitals word in the name), baby foods, fortified
// foods and dry or raw forms that are cooked before eating are left out.
// Portions are steps of half the food's household portion (the smallest one
// of at least 20 g; 25 g steps when it has none), at most 3 household
// portions and 300 g of a food, and 60 g of foods over 400 kcal per 100 g.
// The candidates that supply most of the gaps per kcal (kMaxCandidates) go
// to the solver.
//
// Absorption: foods rich in oxalate (spinach, rhubarb, beet greens, Swiss
// chard; IsPoorSourceByAbsorption) bind most of their calcium and iron, so
// their calcium and iron count as 0 towards those gaps (they may still be
// suggested for another gap), and `absorption_note` says so when calcium or
// iron is a gap.
//
// ULs: each food-applicable UL (scope all-sources; retinol for vitamin A)
// limits the suggested amount to UL minus what the day already holds. A food
// with no value for a limited nutrient is left out when the day is already
// past half of that UL; otherwise it counts as 0 for that limit.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/food/food.h"
#include "core/ports/diet_solver.h"
#include "core/status.h"

namespace platewise {

inline constexpr int kMaxSuggestions = 3;
inline constexpr int kMaxCandidates = 60;
inline constexpr double kMaxSuggestedGrams = 300;

struct NutrientGap {
  std::string key;    // DRI key, "magnesium"
  std::string unit;   // "mg"
  double amount = 0;  // still needed today, > 0
};

struct NutrientLimit {
  std::string key;  // the key the limit is on ("retinol" for vitamin A)
  double room = 0;  // what may still be added today; clamped at 0
  double ul = 0;
};

struct GapRequest {
  std::vector<NutrientGap> gaps;
  std::vector<NutrientLimit> limits;
  double kcal_left = 0;
  // Today's entries whose food has no energy value: kcal_left leaves them
  // out, so it may be too high.
  int energy_unknown_entries = 0;
  std::vector<SharedFood> pool;     // candidate foods (plain ones and eaten ones)
  std::set<std::string> eaten_ids;  // foods the person logged recently
};

struct Suggestion {
  std::string food_id;
  std::string name;
  double grams = 0;
  std::string portion;  // "1.5 cup (45 g)"
  double kcal = 0;
  std::map<std::string, double> adds;  // gap nutrient key -> amount (known values only)
};

struct GapSuggestions {
  std::vector<NutrientGap> gaps;
  double kcal_left = 0;
  int energy_unknown_entries = 0;  // as in GapRequest
  std::vector<Suggestion> suggestions;
  std::map<std::string, double> closed;  // gap key -> fraction of the gap closed, 0..1
  // Why there is no suggestion; or, with suggestions, what to keep in mind
  // (calories left that leave out entries of unknown energy); else empty.
  std::string note;
  // With a calcium or iron gap: which foods are not counted for it and why;
  // else empty.
  std::string absorption_note;
};

// The food groups plain candidates come from (SR24 group names).
const std::vector<std::string>& PlainFoodGroups();
// True for a plain whole food by group and name (see above).
bool IsPlainFood(const Food& food);
// True for the well-known foods suggestions draw on (by SR24 name).
bool IsFamiliarFood(const Food& food);
// True when `nutrient_key` ("calcium", "iron") in `food` is mostly bound by
// oxalate, so the food is a poor source of it (by SR24 name).
bool IsPoorSourceByAbsorption(const Food& food, const std::string& nutrient_key);
// True for brand products, baby foods and fortified foods.
bool IsProcessedProduct(const Food& food);

Result<GapSuggestions> SuggestFoodsForGaps(const GapRequest& request, DietSolver& solver);

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_GAP_SUGGESTIONS_H_
