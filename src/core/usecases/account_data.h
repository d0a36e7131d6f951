#ifndef PLATEWISE_CORE_USECASES_ACCOUNT_DATA_H_
#define PLATEWISE_CORE_USECASES_ACCOUNT_DATA_H_

// All of a user's data at once, for the export (GET /api/v1/export), and the
// deletion of an account with everything it owns.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diary/saved_meal.h"
#include "core/food/recipe.h"
#include "core/nutrient/target_override.h"
#include "core/supplement/supplement.h"
#include "core/usecases/current_profile.h"
#include "core/usecases/diary_entries.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

struct AccountData {
  StoredUser account;
  std::optional<CurrentProfile> profile;
  std::vector<EntryWithFood> entries;  // by date, then in the order added
  std::vector<WaterEntry> water;
  std::vector<ExerciseEntry> exercise;
  std::vector<WeightEntry> weights;  // oldest first
  std::vector<Food> custom_foods;    // newest first
  std::vector<Nutrient> catalog;     // what custom foods are shown against
  std::vector<std::string> favourites;
  std::vector<ApiTokenInfo> api_tokens;
  std::map<std::string, Recipe> recipes;  // by food id: the ingredients of each custom food that is a recipe
  std::vector<Supplement> supplements;
  std::vector<SupplementDose> supplement_doses;  // by date, then in the order logged
  std::vector<SavedMeal> saved_meals;            // in the order saved
  std::vector<TargetOverride> target_overrides;  // the person's own nutrient targets, by key
  // Which of the rows above an import brought, by their ids here, and the
  // files imported: a restore keeps them, so importing again after a restore
  // does what it would have done before (core/ports/history_imports.h).
  ImportProvenance imports;
};

Result<AccountData> ExportAccountData(UseCaseContext& ctx, UserId user);

// Removes the user and every row they own (one store transaction), then their
// foods from the search index.
Status DeleteAccount(UseCaseContext& ctx, UserId user);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_ACCOUNT_DATA_H_
