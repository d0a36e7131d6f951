// End-to-end: import jobs over the API (POST /api/v1/imports, GET
// /api/v1/imports/{id}) on the real `platewise serve` with a SQLite file:
// the MFP fixtures of tests/data/imports/mfp uploaded as request bodies,
// polled until done, and the diary read back; the refusals; a job whose
// server stopped.

#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <sqlite3.h>

#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;
using testing::ApiUser;

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(PLATEWISE_TEST_DATA_DIR) + "/imports/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_FALSE(s.str().empty()) << name;
  return s.str();
}

class ImportJobsTest : public ::testing::Test {
 protected:
  void Start(const std::vector<std::string>& more = {}, const testing::ServerProcessOptions& options = {}) {
    auto args = testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir_));
    args.insert(args.end(), more.begin(), more.end());
    server_ = std::make_unique<testing::ServerProcess>(PLATEWISE_BINARY, args, options);
    ASSERT_TRUE(server_->started()) << server_->output();
  }
  // POSTs `bytes` as the file; the answer.
  static testing::HttpResult Upload(ApiUser& user, const std::string& query, const std::string& bytes) {
    return user.client().Request("POST", "/api/v1/imports?" + query, bytes, "text/csv");
  }
  // GETs the job until it is done or failed (at most 30 s).
  static json Finished(ApiUser& user, std::int64_t id) {
    json job;
    for (int i = 0; i < 300; ++i) {
      job = user.Must(200, "GET", "/api/v1/imports/" + std::to_string(id));
      if (job["state"] == "done" || job["state"] == "failed") return job;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ADD_FAILURE() << "the job did not finish: " << job.dump();
    return job;
  }
  testing::TempDir dir_;
  std::unique_ptr<testing::ServerProcess> server_;
};

TEST_F(ImportJobsTest, AnMfpFileImportsIntoTheDiaryAndTheSameFileAgainIsUnchanged) {
  Start();
  ApiUser ann(server_->port(), "ann@example.org");
  const std::string file = Fixture("mfp/nutrition_per_meal_bom.csv");
  auto posted = Upload(ann, "format=mfp&name=Nutrition-Summary.csv", file);
  ASSERT_EQ(posted.status, 202) << posted.body;
  json created = json::parse(posted.body);
  EXPECT_EQ(created["state"], "queued");
  const std::int64_t id = created["id"];
  EXPECT_EQ(posted.header("Location"), "/api/v1/imports/" + std::to_string(id));

  json job = Finished(ann, id);
  ASSERT_EQ(job["state"], "done") << job.dump();
  EXPECT_EQ(job["format"], "mfp");
  EXPECT_EQ(job["error"], nullptr);
  EXPECT_EQ(job["progress"]["bytes_total"], file.size());
  EXPECT_EQ(job["progress"]["bytes_read"], file.size());
  EXPECT_EQ(job["progress"]["rows_written"], 4);
  const json& summary = job["summary"];
  EXPECT_EQ(summary["format"], "mfp");
  EXPECT_EQ(summary["files"], json::array({"Nutrition-Summary.csv"}));
  EXPECT_EQ(summary["entries"], 4);
  EXPECT_EQ(summary["days"], 2);
  EXPECT_EQ(summary["skipped"], 0);
  EXPECT_TRUE(summary["unchanged_files"].empty());

  json day = ann.Must(200, "GET", "/api/v1/diary/2026-03-01");
  EXPECT_NEAR(day["totals"]["energy_kcal"].get<double>(), 420.5 + 650 + 250, 1e-6) << day.dump();

  auto again = Upload(ann, "format=mfp&name=Nutrition-Summary.csv", file);
  ASSERT_EQ(again.status, 202) << again.body;
  json second = Finished(ann, json::parse(again.body)["id"]);
  ASSERT_EQ(second["state"], "done") << second.dump();
  EXPECT_EQ(second["summary"]["unchanged_files"], json::array({"Nutrition-Summary.csv"}));
  EXPECT_EQ(second["summary"]["entries"], 0);
  EXPECT_EQ(second["progress"]["rows_written"], 0);
  day = ann.Must(200, "GET", "/api/v1/diary/2026-03-01");
  EXPECT_NEAR(day["totals"]["energy_kcal"].get<double>(), 420.5 + 650 + 250, 1e-6) << day.dump();
}

