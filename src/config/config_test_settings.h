#ifndef PLATEWISE_CONFIG_CONFIG_TEST_SETTINGS_H_
#define PLATEWISE_CONFIG_CONFIG_TEST_SETTINGS_H_

// A small table of settings for the config layer's tests, one of each type.

#include <vector>

#include "config/setting.h"

namespace platewise::config {

inline std::optional<std::string> CheckNoSpace(std::string_view value) {
  if (value.find(' ') == std::string_view::npos) return std::nullopt;
  return "must have no space";
}

inline const std::vector<Setting>& TestSettings() {
  static const std::vector<Setting> settings = {
      {.flag = "db",
       .env = "PW_TEST_DB",
       .key = "db",
       .command = "",
       .type = SettingType::kString,
       .fallback = "var/default.db",
       .help = "the database"},
      {.flag = "threads",
       .env = "PW_TEST_THREADS",
       .key = "serve.threads",
       .command = "serve",
       .type = SettingType::kInteger,
       .fallback = "4",
       .help = "threads",
       .min = 1,
       .max = 64},
      {.flag = "secure",
       .env = "PW_TEST_SECURE",
       .key = "serve.secure",
       .command = "serve",
       .type = SettingType::kBoolean,
       .fallback = "false",
       .help = "secure"},
      {.flag = "proxy",
       .env = "PW_TEST_PROXY",
       .key = "serve.proxy",
       .command = "serve",
       .type = SettingType::kList,
       .fallback = "",
       .help = "proxies",
       .check = CheckNoSpace},
      {.flag = "cost",
       .env = "PW_TEST_COST",
       .key = "serve.cost",
       .command = "serve",
       .type = SettingType::kString,
       .fallback = "high",
       .help = "cost",
       .choices = {"high", "low"}},
  };
  return settings;
}

}  // namespace platewise::config

#endif  // PLATEWISE_CONFIG_CONFIG_TEST_SETTINGS_H_
