#ifndef PLATEWISE_CLI_APP_CONTEXT_H_
#define PLATEWISE_CLI_APP_CONTEXT_H_

// What a CLI command gets: its arguments, output stream, the clock, and the
// local store with the use cases' context on it, opened on first use. The CLI
// acts as the local user (kLocalUser); its "today" is the date in that user's
// profile time zone (UserToday), as for every user of the API.

#include <iosfwd>
#include <memory>
#include <string>

#include "cli/arguments.h"
#include "cli/config_location.h"
#include "config/settings.h"
#include "core/diary/civil_date.h"
#include "core/ports/store.h"
#include "core/usecases/use_case_context.h"
#include "system/system_clock.h"

namespace platewise::cli {

// The resolved configuration (cli/settings_table.h): every setting's value and
// source, and the file read, if any. The three paths every command may use are
// copied out for short access.
struct Environment {
  std::string db_path;   // a file path or postgresql:// URI (OpenStore): the "db" setting
  std::string data_dir;  // bundled data: "data-dir"
  std::string web_dir;   // web app files: "web-dir" ("" in a build without the web app: PLATEWISE_WEB=OFF)
  config::Settings settings;
  ConfigLocation config_file;
};

class AppContext {
 public:
  AppContext(Arguments args, Environment env, std::ostream& out) : args_(std::move(args)), env_(std::move(env)), out_(out) {}

  const Arguments& args() const { return args_; }
  const Environment& env() const { return env_; }
  const config::Settings& settings() const { return env_.settings; }
  std::ostream& out() { return out_; }

  // The store, opened (and migrated) on first call.
  Result<Store*> OpenStore();
  // The store, with the bundled foods imported if it has none yet.
  Result<Store*> OpenStoreWithFoods();
  // The use cases' context on the store with foods; its index updates go
  // nowhere (the CLI keeps no search index between runs).
  Result<UseCaseContext*> UseCases();
  // Today for the local user (UserToday).
  Result<CivilDate> Today();
  // The date of --date when given, else Today(); InvalidArgument for a bad date.
  Result<CivilDate> DateFlagOrToday();
  Clock& clock() { return clock_; }

 private:
  Arguments args_;
  Environment env_;
  std::ostream& out_;
  SystemClock clock_;
  NoFoodIndexUpdates no_index_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<UseCaseContext> use_cases_;
};

// Resolves every setting from the flags in `args`, the process's environment,
// the configuration file (LocateConfigFile) and the defaults; InvalidArgument
// naming the flag, variable or file line of the first wrong value.
Result<Environment> LoadEnvironment(const Arguments& args);

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_APP_CONTEXT_H_
