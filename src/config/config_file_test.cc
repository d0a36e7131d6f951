#include "config/config_file.h"

#include <gtest/gtest.h>

#include "config/config_test_settings.h"

namespace platewise::config {
namespace {

Result<ConfigFile> Parse(std::string_view text) { return ParseConfigText(text, "/etc/pw.toml", TestSettings()); }

TEST(ConfigFileTest, ReadsTopLevelKeysTablesAndDottedKeysInCanonicalText) {
  auto file = Parse(
      "db = \"/var/lib/pw.db\"\n"
      "\n"
      "[serve]\n"
      "threads = 8\n"
      "secure = true\n"
      "proxy = [\"10.0.0.1\", \"::1\"]\n");
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->path, "/etc/pw.toml");
  ASSERT_EQ(file->values.size(), 4u);
  EXPECT_EQ(file->values.at("db").text, "/var/lib/pw.db");
  EXPECT_EQ(file->values.at("db").line, 1);
  EXPECT_EQ(file->values.at("serve.threads").text, "8");
  EXPECT_EQ(file->values.at("serve.threads").line, 4);
  EXPECT_EQ(file->values.at("serve.secure").text, "true");
  EXPECT_EQ(file->values.at("serve.proxy").text, "10.0.0.1,::1");

  auto dotted = Parse("serve.cost = \"low\"\n");
  ASSERT_TRUE(dotted.ok()) << dotted.status().message();
  EXPECT_EQ(dotted->values.at("serve.cost").text, "low");
}

TEST(ConfigFileTest, AnEmptyFileGivesNoValues) {
  auto file = Parse("# nothing set\n");
  ASSERT_TRUE(file.ok());
  EXPECT_TRUE(file->values.empty());
}

TEST(ConfigFileTest, ErrorsNameTheFileTheLineAndTheKey) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case kCases[] = {
      {"db = \"x\"\n[serve]\ntreads = 4\n", "/etc/pw.toml:3: unknown key 'serve.treads'"},
      {"\n\ndatabase = \"x\"\n", "/etc/pw.toml:3: unknown key 'database'"},
      {"[srve]\nthreads = 4\n", "/etc/pw.toml:1: unknown table [srve]"},
      {"[serve]\n\nthreads = \"4\"\n", "/etc/pw.toml:3: serve.threads must be an integer, not a string"},
      {"[serve]\nsecure = \"yes\"\n", "/etc/pw.toml:2: serve.secure must be true or false, not a string"},
      {"db = 5\n", "/etc/pw.toml:1: db must be a string, not an integer"},
      {"[serve]\nproxy = \"10.0.0.1\"\n", "/etc/pw.toml:2: serve.proxy must be an array of strings, not a string"},
      {"[serve]\nproxy = [\"a,b\"]\n", "/etc/pw.toml:2: serve.proxy must be an array of strings without commas"},
      {"[serve]\nproxy = [1]\n", "/etc/pw.toml:2: serve.proxy must be an array of strings without commas"},
      {"db = [\"x\"]\n", "/etc/pw.toml:1: db must be a string, not an array"},
      {"db = \n", "/etc/pw.toml:1: not TOML: "},
      {"db = \"x\"\n[serve\n", "/etc/pw.toml:2: not TOML: "},
      {"db = \"x\"\ndb = \"y\"\n", "/etc/pw.toml:2: not TOML: "},
      {"db = {x = 1}\n", "/etc/pw.toml:1: db must be a string, not a table"},
  };
  for (const Case& c : kCases) {
    auto file = Parse(c.text);
    ASSERT_FALSE(file.ok()) << c.text;
    EXPECT_EQ(file.status().code(), StatusCode::kInvalidArgument);
    EXPECT_TRUE(file.status().message().starts_with(c.message)) << c.text << "\ngave: " << file.status().message();
  }
}

TEST(ConfigFileTest, AFileThatCannotBeReadIsAnErrorNamingIt) {
  auto file = ReadConfigFile("/nonexistent/platewise.toml", TestSettings());
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(file.status().message().find("/nonexistent/platewise.toml"), std::string::npos);
  EXPECT_NE(file.status().message().find("No such file"), std::string::npos) << file.status().message();
}

}  // namespace
}  // namespace platewise::config
