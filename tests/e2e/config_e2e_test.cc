// End-to-end: one configuration (#17 point 4). The real binary with a
// configuration file, environment variables and flags at once: `config show`
// says which won and where it came from, `serve` runs on what it says, and a
// wrong file or variable stops every command with the file, line and key.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "testing/http_client.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

using nlohmann::json;

class ConfigTest : public ::testing::Test {
 protected:
  std::string WriteFile(const std::string& name, const std::string& text) {
    std::string path = dir_.File(name);
    std::ofstream(path) << text;
    return path;
  }

  // The file sets the database, the threads, the listen address and the hash
  // cost; the environment overrides the listen address; a flag the threads.
  void SetUp() override {
    db_ = dir_.File("from-file/platewise.db");
    std::string text = "# a test configuration\n";
    text += "db = \"" + db_ + "\"\n";
    text += "data_dir = \"";
    text += PLATEWISE_BUNDLED_DATA_DIR;
    text += "\"\n\n[serve]\nlisten = \"127.0.0.1:1\"\nthreads = 3\npassword_hash_cost = \"minimum\"\n";
    config_ = WriteFile("platewise.toml", text);
    env_ = {"PLATEWISE_LISTEN=127.0.0.1:0"};
  }

  testing::TempDir dir_;
  std::string db_;
  std::string config_;
  std::vector<std::string> env_;
};

TEST_F(ConfigTest, ShowSaysWhichSourceWonForEachSetting) {
  auto r =
      testing::RunCommand(PLATEWISE_BINARY, {"config", "show", "--json", "--config", config_, "--threads", "2"}, env_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_EQ(j["config_file"]["path"], config_);
  EXPECT_EQ(j["config_file"]["source"], "flag");
  const json& s = j["settings"];
  EXPECT_EQ(s["db"]["value"], db_);
  EXPECT_EQ(s["db"]["source"], "file");
  EXPECT_EQ(s["db"]["where"], config_ + ":2");
  EXPECT_EQ(s["serve.listen"]["value"], "127.0.0.1:0");
  EXPECT_EQ(s["serve.listen"]["source"], "env");
  EXPECT_EQ(s["serve.listen"]["where"], "PLATEWISE_LISTEN");
  EXPECT_EQ(s["serve.threads"]["value"], 2);
  EXPECT_EQ(s["serve.threads"]["source"], "flag");
  EXPECT_EQ(s["serve.threads"]["where"], "--threads");
  EXPECT_EQ(s["serve.password_hash_cost"]["value"], "minimum");
  EXPECT_EQ(s["serve.password_hash_cost"]["where"], config_ + ":8");
  EXPECT_EQ(s["serve.secure_cookies"]["value"], false);
  EXPECT_EQ(s["serve.secure_cookies"]["source"], "default");
  EXPECT_EQ(s["serve.trusted_proxy"]["value"], json::array());
  EXPECT_EQ(s["serve.trusted_proxy"]["env"], "PLATEWISE_TRUSTED_PROXY");

  // The text form is TOML with each source as a comment.
  auto text = testing::RunCommand(PLATEWISE_BINARY, {"config", "show", "--threads", "2"},
                                  {"PLATEWISE_CONFIG=" + config_, env_[0]});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("# configuration file: " + config_ + " (env PLATEWISE_CONFIG)"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("serve.threads = 2  # flag --threads\n"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("serve.listen = \"127.0.0.1:0\"  # env PLATEWISE_LISTEN\n"), std::string::npos);
  EXPECT_NE(text.out.find("db = \"" + db_ + "\"  # file " + config_ + ":2\n"), std::string::npos);
}

TEST_F(ConfigTest, ServeRunsOnTheFileTheEnvironmentAndTheFlags) {
  testing::ServerProcessOptions options;
  options.env = env_;  // listen on a free port, not the file's 127.0.0.1:1
  testing::ServerProcess server(PLATEWISE_BINARY, {"serve", "--config", config_, "--threads", "2"}, options);
  ASSERT_TRUE(server.started()) << server.output();
  testing::HttpClient client(server.port());
  auto r = client.Get("/healthz");
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_NE(server.output().find(db_), std::string::npos) << server.output();
  EXPECT_TRUE(std::filesystem::exists(db_)) << "the file's db was not used";
}

TEST_F(ConfigTest, AWrongFileOrVariableStopsEveryCommandNamingIt) {
  std::string bad_key = WriteFile("bad-key.toml", "db = \"x.db\"\n\n[serve]\nthreds = 3\n");
  std::string bad_value = WriteFile("bad-value.toml", "[serve]\nthreads = 0\n");
  std::string not_toml = WriteFile("not.toml", "db = x.db\n");
  struct Case {
    std::vector<std::string> args;
    std::vector<std::string> env;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"serve", "--config", bad_key}, {}, bad_key + ":4: unknown key 'serve.threds'"},
      {{"log", "day"}, {"PLATEWISE_CONFIG=" + bad_key}, bad_key + ":4: unknown key 'serve.threds'"},
      {{"serve", "--config", bad_value, "--threads", "2"},
       {},
       bad_value + ":2: serve.threads \"0\" must be a whole number from 1 to 64"},
      {{"config", "show", "--config", not_toml}, {}, not_toml + ":1: not TOML: "},
      {{"config", "show"}, {"PLATEWISE_THREADS=many"}, "PLATEWISE_THREADS \"many\" must be a whole number"},
      {{"config", "show"}, {"PLATEWISE_SECURE_COOKIES=maybe"}, "PLATEWISE_SECURE_COOKIES \"maybe\" must be true"},
      {{"config", "show", "--config", dir_.File("missing.toml")},
       {},
       "cannot read the configuration file " + dir_.File("missing.toml")},
      {{"serve", "--listen", "nowhere"}, {}, "--listen \"nowhere\" must be HOST:PORT"},
      {{"log", "day", "--listen", "127.0.0.1:0"}, {}, "unknown option --listen for 'log day'"},
  };
  for (const Case& c : cases) {
    auto r = testing::RunCommand(PLATEWISE_BINARY, c.args, c.env);
    EXPECT_EQ(r.exit_code, 2) << c.message << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
}

// A database URI's password is never printed, in the text or the JSON.
TEST_F(ConfigTest, ShowHidesTheDatabasePassword) {
  const std::string uri = "postgresql://platewise:s3cret-pw@127.0.0.1:5432/platewise";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"config", "show"}, std::vector<std::string>{"config", "show", "--json"}}) {
    auto r = testing::RunCommand(PLATEWISE_BINARY, args, {"PLATEWISE_DB=" + uri});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.find("s3cret-pw"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("postgresql://platewise:***@127.0.0.1:5432/platewise"), std::string::npos) << r.out;
  }
}

// A binary run from the build tree reads no configuration file unless one is
// named: not /etc/platewise/platewise.toml, which the package test (or an
// installed package) may have left on the machine.
TEST_F(ConfigTest, TheBuildTreeBinaryReadsNoFileUnlessNamed) {
  auto r = testing::RunCommand(PLATEWISE_BINARY, {"config", "show", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_TRUE(j["config_file"]["path"].is_null()) << r.out;
  EXPECT_EQ(j["settings"]["db"]["value"], "var/platewise.db");
  EXPECT_EQ(j["settings"]["db"]["source"], "default");
}

}  // namespace
}  // namespace platewise
