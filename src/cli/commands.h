#ifndef PLATEWISE_CLI_COMMANDS_H_
#define PLATEWISE_CLI_COMMANDS_H_

// The CLI is a table of small commands, one file each. RunCli dispatches and
// is the one place where a Status becomes a message and an exit code:
//   0 ok, 1 other failure, 2 invalid input (usage), 3 not found.

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/app_context.h"
#include "core/status.h"

namespace platewise::cli {

struct Command {
  const char* name;  // "foods search": one or two words
  const char* usage;
  Status (*run)(AppContext& ctx);
};

Status RunGoal(AppContext& ctx);
Status RunFoodsSearch(AppContext& ctx);
Status RunExport(AppContext& ctx);
Status RunLogQuick(AppContext& ctx);
Status RunRestore(AppContext& ctx);
Status RunFoodsShow(AppContext& ctx);
Status RunFoodsBarcode(AppContext& ctx);
Status RunFoodsTop(AppContext& ctx);
Status RunNutrientsTargets(AppContext& ctx);
Status RunNutrientsReport(AppContext& ctx);
Status RunNutrientsSuggest(AppContext& ctx);
Status RunSupplementsAdd(AppContext& ctx);
Status RunSupplementsList(AppContext& ctx);
Status RunLogSupplement(AppContext& ctx);
Status RunProfileSet(AppContext& ctx);
Status RunProfileShow(AppContext& ctx);
Status RunLogAdd(AppContext& ctx);
Status RunLogDay(AppContext& ctx);
Status RunLogExercise(AppContext& ctx);
Status RunLogWater(AppContext& ctx);
Status RunLogDelete(AppContext& ctx);
Status RunWeightLog(AppContext& ctx);
Status RunWeightList(AppContext& ctx);
Status RunServe(AppContext& ctx);
Status RunUsersList(AppContext& ctx);
Status RunUsersAdd(AppContext& ctx);
Status RunUsersResetPassword(AppContext& ctx);
Status RunUsersDisable(AppContext& ctx);
Status RunUsersEnable(AppContext& ctx);
Status RunUsersDelete(AppContext& ctx);
Status RunInvitesCreate(AppContext& ctx);
Status RunInvitesList(AppContext& ctx);
Status RunImportUsda(AppContext& ctx);
Status RunImportMfp(AppContext& ctx);         // import_history_command.cc
Status RunImportCronometer(AppContext& ctx);
Status RunImportAppleHealth(AppContext& ctx);
Status RunImportFdc(AppContext& ctx);
Status RunImportOff(AppContext& ctx);
Status RunConfigShow(AppContext& ctx);
Status RunBackup(AppContext& ctx);
Status RunRestoreBackup(AppContext& ctx);
Status RunWeightProject(AppContext& ctx);
Status RunWeightPlan(AppContext& ctx);

// `words` is argv without the program name.
int RunCli(const std::vector<std::string>& words, std::ostream& out, std::ostream& err);

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_COMMANDS_H_
