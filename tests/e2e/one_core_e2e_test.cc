// End-to-end: the CLI and the API are front ends of one core. The same data
// gives the same diary day document from `platewise log day --json` and
// GET /api/v1/diary/{date}; "today" is the date in the profile's time zone
// for both.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <ctime>
#include <string>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;
using testing::ApiUser;

// Today's date in an IANA zone, as the system's `date` says it.
std::string TodayIn(const std::string& zone) {
  std::string cmd = "TZ=" + zone + " date +%F";
  FILE* p = popen(cmd.c_str(), "r");
  char buf[32] = {};
  if (p == nullptr || std::fgets(buf, sizeof buf, p) == nullptr) return "";
  pclose(p);
  std::string s(buf);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

// A diary day document without the ids and versions the store gave its rows (the CLI's
// local user and an API user own different rows).
json WithoutIds(json day) {
  for (auto& [meal, lines] : day["meals"].items())
    for (auto& l : lines) {
      l.erase("id");
      l.erase("version");  // assigned by the store, as ids are
    }
  for (auto& w : day["water"]) w.erase("id");
  for (auto& e : day["exercise"]) e.erase("id");
  return day;
}

class OneCoreTest : public ::testing::Test {
 protected:
  testing::CommandResult Cli(std::vector<std::string> args) {
    args.insert(args.end(), {"--db", db_, "--data-dir", PLATEWISE_BUNDLED_DATA_DIR});
    return testing::RunCommand(PLATEWISE_BINARY, args);
  }
  testing::TempDir dir_;
  std::string db_ = testing::SeededDatabase(PLATEWISE_BINARY, dir_);
};

// Regression (one core): `log day` left exercise out of calories remaining
// while the API added it. One use case and one serializer now answer both.
TEST_F(OneCoreTest, CliAndApiGiveTheSameDiaryDayForTheSameData) {
  const std::string date = "2026-11-29";
  // The CLI's local user: female, 40, 170 cm, 70 kg.
  ASSERT_EQ(Cli({"profile", "set", "--sex", "female", "--age", "40", "--height", "170cm", "--weight", "70kg",
                 "--activity", "light", "--goal", "lose-1", "--time-zone", "UTC"})
                .exit_code,
            0);
  for (auto args : std::vector<std::vector<std::string>>{{"log", "add", "--date", date, "--meal", "lunch", "11457", "150g"},
                                                         {"log", "add", "--date", date, "--meal", "snacks", "12061", "1", "oz"},
                                                         {"log", "exercise", "--date", date, "walking-brisk", "30"},
                                                         {"log", "water", "--date", date, "500"}}) {
    auto r = Cli(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  auto cli_day = Cli({"log", "day", date, "--json"});
  ASSERT_EQ(cli_day.exit_code, 0) << cli_day.err;

  // An API user with the same profile (40 on any day of this year) and the same logs.
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(db_));
  ASSERT_TRUE(server.started()) << server.output();
  ApiUser user(server.port(), "same@example.org");
  ASSERT_TRUE(user.ok());
  const std::string birth = std::to_string(std::stoi(TodayIn("UTC").substr(0, 4)) - 40) + "-01-01";
  user.Must(200, "PUT", "/api/v1/profile",
            {{"sex", "female"}, {"birth_date", birth}, {"height_cm", 170}, {"weight_kg", 70}, {"activity", "light"},
             {"weekly_goal_lb", -1}, {"units", "metric"}, {"time_zone", "UTC"}});
  user.Must(201, "POST", "/api/v1/diary/" + date + "/entries", {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 150}});
  user.Must(201, "POST", "/api/v1/diary/" + date + "/entries",
            {{"meal", "snacks"}, {"food_id", "12061"}, {"amount", 1}, {"portion", "oz"}});
  user.Must(201, "POST", "/api/v1/diary/" + date + "/exercise", {{"activity", "walking-brisk"}, {"minutes", 30}});
  user.Must(201, "POST", "/api/v1/diary/" + date + "/water", {{"ml", 500}});
  json api_day = user.Must(200, "GET", "/api/v1/diary/" + date);

  json cli = WithoutIds(json::parse(cli_day.out));
  EXPECT_EQ(cli, WithoutIds(api_day));
  // And the day adds exercise to the budget, in both.
  const double remaining = cli["budget_kcal"].get<double>() + cli["exercise_kcal"].get<double>() -
                           cli["totals"]["energy_kcal"].get<double>();
  EXPECT_GT(cli["exercise_kcal"].get<double>(), 0);
  EXPECT_NEAR(cli["remaining_kcal"].get<double>(), remaining, 1e-9);
  // The text day says the same remaining (it used to leave exercise out).
  auto text = Cli({"log", "day", date});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  char expected[64];
  std::snprintf(expected, sizeof expected, "= remaining %.0f kcal", remaining);
  EXPECT_NE(text.out.find(expected), std::string::npos) << text.out;
}

// Regression (one core): "today" was the machine's local date for the CLI and
// the nutrient routes. Kiritimati (UTC+14) and Pago Pago (UTC-11) are always
// on different dates, so at most one of them can be the machine's.
TEST_F(OneCoreTest, TodayIsTheProfilesDateForTheCliAndTheApi) {
  for (const std::string zone : {"Pacific/Kiritimati", "Pacific/Pago_Pago"}) {
    SCOPED_TRACE(zone);
    const std::string today = TodayIn(zone);
    ASSERT_EQ(today.size(), 10u);
    ASSERT_EQ(Cli({"profile", "set", "--sex", "male", "--age", "35", "--height", "180cm", "--weight", "80kg",
                   "--activity", "light", "--goal", "maintain", "--time-zone", zone})
                  .exit_code,
              0);
    auto water = Cli({"log", "water", "250"});  // no date: today
    ASSERT_EQ(water.exit_code, 0) << water.err;
    EXPECT_NE(water.out.find("on " + today), std::string::npos) << water.out;
    auto day = Cli({"log", "day", "--json"});
    ASSERT_EQ(day.exit_code, 0) << day.err;
    EXPECT_EQ(json::parse(day.out)["date"], today);
  }

  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(db_));
  ASSERT_TRUE(server.started()) << server.output();
  int n = 0;
  for (const std::string zone : {"Pacific/Kiritimati", "Pacific/Pago_Pago"}) {
    SCOPED_TRACE(zone);
    const std::string today = TodayIn(zone);
    ApiUser user(server.port(), "zone" + std::to_string(n++) + "@example.org");
    ASSERT_TRUE(user.ok());
    user.Must(200, "PUT", "/api/v1/profile",
              {{"sex", "female"}, {"birth_date", "1990-05-01"}, {"height_cm", 165}, {"weight_kg", 60},
               {"activity", "light"}, {"weekly_goal_lb", 0}, {"units", "metric"}, {"time_zone", zone}});
    json t = user.Must(200, "GET", "/api/v1/today");
    EXPECT_EQ(t["date"], today);
    EXPECT_EQ(t["time_zone"], zone);
    user.Must(201, "POST", "/api/v1/diary/" + today + "/entries",
              {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 100}});
    // The report's default period ends on the user's today, so it holds the entry.
    json report = user.Must(200, "GET", "/api/v1/nutrients/report");
    EXPECT_EQ(report["to"], today);
    json suggestions = user.Must(200, "GET", "/api/v1/nutrients/suggestions");
    EXPECT_EQ(suggestions["date"], today);
  }
}

