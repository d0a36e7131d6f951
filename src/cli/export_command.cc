// platewise export [--json]: everything the local user owns, as the JSON of
// GET /api/v1/export (json/account_export_json.h), on standard output.
// platewise restore FILE [--user EMAIL] [--json]: that file back into the
// local user, or into the server account EMAIL, where it has nothing yet
// (core/usecases/account_restore.h).

#include <fstream>
#include <sstream>

#include "auth/account_admin.h"
#include "cli/commands.h"
#include "core/usecases/account_data.h"
#include "core/usecases/account_restore.h"
#include "json/account_export_json.h"
#include "json/account_export_reader.h"

namespace platewise::cli {

Status RunExport(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("export", {"json"}));
  if (!ctx.args().positionals().empty()) {
    return Status::InvalidArgument("export takes no words: 'platewise export --json > me.json'");
  }
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto data = ExportAccountData(**uc, kLocalUser);
  if (!data.ok()) return data.status();
  ctx.out() << AccountExportJson(*data).dump(2) << "\n";
  return Status::Ok();
}

Status RunRestore(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("restore", {"json", "user"}));
  if (ctx.args().positionals().size() != 1) {
    return Status::InvalidArgument("give the export file: 'platewise restore me.json'");
  }
  const std::string& path = ctx.args().positionals()[0];
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidArgument("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json file = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (file.is_discarded()) return Status::InvalidArgument(path + " is not JSON: give what 'platewise export --json' wrote");
  auto data = ReadAccountExport(file);
  if (!data.ok()) return data.status();
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  // Into the local user, or an account of the server (made by sign-up or
  // `users add`) that has nothing yet.
  UserId target = kLocalUser;
  if (auto email = ctx.args().Get("user")) {
    auto account = auth::AccountByEmail(*(*uc)->store.accounts, *email);
    if (!account.ok()) return account.status();
    target = account->id;
  }
  auto done = RestoreAccountData(**uc, target, *data);
  if (!done.ok()) return done.status();
  const RestoreSummary& r = *done;
  if (ctx.args().Has("json")) {
    ctx.out() << nlohmann::json{{"profile", r.profile},
                                {"diary_entries", r.entries},
                                {"water", r.water},
                                {"exercise", r.exercise},
                                {"weights", r.weights},
                                {"custom_foods", r.custom_foods},
                                {"recipes", r.recipes},
                                {"favourites", r.favourites},
                                {"supplements", r.supplements},
                                {"supplement_doses", r.supplement_doses},
                                {"saved_meals", r.saved_meals},
                                {"saved_meal_items_not_restored", r.saved_meal_items_not_restored},
                                {"saved_meals_not_restored", r.saved_meals_not_restored},
                                {"imported_files", r.imported_files},
                                {"api_tokens_not_restored", r.api_tokens_not_restored}}
                     .dump(2)
              << "\n";
    return Status::Ok();
  }
  ctx.out() << "Restored " << r.entries << " diary entries, " << r.water << " water, " << r.exercise
            << " exercise, " << r.weights << " weights, " << r.custom_foods << " custom foods, " << r.recipes
            << " recipes, " << r.favourites << " favourites, " << r.supplements << " supplements with "
            << r.supplement_doses << " doses, " << r.saved_meals << " saved meals"
            << (r.profile ? " and the profile" : "") << ".\n";
  if (r.saved_meal_items_not_restored > 0) {
    ctx.out() << r.saved_meal_items_not_restored << " foods of saved meals were not restored: they no longer exist"
              << (r.saved_meals_not_restored > 0
                      ? " (" + std::to_string(r.saved_meals_not_restored) + " saved meals had no other food)"
                      : std::string())
              << ".\n";
  }
  if (r.imported_files > 0) {
    ctx.out() << r.imported_files << " imported files are remembered: importing one of them again changes nothing.\n";
  }
  if (r.api_tokens_not_restored > 0) {
    ctx.out() << r.api_tokens_not_restored << " API tokens were not restored (an export holds no secrets): make new ones.\n";
  }
  return Status::Ok();
}

}  // namespace platewise::cli
