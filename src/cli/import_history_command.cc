// platewise import mfp|cronometer|apple-health PATH... [--json]
// [--weight-unit kg|lb] [--user EMAIL]: a person's history from another
// tracker into the local user (or the account EMAIL). A path may be the
// export's ZIP (import/zip_archive.h). Every file is read and checked before the
// first is written; each is then written in one transaction
// (import/history_import_run.h). --json prints the summary's JSON
// (json/import_summary_json.h); otherwise a few lines, with up to 100 of the
// rows skipped and why.

#include <unistd.h>

#include <chrono>
#include <set>
#include <iostream>
#include <ostream>

#include "auth/account_admin.h"
#include "cli/commands.h"
#include "cli/import_run.h"
#include "import/apple_health_export.h"
#include "import/cronometer_export.h"
#include "import/history_import_run.h"
#include "import/import_formats.h"
#include "import/mfp_export.h"

namespace platewise::cli {
namespace {

// The account the history goes to: --user EMAIL, else the local user.
Result<UserId> TargetUser(AppContext& ctx, UseCaseContext& uc) {
  auto email = ctx.args().Get("user");
  if (!email) return kLocalUser;
  auto account = auth::AccountByEmail(*uc.store.accounts, *email);
  if (!account.ok()) return account.status();
  return account->id;
}

template <typename Read>
Status RunHistoryImport(AppContext& ctx, const char* command, const char* format, std::set<std::string> allowed,
                        Read read) {
  allowed.insert({"json", "user"});
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed(command, allowed));
  if (ctx.args().positionals().empty()) {
    return Status::InvalidArgument(std::string("give the export's files: 'platewise ") + command + " FILE...'");
  }
  auto uc = ctx.UseCases();
  if (!uc.ok()) return uc.status();
  auto user = TargetUser(ctx, **uc);
  if (!user.ok()) return user.status();
  ImportSummary summary;
  summary.format = format;
  const auto start = std::chrono::steady_clock::now();
  int pass = 0;
  auto written = ReadImportFiles(ctx.args().positionals(), FindImportFormat(format)->zip_member,
                                 [&](const std::vector<std::string>& paths) -> Result<bool> {
    PW_RETURN_IF_ERROR(WriteHistoryFiles(
        **uc, *user,
        [&](ImportSummary& into, const HistoryFileSink& put) {
          // The first read checks the files, the others write them.
          if (++pass == 2 && isatty(STDERR_FILENO)) {
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::cerr << "checked " << summary.files.size() << " files in " << static_cast<long>(seconds)
                      << " s; writing...\n";
          }
          return read(paths, into, put);
        },
        summary));
    return true;
  });
  if (!written.ok()) return written.status();
  PrintImportResult(ctx, summary);
  return Status::Ok();
}

}  // namespace

Status RunImportMfp(AppContext& ctx) {
  HistoryReadOptions options;
  if (auto unit = ctx.args().Get("weight-unit")) {
    if (*unit == "kg") {
      options.weight_unit = WeightUnit::kKilograms;
    } else if (*unit == "lb" || *unit == "lbs") {
      options.weight_unit = WeightUnit::kPounds;
    } else {
      return Status::InvalidArgument("--weight-unit is kg or lb, not \"" + *unit + "\"");
    }
  }
  return RunHistoryImport(ctx, "import mfp", "mfp", {"weight-unit"},
                          [&](const std::vector<std::string>& paths, ImportSummary& summary,
                              const HistoryFileSink& put) { return ReadMfpExport(paths, options, summary, put);
                          });
}

Status RunImportCronometer(AppContext& ctx) {
  return RunHistoryImport(ctx, "import cronometer", "cronometer", {},
                          [&](const std::vector<std::string>& paths, ImportSummary& summary,
                              const HistoryFileSink& put) { return ReadCronometerExport(paths, summary, put);
                          });
}

Status RunImportAppleHealth(AppContext& ctx) {
  AppleHealthOptions options;
  if (auto source = ctx.args().Get("source")) options.source = *source;
  return RunHistoryImport(ctx, "import apple-health", "apple-health", {"source"},
                          [&](const std::vector<std::string>& paths, ImportSummary& summary,
                              const HistoryFileSink& put) { return ReadAppleHealthExport(paths, options, summary, put);
                          });
}

}  // namespace platewise::cli
