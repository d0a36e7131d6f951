// End-to-end: an acknowledged write survives the server being killed with
// SIGKILL. Several clients write diary entries while the server is killed
// mid-load; after a restart on the same database every entry the server had
// acknowledged (201) is there.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include "testing/api_user.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;

TEST(DurabilityTest, AcknowledgedEntriesSurviveSigkill) {
  testing::TempDir dir;
  const std::string db = testing::SeededDatabase(PLATEWISE_BINARY, dir);
  std::string token;
  std::set<std::int64_t> acknowledged;
  std::mutex mutex;
  {
    testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(db));
    ASSERT_TRUE(server.started()) << server.output();
    testing::ApiUser user(server.port(), "d@example.org");
    ASSERT_TRUE(user.ok());
    token = user.Must(201, "POST", "/api/v1/tokens", {{"name", "load"}})["token"];

    std::atomic<bool> stop{false};
    std::atomic<int> writes{0};
    std::vector<std::thread> clients;
    for (int t = 0; t < 4; ++t) {
      clients.emplace_back([&, t] {
        try {
          testing::HttpClient c(server.port());
          c.SetHeader("Authorization", "Bearer " + token);
          for (int i = 0; !stop; ++i) {
            json body = {{"meal", "snacks"}, {"food_id", "12061"}, {"grams", 1 + t * 1000 + i % 1000}};
            auto r = c.Request("POST", "/api/v1/diary/2026-11-29/entries", body.dump());
            if (r.status != 201) continue;
            std::lock_guard<std::mutex> lock(mutex);
            acknowledged.insert(json::parse(r.body)["id"].get<std::int64_t>());
            ++writes;
          }
        } catch (const std::exception&) {
          // The server died mid-request: that request was never acknowledged.
        }
      });
    }
    while (writes < 200) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    server.Kill();  // mid-load, no clean shutdown
    stop = true;
    for (auto& c : clients) c.join();
  }
  ASSERT_GE(acknowledged.size(), 200u);

  testing::ServerProcess again(PLATEWISE_BINARY, testing::ServeArgs(db));
  ASSERT_TRUE(again.started()) << again.output();
  testing::HttpClient c(again.port());
  c.SetHeader("Authorization", "Bearer " + token);
  auto r = c.Get("/api/v1/diary/2026-11-29");
  ASSERT_EQ(r.status, 200) << r.body;
  std::set<std::int64_t> stored;
  const json day = json::parse(r.body);
  for (const json& line : day["meals"]["snacks"]) stored.insert(line["id"].get<std::int64_t>());
  for (std::int64_t id : acknowledged) EXPECT_TRUE(stored.count(id)) << "acknowledged entry " << id << " was lost";
}

}  // namespace
}  // namespace platewise
