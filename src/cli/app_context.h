#ifndef PLATEWISE_CLI_APP_CONTEXT_H_
#define PLATEWISE_CLI_APP_CONTEXT_H_

// What a CLI command gets: its arguments, output streams, today's date (the
// core never reads the clock) and the local store, opened on first use.

#include <iosfwd>
#include <memory>
#include <string>

#include "cli/arguments.h"
#include "core/diary/civil_date.h"
#include "core/ports/store.h"

namespace platewise::cli {

inline constexpr char kDefaultDbPath[] = "var/platewise.db";

struct Environment {
  std::string db_path;   // from --db, else PLATEWISE_DB, else kDefaultDbPath
  std::string data_dir;  // bundled data: --data-dir, PLATEWISE_DATA_DIR, else the build's default
  std::string web_dir;   // web app files: PLATEWISE_WEB_DIR, else the build's default
  CivilDate today;
};

class AppContext {
 public:
  AppContext(Arguments args, Environment env, std::ostream& out) : args_(std::move(args)), env_(std::move(env)), out_(out) {}

  const Arguments& args() const { return args_; }
  const Environment& env() const { return env_; }
  std::ostream& out() { return out_; }

  // The store, opened (and migrated) on first call.
  Result<Store*> OpenStore();
  // The store, with the bundled foods imported if it has none yet.
  Result<Store*> OpenStoreWithFoods();

 private:
  Arguments args_;
  Environment env_;
  std::ostream& out_;
  std::unique_ptr<Store> store_;
};

// The local calendar date now (for `serve`, which outlives one day).
CivilDate LocalToday();

// Reads the environment variables and the build's defaults; `today` is the
// local calendar date.
Environment DefaultEnvironment(const Arguments& args);

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_APP_CONTEXT_H_
