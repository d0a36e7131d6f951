#include "cli/commands.h"

#include <iostream>

#include "app/version.h"
#include "cli/install_layout.h"

namespace platewise::cli {
namespace {

constexpr char kProfileFlags[] =
    "--sex female|male --age YEARS --height 5ft6in|168cm --weight 160lb|72.5kg "
    "--activity sedentary|light|moderate|active|very-active "
    "--goal gain-2|gain-1.5|gain-1|gain-0.5|maintain|lose-0.5|lose-1|lose-1.5|lose-2";

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"goal", "goal PROFILE-FLAGS [--json]   daily calorie budget", RunGoal},
      {"foods search", "foods search QUERY [--limit N] [--json]", RunFoodsSearch},
      {"foods show", "foods show ID [--json]   nutrients per 100 g and portions", RunFoodsShow},
      {"foods barcode", "foods barcode CODE [--json]   the packaged foods with this UPC/EAN/GTIN (any of its 8-14 digit forms)",
       RunFoodsBarcode},
      {"foods top", "foods top NUTRIENT [--per 100g|100kcal|portion] [--limit N] [--json]", RunFoodsTop},
      {"nutrients targets",
       "nutrients targets --sex female|male --age YEARS [--pregnant|--lactating] [--json]   DRI targets",
       RunNutrientsTargets},
      {"nutrients report",
       "nutrients report [--from YYYY-MM-DD --to YYYY-MM-DD] [--pregnant|--lactating] [--json]   "
       "default: the last 7 logged days",
       RunNutrientsReport},
      {"nutrients suggest", "nutrients suggest [--date YYYY-MM-DD] [--pregnant|--lactating] [--json]",
       RunNutrientsSuggest},
      {"supplements add",
       "supplements add --name NAME --unit tablet|capsule|... --nutrients KEY=AMOUNT[,...] [--json]   "
       "amounts per unit in the DRI unit (magnesium=200 is mg)",
       RunSupplementsAdd},
      {"supplements list", "supplements list [--json]", RunSupplementsList},
      {"log supplement", "log supplement [--date YYYY-MM-DD] SUPPLEMENT_ID [UNITS]", RunLogSupplement},
      {"profile set",
       "profile set PROFILE-FLAGS [--time-zone ZONE]   the local profile; ZONE (e.g. Europe/Berlin, default the "
       "machine's) says what today is",
       RunProfileSet},
      {"profile show", "profile show [--json]", RunProfileShow},
      {"log add", "log add [--date YYYY-MM-DD] --meal breakfast|lunch|dinner|snacks FOOD_ID AMOUNT", RunLogAdd},
      {"log quick",
       "log quick [--date YYYY-MM-DD] --meal breakfast|lunch|dinner|snacks --kcal N [--protein G] [--carbs G] [--fat G] "
       "[--name TEXT]   an entry of calories (and macros) without a food; what it does not say is unknown",
       RunLogQuick},
      {"log exercise",
       "log exercise [--date YYYY-MM-DD] ACTIVITY MINUTES   activities as GET /api/v1/exercise/activities",
       RunLogExercise},
      {"log water", "log water [--date YYYY-MM-DD] ML", RunLogWater},
      {"log delete", "log delete ENTRY_ID   (ids are shown by 'log day')", RunLogDelete},
      {"log day", "log day [YYYY-MM-DD] [--json]   the day as GET /api/v1/diary/{date} gives it", RunLogDay},
      {"serve",
       "serve [--listen HOST:PORT] [--threads N] [--web-dir DIR] [--secure-cookies] "
       "[--trusted-proxy ADDR[,ADDR...]] [--access-log -|PATH] [--metrics-token TOKEN] [--drain-timeout SECONDS] "
       "[--password-hash-cost interactive|minimum] [--signup open|invite|closed]",
       RunServe},
      {"weight project",
       "weight project --sex S --age Y --height H --weight W --pal 1.5 --intake KCAL|--change KCAL [--days 365] "
       "[--carb-fraction 0.5] [--sodium 4000] [--activity-change PERCENT] [--json]   weight day by day (Hall 2011)",
       RunWeightProject},
      {"weight plan",
       "weight plan --sex S --age Y --height H --weight W --pal 1.5 --goal-weight W --days N [--carb-fraction 0.5] "
       "[--activity-change PERCENT] [--json]   the intake that reaches a goal weight",
       RunWeightPlan},
      {"weight log", "weight log [--date YYYY-MM-DD] WEIGHT   e.g. 72.5kg, 160lb", RunWeightLog},
      {"weight list", "weight list [--json]   the JSON of GET /api/v1/weights", RunWeightList},
      {"export", "export [--json]   everything the local user owns, as GET /api/v1/export gives it (JSON)",
       RunExport},
      {"restore",
       "restore FILE [--user EMAIL] [--json]   an export (platewise export --json, GET /api/v1/export) back into the "
       "local user or the account EMAIL, which must have no data yet",
       RunRestore},
      {"backup", "backup PATH   a consistent copy of the SQLite database, also while serve runs (0600)",
       RunBackup},
      {"restore-backup",
       "restore-backup PATH   replace the database with a checked backup (stop serve first; the old one is "
       "kept as DB.before-restore)",
       RunRestoreBackup},
      {"config show",
       "config show [--json] [SETTING-FLAGS]   the effective configuration and where each value came from",
       RunConfigShow},
      {"import usda", "import usda [--data-dir DIR]   (re)import the bundled USDA SR24 foods", RunImportUsda},
      {"import mfp",
       "import mfp FILE... [--weight-unit kg|lb] [--user EMAIL] [--json]   a MyFitnessPal export's "
       "Nutrition-, Measurement- and Exercise-Summary CSVs into the local user (or EMAIL)",
       RunImportMfp},
      {"import cronometer",
       "import cronometer FILE... [--user EMAIL] [--json]   Cronometer's servings, dailysummary, biometrics, "
       "exercises and notes CSVs into the local user (or EMAIL)",
       RunImportCronometer},
      {"import apple-health",
       "import apple-health export.xml [--source NAME] [--user EMAIL] [--json]   Apple Health's body mass "
       "records as weigh-ins (only those of NAME with --source)",
       RunImportAppleHealth},
      {"import fdc",
       "import fdc PATH... [--json]   USDA FoodData Central's CSV download (its folder or files) or JSON files "
       "(Foundation, SR Legacy, Survey, Branded) into the shared foods",
       RunImportFdc},
      {"import off",
       "import off PATH... [--json]   Open Food Facts' CSV export (tab-separated) or JSONL dump into the shared "
       "foods",
       RunImportOff},
      {"users list", "users list [--json]   the server's accounts", RunUsersList},
      {"users add",
       "users add EMAIL [--password-stdin] [--json]   a new account; without a password one is generated and "
       "printed",
       RunUsersAdd},
      {"users reset-password",
       "users reset-password EMAIL [--json]   prints a new password; ends the account's sessions and tokens",
       RunUsersResetPassword},
      {"users disable", "users disable EMAIL   the account cannot sign in; its sessions end", RunUsersDisable},
      {"users enable", "users enable EMAIL", RunUsersEnable},
      {"users delete", "users delete EMAIL --yes   the account and everything it owns, for good", RunUsersDelete},
      {"invites create",
       "invites create [--uses N] [--expires 30m|12h|7d|2w] [--json]   a code for serve --signup invite",
       RunInvitesCreate},
      {"invites list", "invites list [--json]", RunInvitesList},
  };
  return kCommands;
}

