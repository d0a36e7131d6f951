#include "config/settings.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace platewise::config {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

std::string OneOf(const std::vector<std::string_view>& choices) {
  std::string text = "must be ";
  for (size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) text += i + 1 == choices.size() ? " or " : ", ";
    text += choices[i];
  }
  return text;
}

// The value given as text (a flag or a variable, or a file's value already in
// canonical form) in canonical form, or what it must be.
Result<std::string> Canonical(const Setting& s, std::string_view given, bool is_switch) {
  switch (s.type) {
    case SettingType::kString:
      return std::string(given);
    case SettingType::kInteger: {
      int v = 0;
      auto [end, ec] = std::from_chars(given.data(), given.data() + given.size(), v);
      if (given.empty() || ec != std::errc() || end != given.data() + given.size() || v < s.min || v > s.max) {
        return Status::InvalidArgument("must be a whole number from " + std::to_string(s.min) + " to " +
                                       std::to_string(s.max));
      }
      return std::to_string(v);
    }
    case SettingType::kBoolean: {
      if (is_switch && given.empty()) return std::string("true");
      for (std::string_view yes : {"true", "1", "yes", "on"}) {
        if (given == yes) return std::string("true");
      }
      for (std::string_view no : {"false", "0", "no", "off"}) {
        if (given == no) return std::string("false");
      }
      return Status::InvalidArgument("must be true or false");
    }
    case SettingType::kList: {
      std::string joined;
      std::string_view rest = given;
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string_view item = Trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        if (item.empty()) continue;
        if (!joined.empty()) joined += ',';
        joined += item;
      }
      return joined;
    }
  }
  return std::string(given);
}

// What is wrong with a canonical value beyond its type, if anything.
std::optional<std::string> Problem(const Setting& s, const std::string& value) {
  auto check_one = [&](std::string_view item) -> std::optional<std::string> {
    if (!s.choices.empty() && std::find(s.choices.begin(), s.choices.end(), item) == s.choices.end()) {
      return OneOf(s.choices);
    }
    if (s.check != nullptr) return s.check(item);
    return std::nullopt;
  };
  if (s.type != SettingType::kList) return check_one(value);
  for (const std::string& item : SplitList(value)) {
    if (auto problem = check_one(item)) {
      std::string text = "item \"";
      text += item;
      text += "\" ";
      text += *problem;
      return text;
    }
  }
  return std::nullopt;
}

// The value from one source in canonical text; InvalidArgument naming the
// source (`prefix`, e.g. `--threads` or `PATH:4: serve.threads`) when wrong.
Result<std::string> Checked(const Setting& s, std::string_view given, bool is_switch, const std::string& prefix) {
  auto value = Canonical(s, given, is_switch);
  std::optional<std::string> problem;
  if (!value.ok()) {
    problem = value.status().message();
  } else {
    problem = Problem(s, *value);
  }
  if (problem) {
    std::string message = prefix;
    message += " \"";
    message += given;
    message += "\" ";
    message += *problem;
    return Status::InvalidArgument(message);
  }
  return value;
}

}  // namespace

std::vector<std::string> SplitList(std::string_view value) {
  std::vector<std::string> items;
  while (!value.empty()) {
    size_t comma = value.find(',');
    items.emplace_back(value.substr(0, comma));
    value = comma == std::string_view::npos ? std::string_view() : value.substr(comma + 1);
  }
  return items;
}

Result<Settings> Settings::Resolve(const std::vector<Setting>& table, const SettingInputs& inputs) {
  Settings settings;
  for (const Setting& s : table) {
    Entry entry{&s, s.fallback, SettingSource{}};
    // Lowest precedence first, so that each source found replaces the one below.
    if (inputs.file) {
      if (auto it = inputs.file->values.find(s.key); it != inputs.file->values.end()) {
        std::string where = inputs.file->path + ":" + std::to_string(it->second.line);
        auto value = Checked(s, it->second.text, false, where + ": " + std::string(s.key));
        if (!value.ok()) return value.status();
        entry.value = *value;
        entry.source = {SourceKind::kFile, where};
      }
    }
    if (auto it = inputs.environment.find(s.env); it != inputs.environment.end() && !it->second.empty()) {
      auto value = Checked(s, it->second, false, std::string(s.env));
      if (!value.ok()) return value.status();
      entry.value = *value;
      entry.source = {SourceKind::kEnvironment, std::string(s.env)};
    }
    if (auto it = inputs.flags.find(s.flag); it != inputs.flags.end()) {
      std::string flag = "--";
      flag += s.flag;
      auto value = Checked(s, it->second, true, flag);
      if (!value.ok()) return value.status();
      entry.value = *value;
      entry.source = {SourceKind::kFlag, flag};
    }
    settings.entries_.push_back(std::move(entry));
  }
  return settings;
}

const Settings::Entry& Settings::Find(std::string_view flag) const {
  for (const Entry& e : entries_) {
    if (e.setting->flag == flag) return e;
  }
  throw std::logic_error("no setting --" + std::string(flag));
}

int Settings::Integer(std::string_view flag) const {
  const std::string& text = Text(flag);
  int v = 0;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

std::vector<std::string> Settings::List(std::string_view flag) const { return SplitList(Text(flag)); }

}  // namespace platewise::config
