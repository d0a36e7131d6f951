#ifndef PLATEWISE_CONFIG_SETTING_H_
#define PLATEWISE_CONFIG_SETTING_H_

// One setting, as a flag, an environment variable and a key of the
// configuration file at once: a row of a table that says everything about it
// (cli/settings_table.cc holds Platewise's), so that adding a setting is
// adding a row. The readers (config/config_file.h) and the resolver
// (config/settings.h) know the rows only through this type.
//
// Values travel as text in one canonical form per type, whatever their origin:
//   kString   as given;
//   kInteger  decimal ("4");
//   kBoolean  "true" or "false";
//   kList     the items joined with "," (an item never holds a comma).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace platewise::config {

enum class SettingType { kString, kInteger, kBoolean, kList };

// Checks one value (one item of a list) beyond its type. Returns what the value
// must be ("must be HOST:PORT, e.g. 127.0.0.1:8080") when it is wrong, nullopt
// when it is right; the resolver names the setting and where the value came from.
using SettingCheck = std::optional<std::string> (*)(std::string_view value);

// How a value is shown (`platewise config show`), for one that may hold a
// secret: a database URI's password, a token. Values are never shown otherwise
// than through it.
using SettingDisplay = std::string (*)(const std::string& value);

struct Setting {
  std::string_view flag;     // "threads": --threads (for kBoolean a switch: --secure-cookies)
  std::string_view env;      // "PLATEWISE_THREADS"
  std::string_view key;      // "serve.threads": the file's dotted key ([serve] threads = 4)
  std::string_view command;  // the command whose setting it is ("serve"); "" for every command's
  SettingType type = SettingType::kString;
  std::string fallback = {};  // the default in canonical text; "" for none (an empty list)
  std::string_view help = {};
  int min = 0;  // kInteger: the allowed range
  int max = 0;
  std::vector<std::string_view> choices = {};  // kString: the only values allowed, when not empty
  SettingCheck check = nullptr;                // any further rule
  SettingDisplay display = nullptr;            // nullptr: shown as it is
};

// A SettingDisplay for a secret: "(hidden)" when set, "" when not.
std::string HiddenSecret(const std::string& value);

// Where a value came from, in precedence order: a flag beats the environment,
// which beats the file, which beats the default.
enum class SourceKind { kFlag, kEnvironment, kFile, kDefault };

struct SettingSource {
  SourceKind kind = SourceKind::kDefault;
  std::string where;  // "--threads", "PLATEWISE_THREADS", "PATH:LINE"; "" for the default

  // "flag --threads", "env PLATEWISE_THREADS", "file PATH:LINE", "default".
  std::string Describe() const;
  // "flag", "env", "file", "default".
  const char* KindName() const;
};

}  // namespace platewise::config

#endif  // PLATEWISE_CONFIG_SETTING_H_
