// The diary routes over a store whose writes fail as a real backend's do
// (busy, disk full, a constraint): the answer is a clear 503 or 409 with the
// JSON error body, never a 500, and the day reads exactly as before.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "auth/password_hasher.h"
#include "auth/secret_token.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/use_case_test_store.h"
#include "http/api_routes.h"
#include "search/food_index.h"
#include "storage/faulty/faulty_store.h"
#include "storage/memory/memory_store.h"

namespace platewise::http {
namespace {

class FailingStoreRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto inner = OpenMemoryStore();
    ASSERT_TRUE(inner.ok());
    ASSERT_TRUE((*inner)->foods->ImportDataset(testing::UseCaseTestFoods()).ok());
    auto user = (*inner)->accounts->CreateUser("a@example.org", "no sign-in");
    ASSERT_TRUE(user.ok());
    auto hash = auth::HashPassword(kPassword, auth::HashCost::kMinimum);
    ASSERT_TRUE(hash.ok());
    ASSERT_TRUE((*inner)->accounts->CreateUser("b@example.org", *hash).ok());
    ASSERT_TRUE((*inner)->accounts->CreateApiToken(*user, "t", auth::HashSecretToken(token_), 0).ok());
    store_ = MakeFaultyStore(std::move(*inner), faults_);
    ctx_ = std::make_unique<UseCaseContext>(UseCaseContext{*store_, clock_, no_index_});
    auto dri = DriTable::Create({});
    ASSERT_TRUE(dri.ok());
    dri_ = std::make_unique<DriTable>(std::move(*dri));
    AddApiRoutes(router_, *ctx_, AccountOptions{}, index_, *dri_);
  }

  Response Call(const std::string& method, const std::string& path, const nlohmann::json& body = nullptr) {
    Request req{method, path, {}, {}, body.is_null() ? "" : body.dump()};
    req.headers["authorization"] = "Bearer " + token_;
    req.headers["content-type"] = "application/json";
    auto r = router_.Dispatch(req);
    return r ? *r : Response{404, "application/json", "", {}};
  }

  std::string Day() { return Call("GET", "/api/v1/diary/2026-11-29").body; }

  static constexpr char kPassword[] = "correct horse battery";
  std::string token_ = auth::NewSecretToken();
  std::shared_ptr<StoreFaults> faults_ = std::make_shared<StoreFaults>();
  std::unique_ptr<Store> store_;
  platewise::testing::FixedClock clock_{CivilDate{2026, 11, 29}};
  NoFoodIndexUpdates no_index_;
  std::unique_ptr<UseCaseContext> ctx_;
  std::unique_ptr<DriTable> dri_;
  search::FoodIndex index_;
  Router router_;
};

TEST_F(FailingStoreRoutesTest, EveryDiaryWriteThatFailsIsA503Or409AndChangesNothing) {
  const std::string base = "/api/v1/diary/2026-11-29";
  ASSERT_EQ(Call("POST", base + "/entries", {{"meal", "lunch"}, {"food_id", "11457"}, {"grams", 100}}).status, 201);
  const std::string before = Day();
  const auto entry_id = nlohmann::json::parse(before)["meals"]["lunch"][0]["id"].get<std::int64_t>();
  const std::string entry = "/api/v1/diary/entries/" + std::to_string(entry_id);
  struct Case {
    const char* what;
    std::string method, path;
    nlohmann::json body;
  };
  const std::vector<Case> kWrites = {
      {"add entry", "POST", base + "/entries", {{"meal", "dinner"}, {"food_id", "12061"}, {"grams", 30}}},
      {"edit entry", "PATCH", entry, {{"grams", 250}}},
      {"delete entry", "DELETE", entry, nullptr},
      // To another day: a day copied onto itself holds its entries already (409).
      {"copy day", "POST", base + "/copy", {{"to", "2026-11-30"}}},
      {"water", "POST", base + "/water", {{"ml", 250}}},
      {"exercise", "POST", base + "/exercise", {{"kcal", 100}, {"description", "Garden"}}},
  };
  const struct {
    Status error;
    int http;
  } kErrors[] = {{DatabaseBusy(), 503}, {DiskFull(), 503}, {ConstraintFailed(), 409}};
  for (const auto& e : kErrors) {
    for (const Case& c : kWrites) {
      SCOPED_TRACE(std::string(c.what) + " / " + e.error.message());
      faults_->FailNextWrites(e.error);
      Response r = Call(c.method, c.path, c.body);
      EXPECT_EQ(r.status, e.http) << r.body;
      auto j = nlohmann::json::parse(r.body, nullptr, false);
      ASSERT_TRUE(j.is_object()) << r.body;
      EXPECT_TRUE(j["error"]["message"].is_string());
      EXPECT_EQ(Day(), before);  // nothing half-written
    }
  }
}