// The export as MyFitnessPal e-mails it: one upload of the ZIP is its three
// files, each read as the CLI reads them (the weights' unit from the
// Exercise-Summary in it).
TEST_F(ImportJobsTest, AnExportsZipUploadedWholeImportsEveryFileInIt) {
  Start();
  ApiUser ann(server_->port(), "ann@example.org");
  auto posted = Upload(ann, "format=mfp&name=mfp-export.zip", Fixture("zip/mfp-export.zip"));
  ASSERT_EQ(posted.status, 202) << posted.body;
  json job = Finished(ann, json::parse(posted.body)["id"]);
  ASSERT_EQ(job["state"], "done") << job.dump();
  EXPECT_EQ(job["summary"]["files"].size(), 3u) << job.dump();
  EXPECT_EQ(job["summary"]["entries"], 4);
  EXPECT_EQ(job["summary"]["weights"], 2);
  EXPECT_EQ(job["summary"]["exercises"], 2);
  auto damaged = Upload(ann, "format=mfp&name=d.zip", Fixture("zip/duplicate.zip"));
  ASSERT_EQ(damaged.status, 202) << damaged.body;
  json failed = Finished(ann, json::parse(damaged.body)["id"]);
  EXPECT_EQ(failed["state"], "failed");
  EXPECT_NE(failed["error"].get<std::string>().find("two members are named"), std::string::npos) << failed.dump();
}

// Uploads wait in a folder of the server's own under $TMPDIR, private to it;
// a job's file is gone once the job is over, the folder once the server is.
TEST_F(ImportJobsTest, UploadsWaitInAPrivateFolderThatIsEmptiedAndRemoved) {
  namespace fs = std::filesystem;
  const fs::path tmp = dir_.path() / "tmp";
  fs::create_directory(tmp);
  testing::ServerProcessOptions options;
  options.env = {"TMPDIR=" + tmp.string()};
  Start({}, options);
  ApiUser ann(server_->port(), "ann@example.org");
  auto posted = Upload(ann, "format=mfp", Fixture("mfp/nutrition_per_meal_bom.csv"));
  ASSERT_EQ(posted.status, 202) << posted.body;
  EXPECT_EQ(Finished(ann, json::parse(posted.body)["id"])["state"], "done");
  std::vector<fs::path> folders{fs::directory_iterator(tmp), fs::directory_iterator()};
  ASSERT_EQ(folders.size(), 1u);
  EXPECT_EQ(folders[0].filename().string().rfind("platewise-imports-", 0), 0u) << folders[0];
  struct stat st {};
  ASSERT_EQ(::stat(folders[0].c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
  EXPECT_EQ(std::distance(fs::directory_iterator(folders[0]), fs::directory_iterator()), 1);  // its lock only
  EXPECT_TRUE(fs::exists(folders[0] / "lock"));
  EXPECT_EQ(server_->Stop(), 0);
  EXPECT_TRUE(fs::is_empty(tmp));

  // Found on the way: a killed server left its folder behind for good (the
  // e2e tests that kill servers left three in /var/tmp per run). The next
  // server removes a folder whose lock no process holds, and no other.
  Start({}, options);
  testing::ServerProcess other(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir_)), options);
  ASSERT_TRUE(other.started()) << other.output();
  server_->Kill();
  std::vector<fs::path> left{fs::directory_iterator(tmp), fs::directory_iterator()};
  EXPECT_EQ(left.size(), 2u);
  Start({}, options);
  std::vector<fs::path> now{fs::directory_iterator(tmp), fs::directory_iterator()};
  EXPECT_EQ(now.size(), 2u);  // the killed server's is gone; the other's and the new one's stay
  for (const fs::path& folder : left) {
    if (fs::exists(folder)) {
      EXPECT_TRUE(fs::exists(folder / "lock")) << folder;
    }
  }
  EXPECT_EQ(other.Stop(), 0);
  EXPECT_EQ(server_->Stop(), 0);
  EXPECT_TRUE(fs::is_empty(tmp));
}

