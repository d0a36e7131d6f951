// End-to-end: `platewise weight project|plan`, the real binary.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

using nlohmann::json;

class WeightCliTest : public ::testing::Test {
 protected:
  testing::CommandResult Run(std::vector<std::string> args) {
    args.insert(args.end(), {"--db", dir_.File("var/platewise.db")});
    return testing::RunCommand(PLATEWISE_BINARY, args);
  }
  std::vector<std::string> Person(std::vector<std::string> more) {
    std::vector<std::string> a = {"--sex", "male",     "--age", "40",    "--height",
                                  "180cm", "--weight", "100kg", "--pal", "1.5"};
    a.insert(a.end(), more.begin(), more.end());
    return a;
  }
  std::vector<std::string> Command(std::string a, std::string b, std::vector<std::string> more) {
    std::vector<std::string> words = {a, b};
    auto rest = Person(std::move(more));
    words.insert(words.end(), rest.begin(), rest.end());
    return words;
  }

  testing::TempDir dir_;
};

TEST_F(WeightCliTest, ProjectReproducesThePlannersCheckValue) {
  auto r = Run(Command("weight", "project", {"--intake", "2398.3", "--json"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_NEAR(j["rmr_kcal"].get<double>(), 1932.2, 1e-9);
  EXPECT_NEAR(j["maintenance_kcal"].get<double>(), 2898.3, 1e-9);
  ASSERT_EQ(j["days"].size(), 366u);
  EXPECT_EQ(j["days"][90]["day"], 90);
  EXPECT_NEAR(j["days"][7]["weight_kg"].get<double>(), 99.234, 0.001);
  EXPECT_NEAR(j["days"][90]["weight_kg"].get<double>(), 95.4017, 0.001);
  EXPECT_NEAR(j["days"][365]["weight_kg"].get<double>(), 86.4199, 0.001);
  EXPECT_NEAR(j["days"][365]["fat_kg"].get<double>() + j["days"][365]["lean_kg"].get<double>(), 86.8, 0.5);
}

TEST_F(WeightCliTest, ChangeIsRelativeToMaintenanceAndTextShowsTheStraightLine) {
  auto by_change = Run(Command("weight", "project", {"--change", "-500", "--days", "90", "--json"}));
  ASSERT_EQ(by_change.exit_code, 0) << by_change.err;
  json j = json::parse(by_change.out);
  EXPECT_NEAR(j["intake_kcal"].get<double>(), 2398.3, 1e-9);
  EXPECT_EQ(j["days"].size(), 91u);
  auto text = Run(Command("weight", "project", {"--change", "-500"}));
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("    365      86.420"), std::string::npos) << text.out;
  // 100 - 500 x 365 / 3500 x 0.45359237 = 76.348 kg.
  EXPECT_NE(text.out.find("straight line would say 76.3 kg"), std::string::npos) << text.out;
}

TEST_F(WeightCliTest, PlanRoundTripsThroughProject) {
  auto plan = Run(Command("weight", "plan", {"--goal-weight", "90kg", "--days", "180", "--json"}));
  ASSERT_EQ(plan.exit_code, 0) << plan.err;
  json p = json::parse(plan.out);
  double intake = p["intake_kcal"].get<double>();
  EXPECT_NEAR(intake, 2296.25, 0.5);
  EXPECT_GT(p["maintenance_after_kcal"].get<double>(), intake);
  EXPECT_EQ(p["below_floor"], false);
  EXPECT_EQ(p["bmi_outside_healthy"], true);
  ASSERT_EQ(p["warnings"].size(), 1u);
  // The planner scales sodium with intake; so must the round trip.
  auto project = Run(Command("weight", "project",
                             {"--intake", std::to_string(intake), "--sodium", std::to_string(4000 * intake / 2898.3),
                              "--days", "180", "--json"}));
  ASSERT_EQ(project.exit_code, 0) << project.err;
  EXPECT_NEAR(json::parse(project.out)["days"][180]["weight_kg"].get<double>(), 90, 0.01);
  auto text = Run(Command("weight", "plan", {"--goal-weight", "80kg", "--days", "90"}));
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("Warning: The plan's"), std::string::npos) << text.out;
}

TEST_F(WeightCliTest, BadInputExitsWithAMessageNamingIt) {
  struct Case {
    std::vector<std::string> args;
    const char* message_part;
  };
  const std::vector<Case> kCases = {
      {Command("weight", "project", {}), "exactly one of --intake"},
      {Command("weight", "project", {"--intake", "2000", "--change", "-500"}), "exactly one of --intake"},
      {Command("weight", "project", {"--intake", "lots"}), "\"lots\""},
      {Command("weight", "project", {"--intake", "2000", "--days", "0"}), "--days \"0\""},
      {Command("weight", "project", {"--intake", "2000", "--carb-fraction", "2"}), "carbohydrate fraction 2"},
      {Command("weight", "project", {"--intake", "-10"}), "intake -10"},
      {{"weight", "project", "--sex", "male", "--age", "40", "--height", "180cm", "--weight", "100kg", "--pal", "3",
        "--intake", "2000"},
       "physical activity level 3"},
      {{"weight", "project", "--sex", "male", "--age", "40", "--height", "180cm", "--weight", "100kg", "--intake",
        "2000"},
       "--pal is required"},
      {Command("weight", "plan", {"--goal-weight", "90"}), "\"90\""},
      {Command("weight", "plan", {"--goal-weight", "90kg"}), "--days is required"},
      {Command("weight", "plan", {"--goal-weight", "50kg", "--days", "30"}), "cannot be reached"},
      {Command("weight", "plan", {"--goal-weight", "90kg", "--days", "30", "--intake", "5"}),
       "unknown option --intake"},
  };
  for (const Case& c : kCases) {
    auto r = Run(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.message_part << ": " << r.err;
    EXPECT_NE(r.err.find(c.message_part), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace platewise
