#ifndef PLATEWISE_CORE_USECASES_ACCOUNT_RESTORE_H_
#define PLATEWISE_CORE_USECASES_ACCOUNT_RESTORE_H_

// Restores an export (core/usecases/account_data.h, read back by
// json/account_export_reader.h) into an account that owns nothing yet: a new
// account, or the CLI's local user on a new database. It never merges into,
// or overwrites, what a person already has: an account with any data is
// refused (FailedPrecondition, saying what it has).
//
// Everything is checked before the first write: every food an entry,
// favourite or recipe names is a shared food of this store or a custom food
// of the export; every dose names an exported supplement; every value is
// valid; every row the export's imports section names is a row of the file.
// Custom foods, recipes, supplements and every row get new ids, and what
// names them is mapped. The imported rows are marked as the import's again
// and its files recorded, so importing a file again after the restore is the
// no-op (or the replacement by scope) it would have been before. Exported API tokens are not restored (the export holds no
// secrets). A store failure part way leaves what was written so far; the
// message says so, and the account can be deleted and the restore run again.

#include "core/usecases/account_data.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

struct RestoreSummary {
  bool profile = false;
  int entries = 0, water = 0, exercise = 0, weights = 0, custom_foods = 0, recipes = 0, favourites = 0,
      supplements = 0, supplement_doses = 0;
  int saved_meals = 0;
  // Items of saved meals whose food is gone (in neither the file nor the
  // database), left out; and the saved meals that left with no item.
  int saved_meal_items_not_restored = 0, saved_meals_not_restored = 0;
  int imported_files = 0;  // files recorded as imported before (the export's imports.files)
  int api_tokens_not_restored = 0;
};

Result<RestoreSummary> RestoreAccountData(UseCaseContext& ctx, UserId user, const AccountData& data);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_ACCOUNT_RESTORE_H_
