// End-to-end: an export restored into an empty database comes back whole
// (issue 13, "Restore"): export, restore, export again, and the two exports
// hold the same data, ids aside (custom foods, recipes and supplements get
// new ids, and what names them follows).

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <map>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;
using testing::ApiUser;

constexpr char kDay[] = "2026-11-30";

testing::CommandResult Cli(const std::string& db, std::vector<std::string> args) {
  args.insert(args.end(), {"--db", db, "--data-dir", PLATEWISE_BUNDLED_DATA_DIR});
  return testing::RunCommand(PLATEWISE_BINARY, args);
}

// The export without what a restore renews: row ids, versions, the account,
// API tokens; a custom food's id is replaced by its name wherever it is named.
json Comparable(json e) {
  std::map<std::string, std::string> name_of;
  for (const json& f : e["custom_foods"]) name_of[f["id"]] = f["name"];
  auto food = [&](json& v) {
    auto it = name_of.find(v.get<std::string>());
    if (it != name_of.end()) v = "custom:" + it->second;
  };
  std::map<std::int64_t, std::string> supplement_of;
  for (const json& s : e["supplements"]) supplement_of[s["id"]] = s["name"];
  // The imports section names rows by id: by their place in their table instead.
  if (e.contains("imports")) {
    for (const char* table : {"diary_entries", "weights", "exercise"}) {
      std::map<std::int64_t, std::size_t> place;
      for (std::size_t i = 0; i < e[table].size(); ++i) place[e[table][i]["id"].get<std::int64_t>()] = i;
      for (json& mark : e["imports"][table]) mark["id"] = place.at(mark["id"].get<std::int64_t>());
    }
    for (json& mark : e["imports"]["custom_foods"]) food(mark["id"]);
  }
  for (auto& [table, rows] : e.items()) {
    if (!rows.is_array()) continue;
    for (json& r : rows) {
      r.erase("id");
      r.erase("version");
      if (r.contains("food_id")) food(r["food_id"]);
      if (r.contains("supplement_id")) r["supplement_id"] = supplement_of[r["supplement_id"].get<std::int64_t>()];
      if (r.contains("recipe"))
        for (json& i : r["recipe"]["ingredients"]) food(i["food_id"]);
    }
  }
  e.erase("account");
  e.erase("api_tokens");
  return e;
}

// The two exports hold the same data; a difference is shown as a JSON patch
// (the exports are long).
void ExpectSame(const json& restored, const json& original) {
  json a = Comparable(restored), b = Comparable(original);
  EXPECT_TRUE(a == b) << json::diff(b, a).dump();
}

void Write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

