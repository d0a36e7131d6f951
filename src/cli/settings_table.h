#ifndef PLATEWISE_CLI_SETTINGS_TABLE_H_
#define PLATEWISE_CLI_SETTINGS_TABLE_H_

// Platewise's settings: one row each (config/setting.h), the one place that
// lists them. A row is a flag, a PLATEWISE_* variable and a key of the
// configuration file at once; the commands read the resolved values
// (AppContext::settings()), `platewise config show` prints them and where they
// came from, and docs/operations.md lists them (keep it in step).
//
// To add one: add a row to PlatewiseSettings() (settings_table.cc; a secret,
// such as a token, with `.display = config::HiddenSecret`), read it
// with ctx.settings().Text/Integer/Boolean/List("its-flag") in its command,
// and add it to docs/operations.md. Naming (checked by settings_table_test):
// env is PLATEWISE_ + the flag in capitals with '_' for '-'; key is the flag
// with '_' for '-', under the command's table for a command's setting
// ("serve.trusted_proxy").

#include <set>
#include <string>
#include <vector>

#include "config/setting.h"

namespace platewise::cli {

// The configuration file itself is named by a flag or a variable only.
inline constexpr char kConfigFlag[] = "config";
inline constexpr char kConfigEnv[] = "PLATEWISE_CONFIG";

const std::vector<config::Setting>& PlatewiseSettings();

// The flags of the settings of every command ("db", ...) or of one ("serve").
std::set<std::string> SettingFlags(const std::string& command);
// The flags of every boolean setting: switches, given without a value.
std::set<std::string> SettingSwitches();

}  // namespace platewise::cli

#endif  // PLATEWISE_CLI_SETTINGS_TABLE_H_
