#include "cli/arguments.h"

#include <charconv>

#include "cli/settings_table.h"

namespace platewise::cli {
namespace {

// Options that take no value: the commands' own and the boolean settings.
const std::set<std::string>& Switches() {
  static const std::set<std::string> switches = [] {
    std::set<std::string> s = {"json", "help", "version", "pregnant", "lactating", "password-stdin", "yes"};
    s.merge(SettingSwitches());
    return s;
  }();
  return switches;
}

// Options every command takes: the configuration file and every command's settings.
const std::set<std::string>& GlobalOptions() {
  static const std::set<std::string> options = [] {
    std::set<std::string> s = {"help", kConfigFlag};
    s.merge(SettingFlags(""));
    return s;
  }();
  return options;
}

}  // namespace

Result<Arguments> Arguments::Parse(const std::vector<std::string>& words) {
  Arguments a;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.size() > 2 && w.starts_with("--")) {
      std::string name = w.substr(2);
      if (auto eq = name.find('='); eq != std::string::npos) {
        a.options_[name.substr(0, eq)] = name.substr(eq + 1);
      } else if (Switches().count(name)) {
        a.options_[name] = "";
      } else {
        if (i + 1 >= words.size() || words[i + 1].starts_with("--")) {
          return Status::InvalidArgument("option --" + name + " needs a value");
        }
        a.options_[name] = words[++i];
      }
    } else if (w == "--") {
      for (++i; i < words.size(); ++i) a.positionals_.push_back(words[i]);
    } else {
      a.positionals_.push_back(w);
    }
  }
  return a;
}

std::optional<std::string> Arguments::Get(const std::string& name) const {
  auto it = options_.find(name);
  if (it == options_.end()) return std::nullopt;
  return it->second;
}

Result<std::string> Arguments::Require(const std::string& name) const {
  auto v = Get(name);
  if (!v || v->empty()) return Status::InvalidArgument("option --" + name + " is required");
  return *v;
}

Result<int> Arguments::GetInt(const std::string& name, int fallback, int min, int max) const {
  auto text = Get(name);
  if (!text) return fallback;
  int v = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
  if (text->empty() || ec != std::errc() || end != text->data() + text->size() || v < min || v > max) {
    return Status::InvalidArgument("--" + name + " \"" + *text + "\" must be a whole number from " +
                                   std::to_string(min) + " to " + std::to_string(max));
  }
  return v;
}

Status Arguments::CheckAllowed(const std::string& command, const std::set<std::string>& allowed) const {
  for (const auto& [name, value] : options_) {
    if (!allowed.count(name) && !GlobalOptions().count(name)) {
      return Status::InvalidArgument("unknown option --" + name + " for '" + command + "'");
    }
  }
  return Status::Ok();
}

}  // namespace platewise::cli