void PrintUsage(std::ostream& out) {
  out << "usage: platewise [--config FILE] [--db PATH|URI] COMMAND ...\n       platewise --version\n\ncommands:\n";
  for (const Command& c : Commands()) out << "  platewise " << c.usage << "\n";
  out << "\nPROFILE-FLAGS: " << kProfileFlags << "\n"
      << "The database is --db PATH (an SQLite file) or URI (postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME),\n"
      << "else $PLATEWISE_DB, else the configuration file's db, else " << CurrentLayout().db_path << ".\n"
      << "Every setting is a flag, a PLATEWISE_* variable and a key of the configuration file (--config FILE,\n"
      << "else $PLATEWISE_CONFIG): 'platewise config show' lists them; docs/operations.md explains them.\n";
}

int ExitCode(const Status& s) {
  switch (s.code()) {
    case StatusCode::kOk: return 0;
    case StatusCode::kInvalidArgument:
    case StatusCode::kUnprocessable: return 2;
    case StatusCode::kNotFound: return 3;
    default: return 1;
  }
}

}  // namespace

int RunCli(const std::vector<std::string>& words, std::ostream& out, std::ostream& err) {
  auto args = Arguments::Parse(words);
  if (!args.ok()) {
    err << "platewise: " << args.status().message() << "\n";
    return 2;
  }
  const auto& pos = args->positionals();
  if ((pos.empty() && args->Has("version")) || (pos.size() == 1 && pos[0] == "version")) {
    out << "platewise " << kVersion << "\n";
    return 0;
  }
  if (pos.empty() || (pos.size() == 1 && pos[0] == "help")) {
    PrintUsage(pos.empty() && !args->Has("help") ? err : out);
    return pos.empty() && !args->Has("help") ? 2 : 0;
  }
  const Command* found = nullptr;
  size_t consumed = 0;
  for (const Command& c : Commands()) {
    std::string name = c.name;
    auto space = name.find(' ');
    if (space == std::string::npos) {
      if (pos[0] == name) found = &c, consumed = 1;
    } else if (pos.size() >= 2 && pos[0] == name.substr(0, space) && pos[1] == name.substr(space + 1)) {
      found = &c, consumed = 2;
    }
    if (found) break;
  }
  if (!found) {
    err << "platewise: unknown command \"" << pos[0] << (pos.size() > 1 ? " " + pos[1] : "") << "\"\n\n";
    PrintUsage(err);
    return 2;
  }
  Arguments command_args = *args;
  command_args.DropPositionals(consumed);  // the command's own words
  if (command_args.Has("help")) {
    out << "usage: platewise " << found->usage << "\n";
    return 0;
  }
  auto env = LoadEnvironment(command_args);
  if (!env.ok()) {
    err << "platewise: " << env.status().message() << "\n";
    return ExitCode(env.status());
  }
  AppContext ctx(command_args, std::move(*env), out);
  Status s = found->run(ctx);
  if (!s.ok()) {
    err << "platewise " << found->name << ": " << s.message() << "\n";
    if (s.code() == StatusCode::kInvalidArgument) err << "usage: platewise " << found->usage << "\n";
  }
  return ExitCode(s);
}

}  // namespace platewise::cli
