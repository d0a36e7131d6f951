// End-to-end: bad input gets a clear error with the right status (and the
// field named for 422s), and a failed request changes nothing: the user's full
// export is identical before and after every case.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;
using testing::ApiUser;

TEST(BadInputTest, EveryBadRequestIsRefusedClearlyAndChangesNothing) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(server.started()) << server.output();
  ApiUser u(server.port(), "u@example.org");
  ASSERT_TRUE(u.ok());
  u.Must(200, "PUT", "/api/v1/profile",
         {{"sex", "male"}, {"birth_date", "1985-06-15"}, {"height_cm", 180}, {"weight_kg", 80}, {"activity", "moderate"},
          {"weekly_goal_lb", -0.5}, {"units", "imperial"}, {"time_zone", "America/New_York"}});
  json entry = u.Must(201, "POST", "/api/v1/diary/2026-11-29/entries", {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 90}});
  std::string entry_path = "/api/v1/diary/entries/" + std::to_string(entry["id"].get<int>());
  u.Must(201, "POST", "/api/v1/weights", {{"date", "2026-11-29"}, {"weight_kg", 80}});
  const json before = u.Must(200, "GET", "/api/v1/export");
  const json profile_before = u.Must(200, "GET", "/api/v1/profile");

  const std::string add = "/api/v1/diary/2026-11-29/entries";
  auto with = [](json base, const char* key, json value) {
    base[key] = std::move(value);
    return base.dump();
  };
  const json good_entry = {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 100}};
  const json good_profile = {{"sex", "male"}, {"birth_date", "1985-06-15"}, {"height_cm", 180}, {"weight_kg", 80},
                             {"activity", "moderate"}, {"weekly_goal_lb", -0.5}, {"units", "imperial"},
                             {"time_zone", "America/New_York"}};
  struct Case {
    const char* what;
    const char* method;
    std::string target;
    std::string body;
    int status;
    const char* code;
    const char* field;  // for 422s
  };
  const Case kCases[] = {
      {"malformed JSON", "POST", add, "{\"meal\": \"lunch\",", 400, "invalid_argument", ""},
      {"not an object", "POST", add, "[1,2]", 400, "invalid_argument", ""},
      {"empty body", "POST", add, "", 400, "invalid_argument", ""},
      {"negative grams", "POST", add, with(good_entry, "grams", -5), 422, "unprocessable", "grams"},
      {"zero grams", "POST", add, with(good_entry, "grams", 0), 422, "unprocessable", "grams"},
      {"NaN grams", "POST", add, with(good_entry, "grams", "NaN"), 422, "unprocessable", "grams"},
      {"absurd grams", "POST", add, with(good_entry, "grams", 1e9), 422, "unprocessable", "grams"},
      {"huge exponent", "POST", add, R"({"meal":"lunch","food_id":"11457","grams":1e999})", 400, "invalid_argument", ""},
      {"grams as text", "POST", add, with(good_entry, "grams", "100"), 422, "unprocessable", "grams"},
      {"unknown food", "POST", add, with(good_entry, "food_id", "99999"), 422, "unprocessable", "food_id"},
      {"unknown meal", "POST", add, with(good_entry, "meal", "brunch"), 422, "unprocessable", "meal"},
      {"unknown portion", "POST", add, R"({"meal":"lunch","food_id":"11457","amount":1,"portion":"bucket"})", 422,
       "unprocessable", "portion"},
      {"unknown field", "POST", add, with(good_entry, "gram", 5), 422, "unprocessable", "gram"},
      {"impossible date", "POST", "/api/v1/diary/2026-02-30/entries", good_entry.dump(), 422, "unprocessable", "date"},
      {"impossible day view", "GET", "/api/v1/diary/2026-13-01", "", 422, "unprocessable", "date"},
      {"bad copy target", "POST", "/api/v1/diary/2026-11-29/copy", R"({"to":"2026-11-31"})", 422, "unprocessable", "to"},
      {"patch zero grams", "PATCH", entry_path, R"({"grams":0})", 422, "unprocessable", "grams"},
      {"patch bad meal", "PATCH", entry_path, R"({"meal":"tea"})", 422, "unprocessable", "meal"},
      {"patch bad json", "PATCH", entry_path, "{", 400, "invalid_argument", ""},
      {"negative water", "POST", "/api/v1/diary/2026-11-29/water", R"({"ml":-5})", 422, "unprocessable", "ml"},
      {"unknown activity", "POST", "/api/v1/diary/2026-11-29/exercise", R"({"activity":"juggling","minutes":5})", 422,
       "unprocessable", "activity"},
      {"absurd weight", "POST", "/api/v1/weights", R"({"date":"2026-11-29","weight_kg":5})", 422, "unprocessable",
       "weight_kg"},
      {"goal off the steps", "PUT", "/api/v1/profile", with(good_profile, "weekly_goal_lb", 0.3), 422, "unprocessable",
       "weekly_goal_lb"},
      {"unknown zone", "PUT", "/api/v1/profile", with(good_profile, "time_zone", "Mars/Olympus"), 422, "unprocessable",
       "time_zone"},
      {"bad units", "PUT", "/api/v1/profile", with(good_profile, "units", "furlongs"), 422, "unprocessable", "units"},
      {"child", "PUT", "/api/v1/profile", with(good_profile, "birth_date", "2020-01-01"), 422, "unprocessable",
       "birth_date"},
      {"custom food without energy", "POST", "/api/v1/foods", R"({"name":"x","nutrients":{"protein":1}})", 422,
       "unprocessable", "nutrients.energy"},
      {"unknown route", "GET", "/api/v1/no-such-thing", "", 404, "not_found", ""},
      {"unknown entry", "DELETE", "/api/v1/diary/entries/999999", "", 404, "not_found", ""},
      {"wrong method", "DELETE", "/api/v1/diary/2026-11-29", "", 405, "method_not_allowed", ""},
      {"body over the limit", "POST", add, std::string(2 << 20, 'x'), 413, "payload_too_large", ""},
      // Regressions (hardening, smaller leniencies):
      {"a key twice", "POST", add, R"({"meal":"lunch","meal":"dinner","food_id":"11457","grams":90})", 400,
       "invalid_argument", ""},
      {"a key twice, nested", "POST", "/api/v1/foods", R"({"name":"x","nutrients":{"energy":1,"energy":900}})", 400,
       "invalid_argument", ""},
      {"token with an unknown field", "POST", "/api/v1/tokens", R"({"name":"t","scope":"all"})", 422,
       "unprocessable", "scope"},
      {"account deletion with an unknown field", "DELETE", "/api/v1/account",
       R"({"password":"correct horse battery","force":true})", 422, "unprocessable", "force"},
      {"empty body marking notifications read", "POST", "/api/v1/notifications/read", "", 400, "invalid_argument",
       ""},
      {"neither ids nor all", "POST", "/api/v1/notifications/read", "{}", 422, "unprocessable", "ids"},
      {"subnormal grams", "POST", add, R"({"meal":"lunch","food_id":"11457","grams":5e-324})", 422,
       "unprocessable", "grams"},
      {"NUL in a name", "POST", "/api/v1/foods", R"({"name":"a\u0000b","nutrients":{"energy":100}})", 422,
       "unprocessable", "name"},
  };
  for (const Case& c : kCases) {
    auto client = u.Connect();  // its own connection: a 413 closes it
    auto r = client->Request(c.method, c.target, c.body);
    EXPECT_EQ(r.status, c.status) << c.what << ": " << r.body;
    ASSERT_EQ(r.content_type, "application/json") << c.what;
    json error = json::parse(r.body)["error"];
    EXPECT_EQ(error["code"], c.code) << c.what;
    EXPECT_FALSE(error["message"].get<std::string>().empty()) << c.what;
    if (c.status == 422) {
      EXPECT_EQ(error["field"], c.field) << c.what << ": " << r.body;
    }
    EXPECT_EQ(u.Must(200, "GET", "/api/v1/export"), before) << "changed by: " << c.what;
  }
  EXPECT_EQ(u.Must(200, "GET", "/api/v1/profile"), profile_before);

  // Unauthenticated: 401, and nothing is written.
  testing::HttpClient anon(server.port());
  auto r = anon.Request("POST", add, good_entry.dump());
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(json::parse(r.body)["error"]["code"], "unauthenticated");
  EXPECT_EQ(u.Must(200, "GET", "/api/v1/export"), before);
}

// Regression (hardening, OWASP CSV injection): a food named "=HYPERLINK(...)"
// was written into the CSV export as a formula a spreadsheet would run.
TEST(BadInputTest, CsvExportsWriteFormulaLikeTextAsText) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(server.started()) << server.output();
  ApiUser u(server.port(), "u@example.org");
  ASSERT_TRUE(u.ok());
  for (const char* name : {"=HYPERLINK(\"http://attacker.example\")", "+1+cmd", "-2+3", "@SUM(A1)"}) {
    u.Must(201, "POST", "/api/v1/foods", {{"name", name}, {"nutrients", {{"energy", 100}}}});
  }
  auto r = u.Call("GET", "/api/v1/export/custom_foods.csv");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find(",\"'=HYPERLINK(\"\"http://attacker.example\"\")\","), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(",'+1+cmd,"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(",'-2+3,"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(",'@SUM(A1),"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find(",=HYPERLINK"), std::string::npos) << r.body;
}

}  // namespace
}  // namespace platewise
