// End-to-end on PostgreSQL: the real binary with --db postgresql://... (and
// PLATEWISE_DB), the CLI and `serve`, and two servers on one database. Each
// test has its own database on the test run's cluster
// (testing/postgres_cluster.h) and a small food dataset (tests/data/sr24-mini)
// so that the first start's import takes no time.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "e2e/saved_meals_scenario.h"
#include "supplements_api_checks.h"
#include "testing/api_user.h"
#include "e2e/goals_scenario.h"
#include "testing/http_client.h"
#include "testing/patch_race.h"
#include "testing/postgres_cluster.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

class PostgresE2e : public ::testing::Test {
 protected:
  void SetUp() override {
    auto cluster = testing::TestPostgres();
    ASSERT_TRUE(cluster.ok()) << cluster.status().message();
    auto db = (*cluster)->FreshDatabase();
    ASSERT_TRUE(db.ok()) << db.status().message();
    db_ = *db;
    // The bundled data, with the mini food dataset in place of the full one.
    const fs::path bundled(PLATEWISE_BUNDLED_DATA_DIR);
    fs::create_directories(dir_.path() / "data");
    fs::create_directory_symlink(bundled / "dri", dir_.path() / "data" / "dri");
    fs::create_directory_symlink(bundled / "nutrients", dir_.path() / "data" / "nutrients");
    fs::create_directory_symlink(fs::path(PLATEWISE_TEST_DATA_DIR) / "sr24-mini", dir_.path() / "data" / "usda-sr24");
  }
  std::string DataDir() const { return dir_.File("data"); }

  testing::CommandResult Cli(std::vector<std::string> args, const std::vector<std::string>& env = {}) {
    args.insert(args.end(), {"--data-dir", DataDir()});
    return testing::RunCommand(PLATEWISE_BINARY, args, env);
  }
  std::unique_ptr<testing::ServerProcess> Serve(const std::vector<std::string>& more = {}) {
    std::vector<std::string> args{"serve", "--listen", "127.0.0.1:0", "--threads", "2", "--db", db_,
                                  "--data-dir", DataDir(), "--password-hash-cost", "minimum"};
    args.insert(args.end(), more.begin(), more.end());
    return std::make_unique<testing::ServerProcess>(PLATEWISE_BINARY, args);
  }

  // Two servers on the test's database, A and B (a_, b_); false, the test
  // failed, when either did not start.
  bool StartTwoServers(const std::vector<std::string>& more = {}) {
    a_ = Serve(more);
    b_ = Serve(more);
    EXPECT_TRUE(a_->started()) << a_->output();
    EXPECT_TRUE(b_->started()) << b_->output();
    return a_->started() && b_->started();
  }

  testing::TempDir dir_;
  std::string db_;
  std::unique_ptr<testing::ServerProcess> a_, b_;
};

// The goals API on PostgreSQL: the scenario goals_e2e_test.cc runs on SQLite.
TEST_F(PostgresE2e, MacroTargetsTheDaysMacrosAndAGoalWeight) {
  auto server = Serve();
  ASSERT_TRUE(server->started()) << server->output();
  testing::ApiUser user(server->port(), "goals@example.org");
  ASSERT_TRUE(user.ok());
  testing::CheckGoalsApi(user);
}

