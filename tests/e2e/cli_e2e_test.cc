// End-to-end: the real `platewise` CLI against a temporary database.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

using nlohmann::json;

class CliTest : public ::testing::Test {
 protected:
  // Runs platewise with --db placed after the command words, as people type it.
  testing::CommandResult Run(std::vector<std::string> args) {
    args.insert(args.end(), {"--db", dir_.File("var/platewise.db"), "--data-dir", PLATEWISE_BUNDLED_DATA_DIR});
    return testing::RunCommand(PLATEWISE_BINARY, args);
  }

  testing::TempDir dir_;
};

TEST_F(CliTest, VersionNamesTheReleaseAndTheCommit) {
  for (std::vector<std::string> words : {std::vector<std::string>{"--version"}, {"version"}}) {
    auto r = testing::RunCommand(PLATEWISE_BINARY, words);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // "platewise 0.1.0" for a release, "platewise 0.1.0+<git describe>" otherwise.
    EXPECT_TRUE(r.out.starts_with("platewise " PLATEWISE_PROJECT_VERSION)) << r.out;
    EXPECT_TRUE(r.out.ends_with("\n")) << r.out;
    EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << "one line: " << r.out;
  }
}

TEST_F(CliTest, GoalJsonHasTheBudgetNumbersUnrounded) {
  auto r = Run({"goal", "--sex", "female", "--age", "35", "--height", "5ft6in", "--weight", "160lb", "--activity",
                "light", "--goal", "lose-1", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json g = json::parse(r.out);
  // 10*72.57477920 + 6.25*167.64 - 5*35 - 161 = 1437.497792
  EXPECT_NEAR(g["bmr_kcal"].get<double>(), 1437.497792, 1e-6);
  EXPECT_NEAR(g["maintenance_kcal"].get<double>(), 1437.497792 * 1.375, 1e-6);
  EXPECT_NEAR(g["budget_kcal"].get<double>(), 1437.497792 * 1.375 - 500, 1e-6);
  EXPECT_EQ(g["floor_applied"], false);
  EXPECT_EQ(g["weekly_change_lb"], -1.0);
}

TEST_F(CliTest, GoalTextSaysWhenTheFloorApplies) {
  auto r = Run({"goal", "--sex", "male", "--age", "40", "--height", "180cm", "--weight", "100kg", "--activity",
                "sedentary", "--goal", "lose-2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The floor sentence of the core (core/energy/calorie_goal.h), as the API and the web app say it.
  EXPECT_NE(r.out.find("held at the floor of 1,500 kcal a day"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("lose about 1.6 pounds a week, not lose 2 pounds"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("The fastest goal the floor allows is to lose 1.5 pounds a week"), std::string::npos) << r.out;
}

TEST_F(CliTest, BadInputExitsWithAMessageNamingIt) {
  struct Case {
    std::vector<std::string> args;
    const char* message_part;
  };
  const std::vector<Case> kCases = {
      {{"goal", "--sex", "female", "--age", "35", "--height", "five foot six", "--weight", "160lb", "--activity", "light",
        "--goal", "lose-1"},
       "\"five foot six\""},
      {{"goal", "--sex", "female", "--age", "35", "--height", "168cm", "--weight", "160", "--activity", "light",
        "--goal", "lose-1"},
       "\"160\""},
      {{"goal", "--sex", "female", "--age", "35", "--height", "168cm", "--weight", "160lb", "--activity", "light"},
       "--goal is required"},
      {{"goal", "--sex", "female", "--age", "35", "--height", "168cm", "--weight", "160lb", "--activity", "light",
        "--goal", "lose-1", "--bogus", "1"},
       "unknown option --bogus"},
      {{"log", "add", "--date", "2026-02-30", "--meal", "lunch", "11457", "100g"}, "\"2026-02-30\""},
      {{"log", "add", "--meal", "brunch", "11457", "100g"}, "\"brunch\""},
      {{"log", "add", "--meal", "lunch", "11457", "-5g"}, "\"-5g\""},
      {{"frobnicate"}, "unknown command"},
  };
  for (const Case& c : kCases) {
    auto r = Run(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.message_part << ": " << r.err;
    EXPECT_NE(r.err.find(c.message_part), std::string::npos) << r.err;
  }
  auto missing = Run({"foods", "show", "99999"});
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("99999"), std::string::npos);
}

// The bundled SR24 foods carry no barcodes: a well-formed code finds none
// (and says which code it looked for, in its 14-digit form), a malformed one
// is refused naming the problem.
TEST_F(CliTest, FoodsBarcodeNormalisesTheCodeAndNamesWhatIsWrongWithIt) {
  auto none = Run({"foods", "barcode", "0 36000 29145 2", "--json"});
  ASSERT_EQ(none.exit_code, 0) << none.err;
  json j = json::parse(none.out);
  EXPECT_EQ(j["barcode"], "00036000291452");
  EXPECT_TRUE(j["foods"].empty());
  auto text = Run({"foods", "barcode", "036000291452"});
  EXPECT_EQ(text.exit_code, 3);
  EXPECT_NE(text.err.find("no food has the barcode 00036000291452"), std::string::npos) << text.err;
  auto bad = Run({"foods", "barcode", "12345X7890"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("digits only"), std::string::npos) << bad.err;
}

TEST_F(CliTest, LogsADayOfSpinachAndAlmondsAndTotalsMagnesium) {
  ASSERT_EQ(Run({"profile", "set", "--sex", "female", "--age", "35", "--height", "5ft6in", "--weight", "160lb",
                 "--activity", "light", "--goal", "lose-1"})
                .exit_code,
            0);
  // Spinach, raw: 79 mg Mg and 23 kcal per 100 g; 1 cup = 30 g.
  // Almonds: 268 mg Mg and 575 kcal per 100 g; 1 oz = 28.349523125 g.
  auto a = Run({"log", "add", "--date", "2026-11-29", "--meal", "lunch", "11457", "1", "cup"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(Run({"log", "add", "--date", "2026-11-29", "--meal", "snacks", "12061", "1 oz"}).exit_code, 0);
  ASSERT_EQ(Run({"--db", dir_.File("var/platewise.db"), "log", "add", "--date", "2026-11-29", "--meal", "dinner",
                 "11457", "200g"})
                .exit_code,
            0);
  ASSERT_EQ(Run({"log", "add", "--date", "2026-11-30", "--meal", "dinner", "12061", "500g"}).exit_code, 0);
  // A rejected entry stores nothing.
  EXPECT_NE(Run({"log", "add", "--date", "2026-11-29", "--meal", "dinner", "12061", "2 bunches"}).exit_code, 0);

  auto day = Run({"log", "day", "2026-11-29", "--json"});
  ASSERT_EQ(day.exit_code, 0) << day.err;
  json d = json::parse(day.out);
  double almond_g = 28.349523125;
  EXPECT_NEAR(d["totals"]["magnesium_mg"].get<double>(), 0.30 * 79 + 2.00 * 79 + almond_g / 100 * 268, 1e-9);
  double kcal = 0.30 * 23 + 2.00 * 23 + almond_g / 100 * 575;
  EXPECT_NEAR(d["totals"]["energy_kcal"].get<double>(), kcal, 1e-9);
  EXPECT_NEAR(d["budget_kcal"].get<double>(), 1437.497792 * 1.375 - 500, 1e-6);
  EXPECT_NEAR(d["remaining_kcal"].get<double>(), 1437.497792 * 1.375 - 500 - kcal, 1e-6);
  EXPECT_EQ(d["meals"]["lunch"].size(), 1u);
  EXPECT_EQ(d["meals"]["dinner"].size(), 1u);
  EXPECT_EQ(d["meals"]["snacks"][0]["grams"], almond_g);
  EXPECT_TRUE(d["meals"]["breakfast"].empty());

  auto text = Run({"log", "day", "2026-11-29"});
  EXPECT_NE(text.out.find("magnesium"), std::string::npos);
  EXPECT_NE(text.out.find("remaining"), std::string::npos);
}

TEST_F(CliTest, FoodsSearchAndShow) {
  auto s = Run({"foods", "search", "almonds", "--limit", "3", "--json"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  json list = json::parse(s.out)["foods"];
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0]["id"], "12061");
  auto show = Run({"foods", "show", "01123"});
  ASSERT_EQ(show.exit_code, 0);
  EXPECT_NE(show.out.find("Egg, whole, raw, fresh"), std::string::npos);
  EXPECT_NE(show.out.find("1 large = 50 g"), std::string::npos);
  EXPECT_NE(show.out.find("not analysed"), std::string::npos);
}

TEST(CliEnvTest, DatabaseComesFromPlatewiseDbWhenNoFlag) {
  testing::TempDir dir;
  std::string db = dir.File("from-env.db");
  auto r = testing::RunCommand(PLATEWISE_BINARY, {"import", "usda", "--data-dir", PLATEWISE_BUNDLED_DATA_DIR},
                               {"PLATEWISE_DB=" + db});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("8858 foods"), std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(db));
  auto again = testing::RunCommand(PLATEWISE_BINARY, {"import", "usda", "--data-dir", PLATEWISE_BUNDLED_DATA_DIR},
                                   {"PLATEWISE_DB=" + db});
  EXPECT_NE(again.out.find("nothing changed"), std::string::npos);
}

}  // namespace
}  // namespace platewise
