#include "config/config_file.h"

#include <toml++/toml.h>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace platewise::config {
namespace {

std::string At(const std::string& path, const toml::source_region& where) {
  return path + ":" + std::to_string(where.begin.line) + ": ";
}

const char* TomlTypeName(toml::node_type type) {
  switch (type) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number with a fraction";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time:
      return "a date or time";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    default:
      return "nothing";
  }
}

const char* WantedTypeName(SettingType type) {
  switch (type) {
    case SettingType::kString:
      return "a string";
    case SettingType::kInteger:
      return "an integer";
    case SettingType::kBoolean:
      return "true or false";
    case SettingType::kList:
      return "an array of strings";
  }
  return "a string";
}

// The node as its setting's canonical text, or the message of why not.
Result<std::string> CanonicalText(const Setting& setting, const toml::node& node, const std::string& path) {
  auto wrong_type = [&] {
    return Status::InvalidArgument(At(path, node.source()) + std::string(setting.key) + " must be " +
                                   WantedTypeName(setting.type) + ", not " + TomlTypeName(node.type()));
  };
  switch (setting.type) {
    case SettingType::kString:
      if (auto v = node.value<std::string>(); v && node.is_string()) return *v;
      return wrong_type();
    case SettingType::kInteger:
      if (auto v = node.as_integer()) return std::to_string(v->get());
      return wrong_type();
    case SettingType::kBoolean:
      if (auto v = node.as_boolean()) return std::string(v->get() ? "true" : "false");
      return wrong_type();
    case SettingType::kList: {
      const toml::array* array = node.as_array();
      if (array == nullptr) return wrong_type();
      std::string joined;
      for (const toml::node& item : *array) {
        const auto* text = item.as_string();
        if (text == nullptr || text->get().find(',') != std::string::npos) {
          return Status::InvalidArgument(At(path, item.source()) + std::string(setting.key) +
                                         " must be an array of strings without commas");
        }
        if (!joined.empty()) joined += ',';
        joined += text->get();
      }
      return joined;
    }
  }
  return wrong_type();
}

const Setting* FindByKey(const std::vector<Setting>& settings, std::string_view key) {
  for (const Setting& s : settings) {
    if (s.key == key) return &s;
  }
  return nullptr;
}

bool IsTableOfSomeKey(const std::vector<Setting>& settings, const std::string& prefix) {
  for (const Setting& s : settings) {
    if (s.key.size() > prefix.size() && s.key.starts_with(prefix) && s.key[prefix.size()] == '.') return true;
  }
  return false;
}

Status ReadTable(const toml::table& table, const std::string& prefix, const std::vector<Setting>& settings,
                 ConfigFile& file) {
  for (const auto& [key, node] : table) {
    std::string full = prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
    if (const Setting* setting = FindByKey(settings, full)) {
      auto text = CanonicalText(*setting, node, file.path);
      if (!text.ok()) return text.status();
      file.values[full] = FileValue{*text, static_cast<int>(node.source().begin.line)};
    } else if (node.is_table() && IsTableOfSomeKey(settings, full)) {
      PW_RETURN_IF_ERROR(ReadTable(*node.as_table(), full, settings, file));
    } else if (node.is_table()) {
      return Status::InvalidArgument(At(file.path, key.source()) + "unknown table [" + full + "]");
    } else {
      return Status::InvalidArgument(At(file.path, key.source()) + "unknown key '" + full + "'");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<ConfigFile> ParseConfigText(std::string_view text, const std::string& path,
                                   const std::vector<Setting>& settings) {
  ConfigFile file;
  file.path = path;
  toml::table table;
  try {
    table = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return Status::InvalidArgument(At(path, e.source()) + "not TOML: " + std::string(e.description()));
  }
  PW_RETURN_IF_ERROR(ReadTable(table, "", settings, file));
  return file;
}

Result<ConfigFile> ReadConfigFile(const std::string& path, const std::vector<Setting>& settings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::InvalidArgument("cannot read the configuration file " + path + ": " + std::strerror(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::InvalidArgument("cannot read the configuration file " + path);
  return ParseConfigText(text.str(), path, settings);
}

}  // namespace platewise::config