// Sign-in when the throttle's counts cannot be read or written: a clear 503,
// never a 500, and never an answer to a guess that was not counted.
TEST_F(FailingStoreRoutesTest, SignInFailsClosedWhenTheThrottleStoreFails) {
  auto login = [&](const std::string& email, const std::string& password) {
    Request req{"POST", "/api/v1/login", {}, {}, nlohmann::json{{"email", email}, {"password", password}}.dump()};
    req.headers["content-type"] = "application/json";
    auto r = router_.Dispatch(req);
    return r ? *r : Response{404, "application/json", "", {}};
  };
  auto expect_unavailable = [](const Response& r) {
    EXPECT_EQ(r.status, 503) << r.body;
    auto j = nlohmann::json::parse(r.body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r.body;
    EXPECT_EQ(j["error"]["code"], "unavailable");
    EXPECT_NE(j["error"]["message"].get<std::string>().find("try again later"), std::string::npos) << r.body;
  };
  // The counts cannot be read: refused before the password is looked at.
  faults_->FailNextReads(DatabaseBusy());
  expect_unavailable(login("b@example.org", kPassword));
  // A wrong password whose failure cannot be counted is not answered 401.
  faults_->FailNextWritesTo(FaultPort::kLoginAttempts, DiskFull(), 100);
  expect_unavailable(login("b@example.org", "wrong password"));
  expect_unavailable(login("nobody@example.org", "wrong password"));
  // Nor does a wrong current password go uncounted.
  expect_unavailable(Call("PUT", "/api/v1/account/password",
                          {{"current_password", "wrong password"}, {"new_password", "a new password 1"}}));
  faults_->Clear();
  EXPECT_EQ(login("b@example.org", kPassword).status, 200);
}

}  // namespace
}  // namespace platewise::http

namespace platewise::http {
namespace {

// /healthz said "ok" whatever the store did with writes: now ?write=1 commits
// one, and a store that refuses it is 503 naming the failure.
TEST_F(FailingStoreRoutesTest, HealthzWithWriteIs503WhenTheStoreRefusesWrites) {
  EXPECT_EQ(Call("GET", "/healthz").status, 200);
  Request ok_write{"GET", "/healthz", {{"write", "1"}}, {}, ""};
  auto ok = router_.Dispatch(ok_write);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  EXPECT_EQ(nlohmann::json::parse(ok->body)["write"], "ok");

  faults_->FailNextWrites(DiskFull());
  Request write{"GET", "/healthz", {{"write", "1"}}, {}, ""};
  auto refused = router_.Dispatch(write);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 503) << refused->body;
  EXPECT_NE(refused->body.find("the database refused a write"), std::string::npos) << refused->body;
  // Without ?write=1 the same store is healthy: reads work.
  EXPECT_EQ(Call("GET", "/healthz").status, 200);
}

TEST_F(FailingStoreRoutesTest, HealthzIs503WhenTheStoreCannotBeRead) {
  faults_->FailNextReads(DatabaseBusy());
  Request req{"GET", "/healthz", {}, {}, ""};  // signed out: the failing read is the health check's
  auto r = router_.Dispatch(req);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503) << r->body;
  EXPECT_NE(r->body.find("the database did not answer a read"), std::string::npos) << r->body;
}

TEST_F(FailingStoreRoutesTest, HealthzRefusesAWriteValueOtherThanOne) {
  Request req{"GET", "/healthz", {{"write", "yes"}}, {}, ""};
  auto r = router_.Dispatch(req);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("write \\\"yes\\\" must be 1"), std::string::npos) << r->body;
}

}  // namespace
}  // namespace platewise::http
