#ifndef PLATEWISE_CONFIG_CONFIG_FILE_H_
#define PLATEWISE_CONFIG_CONFIG_FILE_H_

// The configuration file: TOML (read with toml++), one key per setting
// (Setting::key; "serve.threads" is `threads` under `[serve]`, or the dotted
// key itself). The only place that sees toml++.
//
// Contract: every error is InvalidArgument and names the file and the line:
// - text that is not TOML: "PATH:LINE: not TOML: WHAT";
// - a key that is no setting's: "PATH:LINE: unknown key 'serve.treads'"
//   (a table that holds no setting's key too: "unknown table [x]");
// - a value of the wrong TOML type: "PATH:LINE: serve.threads must be an
//   integer, not a string" (kString: a string; kInteger: an integer; kBoolean:
//   true or false; kList: an array of strings, items without a comma).
// Values come back in their setting's canonical text (config/setting.h); their
// range, choices and checks are the resolver's (config/settings.h), which
// names the same file and line.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "config/setting.h"
#include "core/status.h"

namespace platewise::config {

struct FileValue {
  std::string text;  // canonical text
  int line = 0;
};

struct ConfigFile {
  std::string path;
  std::map<std::string, FileValue, std::less<>> values;  // by Setting::key
};

// Reads and checks the file at `path`; InvalidArgument when it cannot be read.
Result<ConfigFile> ReadConfigFile(const std::string& path, const std::vector<Setting>& settings);
// The same for text already read (`path` names it in messages).
Result<ConfigFile> ParseConfigText(std::string_view text, const std::string& path,
                                   const std::vector<Setting>& settings);

}  // namespace platewise::config

#endif  // PLATEWISE_CONFIG_CONFIG_FILE_H_