TEST_F(ImportJobsTest, AFileTheImporterRefusesFailsTheJobWithItsMessageAndWritesNothing) {
  Start();
  ApiUser ann(server_->port(), "ann@example.org");
  auto posted = Upload(ann, "format=mfp&name=export.csv", Fixture("mfp/nutrition_bad_number.csv"));
  ASSERT_EQ(posted.status, 202) << posted.body;
  json job = Finished(ann, json::parse(posted.body)["id"]);
  ASSERT_EQ(job["state"], "failed") << job.dump();
  EXPECT_EQ(job["summary"], nullptr);
  const std::string error = job["error"];
  EXPECT_NE(error.find("nothing was imported"), std::string::npos) << error;
  EXPECT_NE(error.find("export.csv:3: column \"Calories\""), std::string::npos) << error;
  json day = ann.Must(200, "GET", "/api/v1/diary/2026-03-01");
  EXPECT_EQ(day["totals"]["energy_kcal"], nullptr) << day.dump();

  auto other = Upload(ann, "format=mfp", Fixture("mfp/not_mfp.csv"));
  ASSERT_EQ(other.status, 202) << other.body;
  job = Finished(ann, json::parse(other.body)["id"]);
  EXPECT_EQ(job["state"], "failed");
  EXPECT_NE(job["error"].get<std::string>().find("not a MyFitnessPal"), std::string::npos) << job.dump();
}

// Found on the way: an MFP Measurement-Summary alone told the API's user to
// "pass --weight-unit" or import it with the Exercise-Summary, neither of
// which a job of one file can do; it names the API's weight_unit now.
TEST_F(ImportJobsTest, AMeasurementSummaryAloneNeedsItsUnitAndTheErrorSaysHowToGiveIt) {
  Start();
  ApiUser ann(server_->port(), "ann@example.org");
  const std::string file = Fixture("mfp/measurement_custom.csv");
  auto posted = Upload(ann, "format=mfp", file);
  ASSERT_EQ(posted.status, 202) << posted.body;
  json job = Finished(ann, json::parse(posted.body)["id"]);
  ASSERT_EQ(job["state"], "failed") << job.dump();
  const std::string error = job["error"];
  EXPECT_NE(error.find("weight_unit=kg or weight_unit=lb"), std::string::npos) << error;
  EXPECT_EQ(error.find("--weight-unit"), std::string::npos) << error;

  auto with_unit = Upload(ann, "format=mfp&weight_unit=lb", file);
  ASSERT_EQ(with_unit.status, 202) << with_unit.body;
  job = Finished(ann, json::parse(with_unit.body)["id"]);
  ASSERT_EQ(job["state"], "done") << job.dump();
  EXPECT_EQ(job["summary"]["weights"], 2);
}

TEST_F(ImportJobsTest, BadRequestsAreRefusedSayingWhy) {
  Start();
  ApiUser ann(server_->port(), "ann@example.org");
  const std::string file = Fixture("mfp/nutrition_per_meal_bom.csv");
  auto unknown = Upload(ann, "format=xlsx", file);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.body.find("mfp, cronometer, apple-health"), std::string::npos) << unknown.body;
  auto none = Upload(ann, "name=a.csv", file);
  EXPECT_EQ(none.status, 400);
  EXPECT_NE(none.body.find("format"), std::string::npos) << none.body;
  auto empty = Upload(ann, "format=mfp", "");
  EXPECT_EQ(empty.status, 400);
  EXPECT_NE(empty.body.find("empty"), std::string::npos) << empty.body;
  auto shared = Upload(ann, "format=fdc", file);
  EXPECT_EQ(shared.status, 403);
  EXPECT_NE(shared.body.find("platewise import fdc"), std::string::npos) << shared.body;
  auto unit = Upload(ann, "format=mfp&weight_unit=stone", file);
  EXPECT_EQ(unit.status, 400);
  EXPECT_NE(unit.body.find("weight_unit"), std::string::npos) << unit.body;

  testing::HttpClient anonymous(server_->port());
  EXPECT_EQ(anonymous.Request("POST", "/api/v1/imports?format=mfp", file, "text/csv").status, 401);
}

// Hardening: who sends an upload is known from its headers, so a request
// that is not signed in is answered 401 before a byte of its body is read or
// stored (it was streamed to disk first, up to the import limit). The body is
// never sent here: an answer that waited for it would not come.
TEST_F(ImportJobsTest, AnUploadThatIsNotSignedInIsRefusedBeforeItsBodyIsRead) {
  Start();
  namespace asio = boost::asio;
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(server_->port())});
  const std::string head =
      "POST /api/v1/imports?format=mfp HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
      "Content-Length: 10000000\r\n\r\n";
  asio::write(socket, asio::buffer(head));
  std::string answer;
  char buf[4096];
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  socket.non_blocking(true);
  while (std::chrono::steady_clock::now() < deadline && answer.find("\r\n\r\n") == std::string::npos) {
    boost::system::error_code ec;
    const std::size_t n = socket.read_some(asio::buffer(buf), ec);
    if (ec == asio::error::would_block) {
      socket.wait(asio::ip::tcp::socket::wait_read, ec);
      continue;
    }
    if (ec) break;
    answer.append(buf, n);
  }
  EXPECT_EQ(answer.rfind("HTTP/1.1 401", 0), 0u) << answer;
}

