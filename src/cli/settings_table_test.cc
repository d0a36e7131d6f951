#include "cli/settings_table.h"

#include <gtest/gtest.h>

#include <cctype>
#include <set>

#include "config/settings.h"

namespace platewise::cli {
namespace {

std::string Upper(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string Snake(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = c == '-' ? '_' : c;
  return out;
}

// The naming rule of cli/settings_table.h, so a new row cannot drift from it.
TEST(SettingsTableTest, EveryRowFollowsTheNamingRule) {
  std::set<std::string_view> flags, envs, keys;
  for (const config::Setting& s : PlatewiseSettings()) {
    EXPECT_EQ(s.env, "PLATEWISE_" + Upper(s.flag)) << s.flag;
    std::string key = s.command.empty() ? Snake(s.flag) : std::string(s.command) + "." + Snake(s.flag);
    EXPECT_EQ(s.key, key) << s.flag;
    EXPECT_FALSE(s.help.empty()) << s.flag;
    EXPECT_TRUE(flags.insert(s.flag).second) << "two rows for --" << s.flag;
    EXPECT_TRUE(envs.insert(s.env).second) << s.env;
    EXPECT_TRUE(keys.insert(s.key).second) << s.key;
    EXPECT_NE(s.flag, kConfigFlag);
  }
}

// Each default passes its own row's checks (given as a flag, it resolves).
TEST(SettingsTableTest, EveryDefaultIsAValidValue) {
  config::SettingInputs in;
  for (const config::Setting& s : PlatewiseSettings()) {
    if (s.flag == "db" || s.flag == "data-dir") {
      EXPECT_FALSE(s.fallback.empty()) << s.flag;
    }
    in.flags.emplace(s.flag, s.fallback);
  }
  // web-dir may be empty (a build without the web app); db and data-dir may not.
  auto settings = config::Settings::Resolve(PlatewiseSettings(), in);
  ASSERT_TRUE(settings.ok()) << settings.status().message();
}

TEST(SettingsTableTest, ServeValuesAreChecked) {
  struct Case {
    const char* flag;
    const char* value;
    const char* message;
  };
  const Case kCases[] = {
      {"listen", "8080", "--listen \"8080\" must be HOST:PORT, e.g. 127.0.0.1:8080"},
      {"listen", "127.0.0.1:65536", "--listen \"127.0.0.1:65536\" must be HOST:PORT, e.g. 127.0.0.1:8080"},
      {"threads", "65", "--threads \"65\" must be a whole number from 1 to 64"},
      {"trusted-proxy", "127.0.0.1,proxy.local",
       "--trusted-proxy \"127.0.0.1,proxy.local\" item \"proxy.local\" must be an IP address, e.g. 127.0.0.1"},
      {"password-hash-cost", "low", "--password-hash-cost \"low\" must be interactive or minimum"},
      {"secure-cookies", "sometimes", "--secure-cookies \"sometimes\" must be true or false"},
      {"db", "", "--db \"\" must not be empty"},
  };
  for (const Case& c : kCases) {
    config::SettingInputs in;
    in.flags.emplace(c.flag, c.value);
    auto settings = config::Settings::Resolve(PlatewiseSettings(), in);
    ASSERT_FALSE(settings.ok()) << c.flag;
    EXPECT_EQ(settings.status().message(), c.message);
  }
}

TEST(SettingsTableTest, FlagsByCommandAndSwitches) {
  EXPECT_EQ(SettingFlags(""), (std::set<std::string>{"db", "data-dir", "web-dir"}));
  EXPECT_TRUE(SettingFlags("serve").count("listen"));
  EXPECT_FALSE(SettingFlags("serve").count("db"));
  EXPECT_EQ(SettingSwitches(), (std::set<std::string>{"secure-cookies"}));
}

}  // namespace
}  // namespace platewise::cli
