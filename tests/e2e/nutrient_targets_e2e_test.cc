// End-to-end: a person's own nutrient targets (issue 16, "Nutrients": "a
// doctor's advice overrides the DRI, marked as such") through the API of
// `platewise serve`, on SQLite and on PostgreSQL: the targets list beside the
// DRI, the report judged against the effective target, the bounds refused
// with the field named, the reset to the DRI, and the export carrying them.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "testing/api_user.h"
#include "testing/postgres_cluster.h"
#include "testing/seeded_database.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr char kDay[] = "2026-11-30";
// 500 g of raw spinach (11457, 79 mg magnesium per 100 g): 395 mg, over a
// woman's RDA of 320 mg and under a doctor's 500 mg.
constexpr double kSpinachGrams = 500;

const json& Find(const json& list, const std::string& key) {
  for (const json& n : list)
    if (n["key"] == key) return n;
  ADD_FAILURE() << "no " << key;
  return list;
}

json Magnesium(testing::ApiUser& u) { return Find(u.Must(200, "GET", "/api/v1/nutrients/targets")["targets"], "magnesium"); }
json MagnesiumLine(testing::ApiUser& u) {
  return Find(u.Must(200, "GET", std::string("/api/v1/nutrients/report?from=") + kDay + "&to=" + kDay)["nutrients"],
              "magnesium");
}

// The whole story on one running server.
void DoctorsTargetStory(int port) {
  testing::ApiUser u(port, "ada@example.org");
  ASSERT_TRUE(u.ok());
  u.Must(200, "PUT", "/api/v1/profile",
         {{"sex", "female"}, {"birth_date", "1986-01-01"}, {"height_cm", 165}, {"weight_kg", 60},
          {"activity", "light"}, {"weekly_goal_lb", 0}, {"units", "metric"}, {"time_zone", "UTC"}});
  u.Must(201, "POST", std::string("/api/v1/diary/") + kDay + "/entries",
         {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", kSpinachGrams}});

  json mg = Magnesium(u);
  EXPECT_EQ(mg["target"], 320.0);
  EXPECT_EQ(mg["source"], "dri");
  EXPECT_EQ(mg["dri_target"], 320.0);
  EXPECT_EQ(mg["above_ul"], false);
  EXPECT_EQ(MagnesiumLine(u)["status"], "adequate");

  // A doctor's 500 mg: above the UL of 350 mg (supplements), allowed and flagged.
  json set = u.Must(200, "PUT", "/api/v1/nutrients/targets/magnesium", {{"amount", 500}, {"source", "doctor"}});
  EXPECT_EQ(set["target"], 500.0);
  EXPECT_EQ(set["source"], "doctor");
  EXPECT_EQ(set["above_ul"], true);
  mg = Magnesium(u);
  EXPECT_EQ(mg["target"], 500.0);
  EXPECT_EQ(mg["source"], "doctor");
  EXPECT_EQ(mg["rda"], 320.0) << "the DRI stays beside it";
  EXPECT_EQ(mg["ul"], 350.0);
  json line = MagnesiumLine(u);
  EXPECT_EQ(line["target"], 500.0);
  EXPECT_EQ(line["target_source"], "doctor");
  EXPECT_EQ(line["dri_target"], 320.0);
  EXPECT_EQ(line["status"], "possibly-inadequate") << "395 mg is short of the doctor's 500 mg";
  EXPECT_NE(line["explanation"].get<std::string>().find("your doctor's target is 500 mg a day"), std::string::npos)
      << line["explanation"];

  // Refused, naming the field; nothing stored changes.
  auto refused = [&](const json& body, const std::string& field, const std::string& words) {
    auto r = u.Call("PUT", "/api/v1/nutrients/targets/magnesium", body);
    EXPECT_EQ(r.status, 422) << body << r.body;
    json e = json::parse(r.body)["error"];
    EXPECT_EQ(e["field"], field) << r.body;
    EXPECT_NE(e["message"].get<std::string>().find(words), std::string::npos) << r.body;
  };
  refused({{"amount", 500}, {"source", "own"}}, "amount", "only a doctor's advice");
  refused({{"amount", -5}, {"source", "doctor"}}, "amount", "more than 0 mg");
  refused({{"amount", 0}, {"source", "own"}}, "amount", "more than 0 mg");
  refused({{"amount", 5000}, {"source", "doctor"}}, "amount", "most accepted");
  refused({{"amount", 300}, {"upper", 200}, {"source", "own"}}, "upper", "below the target");
  refused({{"amount", 300}, {"upper", 400}, {"source", "own"}}, "upper", "only a doctor's advice");
  refused({{"amount", 300}, {"source", "nurse"}}, "source", "doctor or own");
  refused({{"amount", "lots"}, {"source", "own"}}, "amount", "number");
  EXPECT_EQ(Magnesium(u)["target"], 500.0) << "a refused change leaves the target as it was";
  EXPECT_EQ(u.Call("PUT", "/api/v1/nutrients/targets/unobtainium", {{"amount", 1}, {"source", "own"}}).status, 404);

  // An own upper bound under the intake: "above-limit".
  json own = u.Must(200, "PUT", "/api/v1/nutrients/targets/magnesium", {{"amount", 300}, {"upper", 340}, {"source", "own"}});
  EXPECT_EQ(own["source"], "own");
  EXPECT_EQ(own["upper"], 340.0);
  EXPECT_EQ(MagnesiumLine(u)["status"], "above-limit");

  // The export carries it.
  json exported = u.Must(200, "GET", "/api/v1/export");
  ASSERT_EQ(exported["nutrient_targets"].size(), 1u);
  EXPECT_EQ(exported["nutrient_targets"][0],
            (json{{"key", "magnesium"}, {"amount", 300.0}, {"upper", 340.0}, {"source", "own"}}));

  // Back to the DRI (and again: nothing to remove is no error).
  json reset = u.Must(200, "DELETE", "/api/v1/nutrients/targets/magnesium");
  EXPECT_EQ(reset["target"], 320.0);
  EXPECT_EQ(reset["source"], "dri");
  u.Must(200, "DELETE", "/api/v1/nutrients/targets/magnesium");
  EXPECT_EQ(Magnesium(u)["target"], 320.0);
  EXPECT_EQ(MagnesiumLine(u)["status"], "adequate");
  EXPECT_TRUE(u.Must(200, "GET", "/api/v1/export")["nutrient_targets"].empty());

  // Another person does not see the first one's targets.
  u.Must(200, "PUT", "/api/v1/nutrients/targets/iron", {{"amount", 20}, {"source", "doctor"}});
  testing::ApiUser other(port, "bo@example.org");
  ASSERT_TRUE(other.ok());
  other.Must(200, "PUT", "/api/v1/profile",
             {{"sex", "female"}, {"birth_date", "1986-01-01"}, {"height_cm", 165}, {"weight_kg", 60},
              {"activity", "light"}, {"weekly_goal_lb", 0}, {"units", "metric"}, {"time_zone", "UTC"}});
  EXPECT_EQ(Find(other.Must(200, "GET", "/api/v1/nutrients/targets")["targets"], "iron")["source"], "dri");
}

TEST(NutrientTargetsE2e, ADoctorsTargetOnSqlite) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY,
                                testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir, "pw.db")));
  ASSERT_TRUE(server.started()) << server.output();
  DoctorsTargetStory(server.port());
}