TEST_F(OneCoreTest, CliWeightsAreTheApisDocumentAndEntriesCanBeDeleted) {
  ASSERT_EQ(Cli({"weight", "log", "--date", "2026-11-01", "72.5kg"}).exit_code, 0);
  ASSERT_EQ(Cli({"weight", "log", "--date", "2026-11-02", "160lb"}).exit_code, 0);
  auto list = Cli({"weight", "list", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  json w = json::parse(list.out);
  ASSERT_EQ(w["weights"].size(), 2u);
  EXPECT_EQ(w["weights"][0]["date"], "2026-11-01");
  EXPECT_DOUBLE_EQ(w["weights"][0]["weight_kg"].get<double>(), 72.5);
  EXPECT_NEAR(w["weights"][1]["weight_kg"].get<double>(), 160 * 0.45359237, 1e-9);
  EXPECT_TRUE(w["weights"][0].contains("id"));
  EXPECT_EQ(Cli({"weight", "log", "--date", "2026-11-03", "5kg"}).exit_code, 2);  // out of range, refused

  auto add = Cli({"log", "add", "--date", "2026-11-29", "--meal", "lunch", "11457", "100g"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  json day = json::parse(Cli({"log", "day", "2026-11-29", "--json"}).out);
  ASSERT_EQ(day["meals"]["lunch"].size(), 1u);
  const std::string id = std::to_string(day["meals"]["lunch"][0]["id"].get<long long>());
  EXPECT_EQ(Cli({"log", "delete", "999999"}).exit_code, 3);  // not found
  ASSERT_EQ(Cli({"log", "delete", id}).exit_code, 0);
  day = json::parse(Cli({"log", "day", "2026-11-29", "--json"}).out);
  EXPECT_TRUE(day["meals"]["lunch"].empty());
  auto bad = Cli({"log", "exercise", "juggling", "10"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("juggling"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace platewise
