#include "config/settings.h"

#include <gtest/gtest.h>

#include "config/config_test_settings.h"

namespace platewise::config {
namespace {

ConfigFile File(std::map<std::string, FileValue, std::less<>> values) { return ConfigFile{"/etc/pw.toml", values}; }

TEST(SettingsTest, DefaultsWhenNothingIsGiven) {
  auto s = Settings::Resolve(TestSettings(), {});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->Text("db"), "var/default.db");
  EXPECT_EQ(s->Integer("threads"), 4);
  EXPECT_FALSE(s->Boolean("secure"));
  EXPECT_TRUE(s->List("proxy").empty());
  EXPECT_EQ(s->Text("cost"), "high");
  EXPECT_EQ(s->Source("db").kind, SourceKind::kDefault);
  EXPECT_EQ(s->Source("db").Describe(), "default");
  ASSERT_EQ(s->entries().size(), TestSettings().size());
  EXPECT_EQ(s->entries()[0].setting->flag, "db");  // in the table's order
}

TEST(SettingsTest, AFlagBeatsTheEnvironmentWhichBeatsTheFileWhichBeatsTheDefault) {
  SettingInputs in;
  in.file = File({{"db", {"/file.db", 2}}, {"serve.threads", {"8", 5}}, {"serve.cost", {"low", 6}}});
  in.environment = {{"PW_TEST_DB", "/env.db"}, {"PW_TEST_THREADS", "16"}};
  in.flags = {{"db", "/flag.db"}};
  auto s = Settings::Resolve(TestSettings(), in);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->Text("db"), "/flag.db");
  EXPECT_EQ(s->Source("db").Describe(), "flag --db");
  EXPECT_EQ(s->Integer("threads"), 16);
  EXPECT_EQ(s->Source("threads").Describe(), "env PW_TEST_THREADS");
  EXPECT_EQ(s->Text("cost"), "low");
  EXPECT_EQ(s->Source("cost").Describe(), "file /etc/pw.toml:6");
  EXPECT_EQ(s->Text("proxy"), "");
  EXPECT_EQ(s->Source("proxy").Describe(), "default");
}

TEST(SettingsTest, AnEmptyVariableCountsAsUnset) {
  SettingInputs in;
  in.file = File({{"db", {"/file.db", 1}}});
  in.environment = {{"PW_TEST_DB", ""}};
  auto s = Settings::Resolve(TestSettings(), in);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->Text("db"), "/file.db");
  EXPECT_EQ(s->Source("db").kind, SourceKind::kFile);
}

TEST(SettingsTest, TextIsReadInEachTypesForms) {
  SettingInputs in;
  in.flags = {{"secure", ""}, {"threads", "064"}};
  in.environment = {{"PW_TEST_PROXY", " 10.0.0.1 ,::1,, "}};
  auto s = Settings::Resolve(TestSettings(), in);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(s->Boolean("secure"));  // a bare switch
  EXPECT_EQ(s->Text("threads"), "64");
  EXPECT_EQ(s->List("proxy"), (std::vector<std::string>{"10.0.0.1", "::1"}));
  for (auto [text, value] : {std::pair{"true", true},
                             {"1", true},
                             {"yes", true},
                             {"on", true},
                             {"false", false},
                             {"0", false},
                             {"no", false},
                             {"off", false}}) {
    SettingInputs env;
    env.environment = {{"PW_TEST_SECURE", text}};
    auto b = Settings::Resolve(TestSettings(), env);
    ASSERT_TRUE(b.ok()) << text;
    EXPECT_EQ(b->Boolean("secure"), value) << text;
    EXPECT_EQ(b->Text("secure"), value ? "true" : "false");
  }
}

TEST(SettingsTest, BadValuesNameTheFlagTheVariableOrTheFileLineAndKey) {
  struct Case {
    SettingInputs in;
    const char* message;
  };
  std::vector<Case> cases;
  cases.push_back({{.flags = {{"threads", "0"}}}, "--threads \"0\" must be a whole number from 1 to 64"});
  cases.push_back({{.flags = {{"threads", "4x"}}}, "--threads \"4x\" must be a whole number from 1 to 64"});
  cases.push_back({{.flags = {{"threads", ""}}}, "--threads \"\" must be a whole number from 1 to 64"});
  cases.push_back(
      {{.environment = {{"PW_TEST_THREADS", "65"}}}, "PW_TEST_THREADS \"65\" must be a whole number from 1 to 64"});
  cases.push_back({{.file = File({{"serve.threads", {"99", 7}}})},
                   "/etc/pw.toml:7: serve.threads \"99\" must be a whole number from 1 to 64"});
  cases.push_back({{.flags = {{"secure", "maybe"}}}, "--secure \"maybe\" must be true or false"});
  cases.push_back({{.environment = {{"PW_TEST_SECURE", "maybe"}}}, "PW_TEST_SECURE \"maybe\" must be true or false"});
  cases.push_back({{.flags = {{"cost", "medium"}}}, "--cost \"medium\" must be high or low"});
  cases.push_back(
      {{.file = File({{"serve.cost", {"medium", 3}}})}, "/etc/pw.toml:3: serve.cost \"medium\" must be high or low"});
  cases.push_back(
      {{.environment = {{"PW_TEST_PROXY", "a b,c"}}}, "PW_TEST_PROXY \"a b,c\" item \"a b\" must have no space"});
  for (const Case& c : cases) {
    auto s = Settings::Resolve(TestSettings(), c.in);
    ASSERT_FALSE(s.ok()) << c.message;
    EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(s.status().message(), c.message);
  }
}

// A wrong value is an error even where a higher source overrides it: the file
// would be wrong as soon as the flag was dropped.
TEST(SettingsTest, AWrongValueIsAnErrorAlsoWhenOverridden) {
  SettingInputs in;
  in.file = File({{"serve.threads", {"0", 4}}});
  in.flags = {{"threads", "2"}};
  auto s = Settings::Resolve(TestSettings(), in);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "/etc/pw.toml:4: serve.threads \"0\" must be a whole number from 1 to 64");
}

TEST(SettingsTest, SourcesDescribeThemselves) {
  EXPECT_EQ((SettingSource{SourceKind::kFlag, "--db"}).Describe(), "flag --db");
  EXPECT_EQ((SettingSource{SourceKind::kEnvironment, "PLATEWISE_DB"}).Describe(), "env PLATEWISE_DB");
  EXPECT_EQ((SettingSource{SourceKind::kFile, "/etc/p.toml:3"}).Describe(), "file /etc/p.toml:3");
  EXPECT_EQ((SettingSource{}).Describe(), "default");
  EXPECT_STREQ((SettingSource{SourceKind::kEnvironment, "X"}).KindName(), "env");
}

TEST(SettingsTest, ASecretIsShownAsHiddenWhenSet) {
  EXPECT_EQ(HiddenSecret("t0ken"), "(hidden)");
  EXPECT_EQ(HiddenSecret(""), "");
}

}  // namespace
}  // namespace platewise::config