TEST(RestoreTest, AnAccountsExportRestoredIntoAnEmptyDatabaseExportsTheSame) {
  testing::TempDir dir;
  json first;
  {
    testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir, "a.db")));
    ASSERT_TRUE(server.started()) << server.output();
    ApiUser a(server.port(), "a@example.org");
    ASSERT_TRUE(a.ok());
    a.Must(200, "PUT", "/api/v1/profile",
           {{"sex", "female"}, {"birth_date", "1990-01-01"}, {"height_cm", 165}, {"weight_kg", 60},
            {"activity", "light"}, {"weekly_goal_lb", -1}, {"units", "imperial"}, {"time_zone", "Europe/Berlin"}});
    std::string bar = a.Must(201, "POST", "/api/v1/foods",
                             {{"name", "Oat bar"}, {"serving_grams", 40}, {"per", "serving"},
                              {"nutrients", {{"energy", 180}, {"magnesium", 30}}}})["id"];
    std::string stew = a.Must(201, "POST", "/api/v1/recipes",
                              {{"name", "Spinach stew"}, {"servings", 2},
                               {"ingredients", {{{"food_id", "11457"}, {"grams", 200}}, {{"food_id", bar}, {"grams", 40}}}}})
                           ["food"]["id"];
    // A recipe that uses the first recipe: restored after it.
    a.Must(201, "POST", "/api/v1/recipes",
           {{"name", "Stew with rice"}, {"servings", 1},
            {"ingredients", {{{"food_id", stew}, {"grams", 150}}, {{"food_id", "20045"}, {"grams", 100}}}}});
    const std::string day = std::string("/api/v1/diary/") + kDay;
    a.Must(201, "POST", day + "/entries", {{"meal", "breakfast"}, {"food_id", bar}, {"grams", 40}});
    a.Must(201, "POST", day + "/entries", {{"meal", "dinner"}, {"food_id", stew}, {"grams", 300}});
    a.Must(201, "POST", day + "/entries", {{"meal", "lunch"}, {"food_id", "01123"}, {"amount", 2}, {"portion", "large"}});
    a.Must(201, "POST", day + "/entries",
           {{"meal", "snacks"}, {"name", "Cake at work"}, {"nutrients", {{"energy", 350}, {"fat", 18}}}});
    a.Must(201, "POST", day + "/water", {{"ml", 300}});
    a.Must(201, "POST", day + "/exercise", {{"activity", "yoga"}, {"minutes", 30}});
    a.Must(201, "POST", "/api/v1/weights", {{"date", kDay}, {"weight_kg", 60.4}});
    a.Must(201, "POST", "/api/v1/weights", {{"date", "2026-11-23"}, {"weight_kg", 61}});
    a.Must(201, "POST", "/api/v1/tokens", {{"name", "phone"}});
    a.Must(204, "PUT", "/api/v1/favourites/11457");
    a.Must(204, "PUT", "/api/v1/favourites/" + bar);
    a.Must(200, "PUT", "/api/v1/goal/macros", {{"unit", "grams"}, {"protein", 110}, {"carbohydrate", 180}, {"fat", 55}});
    a.Must(200, "PUT", "/api/v1/goal/weight", {{"goal_weight_kg", 55.5}, {"goal_date", "2035-06-30"}});
    a.Must(200, "PUT", "/api/v1/nutrients/targets/magnesium", {{"amount", 500}, {"source", "doctor"}});
    a.Must(200, "PUT", "/api/v1/nutrients/targets/fiber", {{"amount", 30}, {"upper", 40}, {"source", "own"}});
    first = a.Must(200, "GET", "/api/v1/export");
  }
  // The goals are in the file, so the restores below carry them back.
  EXPECT_EQ(first["profile"]["macro_targets"]["unit"], "grams") << first["profile"].dump();
  EXPECT_EQ(first["profile"]["goal_weight_kg"], 55.5);
  EXPECT_EQ(first["profile"]["goal_date"], "2035-06-30");
  ASSERT_EQ(first["custom_foods"].size(), 4u);  // with the quick add's
  ASSERT_EQ(first["nutrient_targets"].size(), 2u);  // the person's own targets come back too (ExpectSame)
  ASSERT_EQ(first["diary_entries"].size(), 4u);

  Write(dir.File("a.json"), first.dump());
  auto restored = Cli(testing::SeededDatabase(PLATEWISE_BINARY, dir, "b.db"), {"restore", dir.File("a.json"), "--json"});
  ASSERT_EQ(restored.exit_code, 0) << restored.err;
  json summary = json::parse(restored.out);
  EXPECT_EQ(summary["diary_entries"], 4);
  EXPECT_EQ(summary["custom_foods"], 2);
  EXPECT_EQ(summary["recipes"], 2);
  EXPECT_EQ(summary["favourites"], 2);
  EXPECT_EQ(summary["api_tokens_not_restored"], 1);

  auto again = Cli(testing::SeededDatabase(PLATEWISE_BINARY, dir, "b.db"), {"export", "--json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  ExpectSame(json::parse(again.out), first);

  // Into a server account (made by `users add`): the same data, now that person's.
  auto added = Cli(testing::SeededDatabase(PLATEWISE_BINARY, dir, "a.db"), {"users", "add", "b@example.org", "--json"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  auto into_account = Cli(testing::SeededDatabase(PLATEWISE_BINARY, dir, "a.db"), {"restore", dir.File("a.json"), "--user", "b@example.org"});
  ASSERT_EQ(into_account.exit_code, 0) << into_account.err;
  {
    testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir, "a.db")));
    ASSERT_TRUE(server.started()) << server.output();
    testing::HttpClient b(server.port());
    auto login = b.Request("POST", "/api/v1/login",
                           json{{"email", "b@example.org"}, {"password", json::parse(added.out)["password"]}}.dump());
    ASSERT_EQ(login.status, 200) << login.body;
    std::string cookie = login.header("Set-Cookie");
    b.SetHeader("Cookie", cookie.substr(0, cookie.find(';')));
    auto exported = b.Get("/api/v1/export");
    ASSERT_EQ(exported.status, 200) << exported.body;
    ExpectSame(json::parse(exported.body), first);
  }

  // Restoring again would lay the data over itself: refused, nothing changes.
  auto twice = Cli(testing::SeededDatabase(PLATEWISE_BINARY, dir, "b.db"), {"restore", dir.File("a.json")});
  EXPECT_NE(twice.exit_code, 0);
  EXPECT_NE(twice.err.find("already has data (4 diary entries"), std::string::npos) << twice.err;
  EXPECT_EQ(Cli(testing::SeededDatabase(PLATEWISE_BINARY, dir, "b.db"), {"export", "--json"}).out, again.out);
}

