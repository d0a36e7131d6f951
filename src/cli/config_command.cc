// platewise config show [--json] [SETTING-FLAGS]: the effective configuration,
// every setting's value and where it came from (flag, env, file PATH:LINE,
// default), as serve and the other commands would see it with the same flags,
// environment and configuration file.
// The text is TOML (dotted keys, a comment with each source), so it can be
// kept as a configuration file; --json gives
//   {"config_file": {"path": P|null, "source": S, "where": W},
//    "settings": {KEY: {"value": V, "source": S, "where": W, "flag": F, "env": E}}}
// with V a string, a number, a boolean or an array of strings by its type.

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/settings_table.h"

namespace platewise::cli {
namespace {

using config::SettingType;

// The value as config show prints it: typed, and through the setting's
// display (a database URI's password, a token: never printed).
nlohmann::json TypedValue(const config::Settings::Entry& e) {
  if (e.setting->display != nullptr) return e.setting->display(e.value);
  switch (e.setting->type) {
    case SettingType::kInteger:
      return e.value.empty() ? nlohmann::json() : nlohmann::json(std::stoi(e.value));
    case SettingType::kBoolean:
      return e.value == "true";
    case SettingType::kList:
      return config::SplitList(e.value);
    case SettingType::kString:
      return e.value;
  }
  return e.value;
}

std::set<std::string> AllSettingFlags() {
  std::set<std::string> flags = {"json"};
  for (const config::Setting& s : PlatewiseSettings()) flags.emplace(s.flag);
  return flags;
}

}  // namespace

Status RunConfigShow(AppContext& ctx) {
  PW_RETURN_IF_ERROR(ctx.args().CheckAllowed("config show", AllSettingFlags()));
  if (!ctx.args().positionals().empty()) {
    return Status::InvalidArgument("config show takes no words, only flags");
  }
  const ConfigLocation& file = ctx.env().config_file;
  const config::Settings& settings = ctx.settings();
  if (ctx.args().Has("json")) {
    nlohmann::ordered_json j;
    j["config_file"] = {{"path", file.path ? nlohmann::json(*file.path) : nlohmann::json()},
                        {"source", file.source.KindName()},
                        {"where", file.source.where}};
    j["settings"] = nlohmann::ordered_json::object();
    for (const auto& e : settings.entries()) {
      j["settings"][std::string(e.setting->key)] = {{"value", TypedValue(e)},
                                                    {"source", e.source.KindName()},
                                                    {"where", e.source.where},
                                                    {"flag", "--" + std::string(e.setting->flag)},
                                                    {"env", std::string(e.setting->env)}};
    }
    ctx.out() << j.dump(2) << "\n";
    return Status::Ok();
  }
  ctx.out() << "# configuration file: " << (file.path ? *file.path : "none") << " (" << file.source.Describe() << ")\n";
  for (const auto& e : settings.entries()) {
    ctx.out() << e.setting->key << " = " << TypedValue(e).dump() << "  # " << e.source.Describe() << "\n";
  }
  return Status::Ok();
}

}  // namespace platewise::cli
