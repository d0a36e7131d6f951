#ifndef PLATEWISE_CLI_CONFIG_LOCATION_H_
#define PLATEWISE_CLI_CONFIG_LOCATION_H_

// Which configuration file a command reads, in this order:
//   --config PATH, else $PLATEWISE_CONFIG (non-empty), both of which must exist;
//   else the installed layout's /etc/platewise/platewise.toml when it exists
//   (cli/install_layout.h: a binary run from the build tree has no default file);
//   else none.

#include <functional>
#include <optional>
#include <string>

#include "cli/arguments.h"
#include "config/setting.h"
#include "core/status.h"

namespace platewise::cli {

struct ConfigLocation {
  std::optional<std::string> path;  // nullopt: no file
  config::SettingSource source;     // the flag, the variable, or the default
};

// `getenv` reads a variable (nullptr when unset); InvalidArgument for --config "".
Result<ConfigLocation> LocateConfigFile(const Arguments& args, const std::function<const char*(const char*)>& getenv);

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_CONFIG_LOCATION_H_