// Suite PostgresE2e*: run with the test run's cluster (tests/CMakeLists.txt).
TEST(PostgresE2eNutrientTargets, ADoctorsTargetOnPostgres) {
  auto cluster = testing::TestPostgres();
  ASSERT_TRUE(cluster.ok()) << cluster.status().message();
  auto db = (*cluster)->FreshDatabase();
  ASSERT_TRUE(db.ok()) << db.status().message();
  testing::TempDir dir;
  const fs::path bundled(PLATEWISE_BUNDLED_DATA_DIR);
  fs::create_directories(dir.path() / "data");
  fs::create_directory_symlink(bundled / "dri", dir.path() / "data" / "dri");
  fs::create_directory_symlink(bundled / "nutrients", dir.path() / "data" / "nutrients");
  fs::create_directory_symlink(fs::path(PLATEWISE_TEST_DATA_DIR) / "sr24-mini", dir.path() / "data" / "usda-sr24");
  testing::ServerProcess server(PLATEWISE_BINARY,
                                {"serve", "--listen", "127.0.0.1:0", "--threads", "2", "--db", *db, "--data-dir",
                                 dir.File("data"), "--password-hash-cost", "minimum"});
  ASSERT_TRUE(server.started()) << server.output();
  DoctorsTargetStory(server.port());
}

}  // namespace
}  // namespace platewise