TEST_F(PostgresE2e, TheCliLogsAndReadsADayOnADatabaseNamedByItsUri) {
  auto added = Cli({"log", "add", "--db", db_, "--date", "2026-11-29", "--meal", "lunch", "11457", "100", "g"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  auto day = Cli({"log", "day", "2026-11-29", "--json", "--db", db_});
  ASSERT_EQ(day.exit_code, 0) << day.err;
  json body = json::parse(day.out);
  ASSERT_EQ(body["meals"]["lunch"].size(), 1u) << day.out;
  EXPECT_EQ(body["meals"]["lunch"][0]["food_id"], "11457");
  EXPECT_DOUBLE_EQ(body["totals"]["energy_kcal"].get<double>(), 23.0);
}

TEST_F(PostgresE2e, PlatewiseDbNamesTheDatabaseToo) {
  auto added = Cli({"log", "water", "--date", "2026-11-29", "500"}, {"PLATEWISE_DB=" + db_});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  auto day = Cli({"log", "day", "2026-11-29", "--json", "--db", db_});
  ASSERT_EQ(day.exit_code, 0) << day.err;
  EXPECT_DOUBLE_EQ(json::parse(day.out)["water_ml"].get<double>(), 500.0) << day.out;
}

TEST_F(PostgresE2e, AServerThatCannotReachItsDatabaseSaysSoAndExits) {
  auto r = testing::RunCommand(
      PLATEWISE_BINARY, {"serve", "--listen", "127.0.0.1:0", "--db", "postgresql://platewise:secret@127.0.0.1:1/none",
                         "--data-dir", DataDir()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("PostgreSQL"), std::string::npos) << r.err;
}

TEST_F(PostgresE2e, TwoServersOnOneDatabaseShareAccountsAndDiaries) {
  ASSERT_TRUE(StartTwoServers());
  auto& a = a_;
  auto& b = b_;

  testing::ApiUser on_a(a->port(), "pat@example.org");  // signs up on A
  ASSERT_TRUE(on_a.ok());
  testing::HttpClient on_b(b->port());
  auto login = on_b.Request("POST", "/api/v1/login",
                            json{{"email", "pat@example.org"}, {"password", testing::ApiUser::kPassword}}.dump());
  ASSERT_EQ(login.status, 200) << login.body;
  on_b.SetHeader("Cookie", testing::SessionCookieOf(login));
  on_b.SetHeader("X-CSRF-Token", json::parse(login.body)["csrf_token"].get<std::string>());

  // B reads (and caches) the day, A writes to it: B's very next read has the entry.
  auto before = on_b.Get("/api/v1/diary/2026-11-29");
  ASSERT_EQ(before.status, 200) << before.body;
  ASSERT_EQ(json::parse(before.body)["meals"]["lunch"].size(), 0u) << before.body;
  on_a.Must(201, "POST", "/api/v1/diary/2026-11-29/entries", {{"food_id", "11457"}, {"grams", 30}, {"meal", "lunch"}});
  auto day = on_b.Get("/api/v1/diary/2026-11-29");
  ASSERT_EQ(day.status, 200) << day.body;
  ASSERT_EQ(json::parse(day.body)["meals"]["lunch"].size(), 1u) << day.body;

  // Both servers imported nothing twice: one dataset, its foods once.
  auto foods = on_b.Get("/healthz");
  EXPECT_EQ(json::parse(foods.body)["foods"], 4) << foods.body;

  // Signing out on B ends the session on A at once (A had it cached).
  ASSERT_EQ(on_a.Call("GET", "/api/v1/diary/2026-11-29").status, 200);
  testing::HttpClient a_with_bs_session(a->port());
  a_with_bs_session.SetHeader("Cookie", testing::SessionCookieOf(login));
  ASSERT_EQ(a_with_bs_session.Get("/api/v1/diary/2026-11-29").status, 200);
  ASSERT_EQ(on_b.Request("POST", "/api/v1/logout").status / 100, 2);
  EXPECT_EQ(a_with_bs_session.Get("/api/v1/diary/2026-11-29").status, 401);
}

// Import jobs keep their state in the database: a file uploaded to A is
// followed to the end through B, and its entries are read through B.
TEST_F(PostgresE2e, AnImportUploadedToOneServerIsFollowedOnTheOther) {
  ASSERT_TRUE(StartTwoServers());
  testing::ApiUser on_a(a_->port(), "imp@example.org");
  ASSERT_TRUE(on_a.ok());
  std::ifstream in(std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/mfp/nutrition_per_meal_bom.csv", std::ios::binary);
  std::stringstream file;
  file << in.rdbuf();
  auto posted = on_a.client().Request("POST", "/api/v1/imports?format=mfp&name=n.csv", file.str(), "text/csv");
  ASSERT_EQ(posted.status, 202) << posted.body;
  testing::HttpClient on_b(b_->port());
  auto login = on_b.Request("POST", "/api/v1/login",
                            json{{"email", "imp@example.org"}, {"password", testing::ApiUser::kPassword}}.dump());
  ASSERT_EQ(login.status, 200) << login.body;
  on_b.SetHeader("Cookie", testing::SessionCookieOf(login));
  json job = json::object();
  for (int i = 0; i < 300 && job.value("state", "") != "done" && job.value("state", "") != "failed"; ++i) {
    if (i > 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    auto r = on_b.Get(posted.header("Location"));
    ASSERT_EQ(r.status, 200) << r.body;
    job = json::parse(r.body);
  }
  ASSERT_EQ(job["state"], "done") << job.dump();
  EXPECT_EQ(job["summary"]["entries"], 4);
  auto day = on_b.Get("/api/v1/diary/2026-03-01");
  ASSERT_EQ(day.status, 200) << day.body;
  EXPECT_NEAR(json::parse(day.body)["totals"]["energy_kcal"].get<double>(), 420.5 + 650 + 250, 1e-6) << day.body;
}

// Scale-out (#12): a custom food made through A is found by B's search within
// a second, and its deletion through B takes it out of A's.
TEST_F(PostgresE2e, ACustomFoodMadeOnOneServerIsFoundOnTheOtherWithinASecond) {
  ASSERT_TRUE(StartTwoServers());
  auto& a = a_;
  auto& b = b_;
  testing::ApiUser on_a(a->port(), "cook@example.org");
  ASSERT_TRUE(on_a.ok());
  const std::string token = on_a.Must(201, "POST", "/api/v1/tokens", {{"name", "b"}})["token"];
  testing::HttpClient on_b(b->port());
  on_b.SetHeader("Authorization", "Bearer " + token);
  auto found_on = [](testing::HttpClient& c) {
    auto r = c.Get("/api/v1/foods?q=zucchini");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 && !json::parse(r.body)["foods"].empty();
  };
  auto within_a_second = [](const std::function<bool()>& done) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    while (!done()) {
      if (std::chrono::steady_clock::now() > until) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
  };
  ASSERT_FALSE(found_on(on_b));

  const json food = on_a.Must(201, "POST", "/api/v1/foods", {{"name", "Zucchini bread"}, {"nutrients", {{"energy", 300}}}});
  EXPECT_TRUE(within_a_second([&] { return found_on(on_b); })) << "B's search never found A's new food";
  testing::HttpClient a_by_token(a->port());
  a_by_token.SetHeader("Authorization", "Bearer " + token);
  ASSERT_TRUE(found_on(a_by_token));
  auto deleted = on_b.Request("DELETE", "/api/v1/custom-foods/" + food["id"].get<std::string>());
  ASSERT_EQ(deleted.status, 204) << deleted.body;
  EXPECT_TRUE(within_a_second([&] { return !found_on(a_by_token); })) << "A's search still finds the deleted food";
}

// Scale-out (#12): SIGKILL server A in the middle of a write load through
// both servers. Every entry that got a 201 from either server is stored, and
// B answered every request, before and after the kill, without an error.
TEST_F(PostgresE2e, KillingOneServerMidLoadLosesNoAcknowledgedWriteAndTheOtherKeepsServing) {
  ASSERT_TRUE(StartTwoServers());
  auto& a = a_;
  auto& b = b_;
  testing::ApiUser user(a->port(), "load@example.org");
  ASSERT_TRUE(user.ok());
  const std::string token = user.Must(201, "POST", "/api/v1/tokens", {{"name", "load"}})["token"];

  std::mutex mutex;
  std::set<std::int64_t> acknowledged;
  std::vector<std::string> b_failures;
  std::atomic<bool> a_killed{false}, stop{false};
  std::atomic<int> writes{0}, b_writes_after_kill{0};
  auto client = [&](int port, bool is_b, int seed) {
    try {
      testing::HttpClient c(port);
      c.SetHeader("Authorization", "Bearer " + token);
      for (int i = 0; !stop; ++i) {
        const json body = {{"meal", "snacks"}, {"food_id", "12061"}, {"grams", 1 + seed * 1000 + i % 1000}};
        auto r = c.Request("POST", "/api/v1/diary/2026-11-29/entries", body.dump());
        std::lock_guard<std::mutex> lock(mutex);
        if (r.status == 201) {
          acknowledged.insert(json::parse(r.body)["id"].get<std::int64_t>());
          ++writes;
          if (is_b && a_killed) ++b_writes_after_kill;
        } else if (is_b) {
          b_failures.push_back(std::to_string(r.status) + " " + r.body);
        }
      }
    } catch (const std::exception& e) {
      // A died mid-request: that request was never acknowledged. B must not.
      if (is_b) {
        std::lock_guard<std::mutex> lock(mutex);
        b_failures.push_back(std::string("connection: ") + e.what());
      }
    }
  };
  std::vector<std::thread> clients;
  for (int t = 0; t < 2; ++t) clients.emplace_back(client, a->port(), false, t);
  for (int t = 2; t < 4; ++t) clients.emplace_back(client, b->port(), true, t);
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (writes < 200 && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  a->Kill();  // mid-load, no clean shutdown
  a_killed = true;
  while (b_writes_after_kill < 100 && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  stop = true;
  for (auto& c : clients) c.join();
  EXPECT_TRUE(b_failures.empty()) << b_failures.size() << " failures on B, the first: " << b_failures.front();
  ASSERT_GE(b_writes_after_kill.load(), 100) << "B stopped acknowledging writes after A was killed";

  testing::HttpClient on_b(b->port());
  on_b.SetHeader("Authorization", "Bearer " + token);
  auto day = on_b.Get("/api/v1/diary/2026-11-29");
  ASSERT_EQ(day.status, 200) << day.body;
  std::set<std::int64_t> stored;
  const json body = json::parse(day.body);  // kept: the loop below reads into it
  for (const json& line : body["meals"]["snacks"]) stored.insert(line["id"].get<std::int64_t>());
  std::vector<std::int64_t> lost;
  for (std::int64_t id : acknowledged) {
    if (!stored.count(id)) lost.push_back(id);
  }
  EXPECT_TRUE(lost.empty()) << lost.size() << " of " << acknowledged.size() << " acknowledged entries were lost, "
                            << stored.size() << " stored; the first lost: " << lost.front();
}

// Sign-in throttling lives in the database: an attacker alternating between
// two servers gets no more guesses than on one. Each server alone has seen
// fewer than the 5 failures that refuse a client for an account.
TEST_F(PostgresE2e, WrongPasswordsSpreadOverTwoServersAreThrottledAsOneBudget) {
  ASSERT_TRUE(StartTwoServers());
  auto& a = a_;
  auto& b = b_;
  testing::ApiUser pat(a->port(), "pat@example.org");
  ASSERT_TRUE(pat.ok());
  const std::string wrong = json{{"email", "pat@example.org"}, {"password", "wrong password"}}.dump();
  const std::string right = json{{"email", "pat@example.org"}, {"password", testing::ApiUser::kPassword}}.dump();

  testing::HttpClient on_a(a->port());
  testing::HttpClient on_b(b->port());
  for (int i = 0; i < 5; ++i) {
    auto r = (i % 2 == 0 ? on_a : on_b).Request("POST", "/api/v1/login", wrong);
    ASSERT_EQ(r.status, 401) << i << " " << r.body;  // 3 on A, 2 on B
  }
  for (testing::HttpClient* c : {&on_b, &on_a}) {
    auto refused = c->Request("POST", "/api/v1/login", right);
    EXPECT_EQ(refused.status, 429) << refused.body;
    EXPECT_GT(std::stoi(refused.header("Retry-After")), 0);
  }
}

// A client known to an account by a sign-in on A is known on B: a flood from
// its shared address (a proxy's), spread over both servers, refuses everyone
// else from that address on either server but not the account's own client.
TEST_F(PostgresE2e, AClientKnownOnOneServerKeepsSigningInOnTheOther) {
  const std::vector<std::string> behind_proxy = {"--trusted-proxy", "127.0.0.1"};
  ASSERT_TRUE(StartTwoServers(behind_proxy));
  auto& a = a_;
  auto& b = b_;
  testing::ApiUser pat(a->port(), "pat@example.org");
  ASSERT_TRUE(pat.ok());
  const std::string right = json{{"email", "pat@example.org"}, {"password", testing::ApiUser::kPassword}}.dump();
  auto from_office = [](int port) {
    auto c = std::make_unique<testing::HttpClient>(port);
    c->SetHeader("X-Forwarded-For", "198.51.100.7");
    return c;
  };
  auto office_a = from_office(a->port());
  auto office_b = from_office(b->port());
  ASSERT_EQ(office_a->Request("POST", "/api/v1/login", right).status, 200);  // known to pat from here on

  // 30 failures from the office address across accounts, half on each server.
  for (int i = 0; i < 30; ++i) {
    const std::string guess =
        json{{"email", "victim" + std::to_string(i) + "@example.org"}, {"password", "wrong password"}}.dump();
    auto r = (i % 2 == 0 ? *office_a : *office_b).Request("POST", "/api/v1/login", guess);
    ASSERT_EQ(r.status, 401) << i << " " << r.body;
  }
  const std::string newcomer = json{{"email", "new@example.org"}, {"password", "some password"}}.dump();
  EXPECT_EQ(office_a->Request("POST", "/api/v1/login", newcomer).status, 429);
  EXPECT_EQ(office_b->Request("POST", "/api/v1/login", newcomer).status, 429);
  auto pat_on_b = office_b->Request("POST", "/api/v1/login", right);
  EXPECT_EQ(pat_on_b.status, 200) << pat_on_b.body;
}

// Scale-out (#12) with #14's rule: PATCHes of one entry at the same moment,
// grams through A and meal through B, both apply (an edit writes only what
// it sends, in one statement); the entry then has both changes on both.
TEST_F(PostgresE2e, ConcurrentPatchesOfOneEntryThroughTwoServersLoseNoUpdate) {
  ASSERT_TRUE(StartTwoServers());
  auto& a = a_;
  auto& b = b_;
  testing::ApiUser user(a->port(), "racer@example.org");
  ASSERT_TRUE(user.ok());
  const std::string token = user.Must(201, "POST", "/api/v1/tokens", {{"name", "b"}})["token"];
  constexpr int kPairs = 300;
  std::vector<std::int64_t> ids;
  for (int i = 0; i < kPairs; ++i) {
    ids.push_back(user.Must(201, "POST", "/api/v1/diary/2026-11-29/entries",
                            {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 100}})["id"]
                      .get<std::int64_t>());
  }
  testing::HttpClient on_a(a->port()), on_b(b->port());
  on_a.SetHeader("Authorization", "Bearer " + token);
  on_b.SetHeader("Authorization", "Bearer " + token);
  const testing::PatchRace race =
      testing::RacePatches(on_a, on_b, ids, json{{"grams", 250}}.dump(), json{{"meal", "dinner"}}.dump());
  const std::vector<int>& grams_status = race.first;
  const std::vector<int>& meal_status = race.second;
  for (int i = 0; i < kPairs; ++i) {
    ASSERT_EQ(grams_status[i], 200) << "pair " << i;
    ASSERT_EQ(meal_status[i], 200) << "pair " << i;
  }
  for (testing::HttpClient* server : {&on_a, &on_b}) {
    auto day = server->Get("/api/v1/diary/2026-11-29");
    ASSERT_EQ(day.status, 200) << day.body;
    const json body = json::parse(day.body);
    EXPECT_TRUE(body["meals"]["lunch"].empty()) << "an entry lost its meal change";
    ASSERT_EQ(body["meals"]["dinner"].size(), static_cast<std::size_t>(kPairs));
    int lost_grams = 0;
    for (const json& line : body["meals"]["dinner"]) lost_grams += line["grams"].get<double>() != 250.0;
    EXPECT_EQ(lost_grams, 0) << "entries that lost their grams change";
  }
}

}  // namespace
}  // namespace platewise

namespace platewise {
namespace {

// Saved meals and several foods at once, as on SQLite (saved_meals_e2e_test.cc).
TEST_F(PostgresE2e, SavedMealsAndSeveralFoodsAtOnce) {
  auto server = Serve();
  ASSERT_TRUE(server->started()) << server->output();
  testing::RunSavedMealsScenario(server->port());
}

// The supplements API and the doctor's report on PostgreSQL: the checks of
// supplements_api_checks.h, as on SQLite.
TEST_F(PostgresE2e, SupplementsAndTheDoctorsReportWorkOnPostgres) {
  auto server = Serve();
  ASSERT_TRUE(server->started()) << server->output();
  e2e::CheckSupplementsApi(server->port());
}

}  // namespace
}  // namespace platewise