TEST(RestoreTest, SupplementsAndTheirDosesComeBackFromTheCliExport) {
  testing::TempDir dir;
  const std::string a = testing::SeededDatabase(PLATEWISE_BINARY, dir, "a.db");
  for (std::vector<std::string> words : {
           std::vector<std::string>{"profile", "set", "--sex", "male", "--age", "45", "--height", "180cm", "--weight",
                                    "80kg", "--activity", "moderate", "--goal", "lose-1"},
           {"supplements", "add", "--name", "Magnesium citrate", "--unit", "tablet", "--nutrients", "magnesium=200"},
           {"supplements", "add", "--name", "Vitamin D", "--unit", "drop", "--nutrients", "vitamin_d=10"},
           {"log", "supplement", "--date", kDay, "2", "3"},
           {"log", "supplement", "--date", kDay, "1"},
           {"log", "add", "--date", kDay, "--meal", "snacks", "12061", "1oz"},
       }) {
    auto r = Cli(a, words);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  auto first = Cli(a, {"export", "--json"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  json exported = json::parse(first.out);
  ASSERT_EQ(exported["supplement_doses"].size(), 2u);
  Write(dir.File("a.json"), first.out);
  auto restored = Cli(testing::SeededDatabase(PLATEWISE_BINARY, dir, "b.db"), {"restore", dir.File("a.json")});
  ASSERT_EQ(restored.exit_code, 0) << restored.err;
  EXPECT_NE(restored.out.find("2 supplements with 2 doses"), std::string::npos) << restored.out;
  auto again = Cli(testing::SeededDatabase(PLATEWISE_BINARY, dir, "b.db"), {"export", "--json"});
  ExpectSame(json::parse(again.out), exported);
}

// A restored account re-imports as the original would: the same file again
// changes nothing, and a later file of the same kind replaces the imported
// rows of its dates, never the ones made in Platewise. (Before the export
// carried its imports section, the restored rows counted as made in
// Platewise, and importing the same MyFitnessPal file again doubled them.)
TEST(RestoreTest, ImportedHistoryRestoredIsReplacedByTheNextImportNotDoubled) {
  testing::TempDir dir;
  const std::string a = testing::SeededDatabase(PLATEWISE_BINARY, dir, "a.db"), b = testing::SeededDatabase(PLATEWISE_BINARY, dir, "b.db");
  const std::string mfp = std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/mfp/";
  const std::vector<std::string> files = {mfp + "nutrition_per_meal_bom.csv", mfp + "measurement_custom.csv",
                                          mfp + "exercise_pounds.csv"};
  auto import = [&](const std::string& db, const std::vector<std::string>& paths) {
    std::vector<std::string> words = {"import", "mfp"};
    words.insert(words.end(), paths.begin(), paths.end());
    words.push_back("--json");
    auto r = Cli(db, words);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.exit_code == 0 ? json::parse(r.out) : json();
  };
  auto exported = [&](const std::string& db) {
    auto r = Cli(db, {"export", "--json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.exit_code == 0 ? json::parse(r.out) : json();
  };
  ASSERT_EQ(import(a, files)["entries"], 4);
  auto own = Cli(a, {"log", "add", "--date", "2026-03-01", "--meal", "snacks", "12061", "1oz"});
  ASSERT_EQ(own.exit_code, 0) << own.err;
  json first = exported(a);
  ASSERT_EQ(first["diary_entries"].size(), 5u);
  EXPECT_EQ(first["imports"]["files"].size(), 3u);
  EXPECT_EQ(first["imports"]["diary_entries"].size(), 4u) << "the entry made in Platewise is not an import's";
  EXPECT_EQ(first["imports"]["weights"].size(), 2u);
  EXPECT_FALSE(first["imports"]["custom_foods"].empty());

  Write(dir.File("a.json"), first.dump());
  auto restored = Cli(b, {"restore", dir.File("a.json"), "--json"});
  ASSERT_EQ(restored.exit_code, 0) << restored.err;
  EXPECT_EQ(json::parse(restored.out)["imported_files"], 3);
  ExpectSame(exported(b), first);

  json again = import(b, files);
  EXPECT_EQ(again["unchanged_files"].size(), 3u);
  EXPECT_EQ(again["entries"], 0);
  ExpectSame(exported(b), first);

  // The next export from MyFitnessPal: the same days, lunch corrected.
  std::ifstream in(files[0], std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string lunch = "2026-03-01,Lunch,650,";
  ASSERT_NE(text.find(lunch), std::string::npos);
  text.replace(text.find(lunch), lunch.size(), "2026-03-01,Lunch,700,");
  Write(dir.File("Nutrition-Summary-later.csv"), text);
  ASSERT_EQ(import(a, {dir.File("Nutrition-Summary-later.csv")})["entries"], 4);
  ASSERT_EQ(import(b, {dir.File("Nutrition-Summary-later.csv")})["entries"], 4);
  json original = exported(a), after_restore = exported(b);
  EXPECT_EQ(after_restore["diary_entries"].size(), 5u);
  ExpectSame(after_restore, original);
}

// Bad files are refused with the place of the problem, before anything is written.
TEST(RestoreTest, AFileWithABadOrUnknownRowIsRefusedNamingItAndWritesNothing) {
  testing::TempDir dir;
  const std::string db = testing::SeededDatabase(PLATEWISE_BINARY, dir, "b.db");
  json base = {{"account", {{"id", 1}, {"email", nullptr}}}, {"profile", nullptr}, {"diary_entries", json::array()},
               {"water", json::array()}, {"exercise", json::array()}, {"weights", json::array()},
               {"custom_foods", json::array()}, {"favourites", json::array()}, {"supplements", json::array()},
               {"supplement_doses", json::array()}, {"api_tokens", json::array()}};
  struct Case {
    json file;
    const char* message;
  };
  json unknown_food = base;
  unknown_food["weights"].push_back({{"id", 1}, {"date", kDay}, {"weight_kg", 70}});
  unknown_food["diary_entries"].push_back(
      {{"id", 1}, {"date", kDay}, {"meal", "lunch"}, {"food_id", "c999"}, {"grams", 10}, {"amount", "10 g"}});
  json bad_grams = base;
  bad_grams["diary_entries"].push_back(
      {{"id", 1}, {"date", kDay}, {"meal", "lunch"}, {"food_id", "11457"}, {"grams", "ten"}, {"amount", "10 g"}});
  json bad_date = base;
  bad_date["water"].push_back({{"id", 1}, {"date", "2026-13-01"}, {"ml", 250}});
  json no_table = base;
  no_table.erase("water");
  json imports = {{"files", json::array()}, {"diary_entries", json::array()}, {"weights", json::array()},
                  {"exercise", json::array()}, {"custom_foods", json::array()}};
  json unknown_import = base;
  unknown_import["weights"].push_back({{"id", 4}, {"date", kDay}, {"weight_kg", 70}});
  unknown_import["imports"] = imports;
  unknown_import["imports"]["weights"].push_back({{"id", 7}, {"scope", "mfp:measurements"}});
  json bad_file_mark = base;
  bad_file_mark["imports"] = imports;
  bad_file_mark["imports"]["files"].push_back({{"scope", "mfp:nutrition"}});
  for (const Case& c : {Case{unknown_food, "diary_entries[0] names food \"c999\""},
                        Case{bad_grams, "diary_entries[0].grams must be a number"},
                        Case{bad_date, "water[0].date must be a date"}, Case{no_table, "the file.water is missing"},
                        Case{unknown_import, "imports.weights[0] names the id 7, which weights does not have"},
                        Case{bad_file_mark, "imports.files[0].file_hash is missing"},
                        Case{json::array(), "must be a JSON object"}}) {
    Write(dir.File("bad.json"), c.file.dump());
    auto r = Cli(db, {"restore", dir.File("bad.json")});
    EXPECT_NE(r.exit_code, 0) << c.message;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
  Write(dir.File("bad.json"), "{not json");
  EXPECT_NE(Cli(db, {"restore", dir.File("bad.json")}).err.find("is not JSON"), std::string::npos);
  json after = json::parse(Cli(db, {"export", "--json"}).out);
  EXPECT_TRUE(after["weights"].empty()) << "a refused file wrote a weight";
  EXPECT_TRUE(after["diary_entries"].empty());
}

}  // namespace
}  // namespace platewise
