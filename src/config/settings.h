#ifndef PLATEWISE_CONFIG_SETTINGS_H_
#define PLATEWISE_CONFIG_SETTINGS_H_

// The effective value of every setting of a table, and where it came from.
//
// Contract of Resolve:
// - Precedence: a flag, else the environment variable, else the file's key,
//   else the default (Setting::fallback).
// - Every value given is checked, also one that a higher source overrides (a
//   file that is wrong is wrong whether or not a flag hides it today): its type
//   (a whole number in [min, max]; true/false, 1/0, yes/no, on/off for a
//   boolean, a switch given without a value being true; a list split at commas,
//   spaces around items dropped), its choices and its check. The first wrong one
//   is InvalidArgument naming the flag (`--threads "0" must be a whole number
//   from 1 to 64`), the variable (`PLATEWISE_THREADS "0" ...`) or the file, line
//   and key (`PATH:4: serve.threads "0" ...`).
// - An environment variable that is empty counts as unset.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config_file.h"
#include "config/setting.h"
#include "core/status.h"

namespace platewise::config {

struct SettingInputs {
  std::map<std::string, std::string, std::less<>> flags = {};        // by flag name ("" for a bare switch)
  std::map<std::string, std::string, std::less<>> environment = {};  // by variable name
  std::optional<ConfigFile> file = {};
};

class Settings {
 public:
  struct Entry {
    const Setting* setting;
    std::string value;  // canonical text
    SettingSource source;
  };

  // `table` must outlive the result.
  static Result<Settings> Resolve(const std::vector<Setting>& table, const SettingInputs& inputs);

  // The value of the setting with that flag; the flag must be one of the table's.
  const std::string& Text(std::string_view flag) const { return Find(flag).value; }
  int Integer(std::string_view flag) const;
  bool Boolean(std::string_view flag) const { return Find(flag).value == "true"; }
  std::vector<std::string> List(std::string_view flag) const;
  const SettingSource& Source(std::string_view flag) const { return Find(flag).source; }

  const std::vector<Entry>& entries() const { return entries_; }

 private:
  const Entry& Find(std::string_view flag) const;

  std::vector<Entry> entries_;  // in the table's order
};

// The items of a list value in canonical text ("" is no item).
std::vector<std::string> SplitList(std::string_view value);

}  // namespace platewise::config

#endif  // PLATEWISE_CONFIG_SETTINGS_H_