TEST_F(ImportJobsTest, AnotherUsersJobIsNotFound) {
  Start();
  ApiUser ann(server_->port(), "ann@example.org");
  ApiUser bob(server_->port(), "bob@example.org");
  auto posted = Upload(ann, "format=mfp", Fixture("mfp/nutrition_per_meal_bom.csv"));
  ASSERT_EQ(posted.status, 202) << posted.body;
  const std::string path = "/api/v1/imports/" + std::to_string(json::parse(posted.body)["id"].get<std::int64_t>());
  EXPECT_EQ(bob.Call("GET", path).status, 404);
  EXPECT_EQ(bob.Call("GET", "/api/v1/imports/999999").status, 404);
  EXPECT_EQ(bob.Call("GET", "/api/v1/imports/abc").status, 404);
  EXPECT_EQ(ann.Call("GET", path).status, 200);
}

// Defect found on the way: Beast refused a Content-Length over the normal
// 1 MiB limit as soon as it read the header, before the server knew the
// route, so an import of a file of 1-256 MiB was 413 with the normal
// limit's message.
TEST_F(ImportJobsTest, AFileOverTheNormalBodyLimitButWithinTheImportLimitIsTakenAndOneOverItIs413) {
  Start({"--import-max-mib", "3"});
  ApiUser ann(server_->port(), "ann@example.org");
  std::string big = Fixture("mfp/nutrition_per_meal_bom.csv");
  big.resize(2 << 20, '\n');  // 2 MiB: blank lines after the rows
  auto taken = Upload(ann, "format=mfp", big);
  EXPECT_EQ(taken.status, 202) << taken.body;
  if (taken.status == 202) {
    json job = Finished(ann, json::parse(taken.body)["id"]);
    EXPECT_EQ(job["progress"]["bytes_total"], 2 << 20) << job.dump();
  }

  ApiUser bob(server_->port(), "bob@example.org");
  auto refused = Upload(bob, "format=mfp", std::string((3 << 20) + 1, 'a'));
  EXPECT_EQ(refused.status, 413);
  EXPECT_NE(refused.body.find("3 MiB"), std::string::npos) << refused.body;

  // The normal limit still holds for every other route.
  ApiUser cy(server_->port(), "cy@example.org");
  auto food = cy.client().Request("POST", "/api/v1/foods", std::string(2 << 20, ' '));
  EXPECT_EQ(food.status, 413);
  EXPECT_NE(food.body.find("1048576 bytes"), std::string::npos) << food.body;
}

TEST_F(ImportJobsTest, AJobLeftRunningByAServerThatStoppedIsFailedSayingToImportAgain) {
  Start();
  std::int64_t ann_id = 0;
  {
    ApiUser ann(server_->port(), "ann@example.org");
    ann_id = ann.id();
  }
  server_->Stop();
  // What a server killed mid-import leaves: a running job, its heartbeat long gone.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir_.File("p.db").c_str(), &db), SQLITE_OK);
  const std::string insert =
      "INSERT INTO import_jobs (id, owner_id, format, file_name, state, bytes_total, created_at, heartbeat_at) "
      "VALUES (77, " + std::to_string(ann_id) + ", 'mfp', 'Nutrition-Summary.csv', 'running', 100, 1000, 1000)";
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, insert.c_str(), nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);

  Start();
  auto login = testing::HttpClient(server_->port())
                   .Request("POST", "/api/v1/login",
                            json{{"email", "ann@example.org"}, {"password", ApiUser::kPassword}}.dump());
  ASSERT_EQ(login.status, 200) << login.body;
  testing::HttpClient ann(server_->port());
  ann.SetHeader("Cookie", testing::SessionCookieOf(login));
  auto job = ann.Get("/api/v1/imports/77");
  ASSERT_EQ(job.status, 200) << job.body;
  json body = json::parse(job.body);
  EXPECT_EQ(body["state"], "failed");
  EXPECT_EQ(body["error"], "the server stopped during the import; import the file again");
}

}  // namespace
}  // namespace platewise
