// Sign-up and sign-in with spellings of one address that look alike
// (hardening issue, point 10): one address is one account, however its
// letters were composed or capitalised, and an address with an invisible or
// direction-changing character is refused with a message naming it.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "auth/password_hasher.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/use_case_test_store.h"
#include "http/api_routes.h"
#include "search/food_index.h"
#include "storage/memory/memory_store.h"

namespace platewise::http {
namespace {

using nlohmann::json;

class LookalikeEmailRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenMemoryStore();
    ASSERT_TRUE(store.ok());
    store_ = std::move(*store);
    ctx_ = std::make_unique<UseCaseContext>(UseCaseContext{*store_, clock_, no_index_});
    auto dri = DriTable::Create({});
    ASSERT_TRUE(dri.ok());
    dri_ = std::make_unique<DriTable>(std::move(*dri));
    AccountOptions options;
    options.hash_cost = auth::HashCost::kMinimum;
    AddApiRoutes(router_, *ctx_, options, index_, *dri_);
  }

  Response Post(const std::string& path, const std::string& email) {
    Request req{"POST", path, {}, {}, json{{"email", email}, {"password", kPassword}}.dump()};
    req.headers["content-type"] = "application/json";
    auto r = router_.Dispatch(req);
    return r ? *r : Response{404, "application/json", "", {}};
  }

  static constexpr char kPassword[] = "correct horse battery";
  // josé@bücher.de in NFC, and the same letters decomposed (NFD) in capitals.
  const std::string composed_ = "jos\xc3\xa9@b\xc3\xbc" "cher.de";
  const std::string decomposed_capitals_ = "JOSE\xcc\x81@BU\xcc\x88" "CHER.DE";
  std::unique_ptr<Store> store_;
  platewise::testing::FixedClock clock_{CivilDate{2026, 12, 2}};
  NoFoodIndexUpdates no_index_;
  std::unique_ptr<UseCaseContext> ctx_;
  std::unique_ptr<DriTable> dri_;
  search::FoodIndex index_;
  Router router_;
};

TEST_F(LookalikeEmailRoutesTest, AnotherSpellingOfAnAddressIsTheSameAccount) {
  Response first = Post("/api/v1/signup", composed_);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(json::parse(first.body)["user"]["email"], composed_);
  Response again = Post("/api/v1/signup", decomposed_capitals_);
  EXPECT_EQ(again.status, 409) << again.body;
  Response in = Post("/api/v1/login", decomposed_capitals_);
  EXPECT_EQ(in.status, 200) << in.body;
}

TEST_F(LookalikeEmailRoutesTest, AnAddressWithAZeroWidthSpaceOrAnOverrideIsRefusedNamingIt) {
  ASSERT_EQ(Post("/api/v1/signup", "ann@example.org").status, 201);
  const std::pair<std::string, std::string> kLookalikes[] = {
      {"ann\xe2\x80\x8b@example.org", "U+200B"},
      {"\xe2\x80\xae" "ann@example.org", "U+202E"},
  };
  for (const auto& [email, named] : kLookalikes) {
    for (const char* path : {"/api/v1/signup", "/api/v1/login"}) {
      Response r = Post(path, email);
      EXPECT_EQ(r.status, 422) << path << " " << named;
      json error = json::parse(r.body)["error"];
      EXPECT_EQ(error["field"], "email");
      EXPECT_NE(error["message"].get<std::string>().find(named), std::string::npos) << error.dump();
    }
  }
  for (const auto& [email, named] : kLookalikes) {
    EXPECT_EQ(store_->accounts->FindUserByEmail(email).status().code(), StatusCode::kNotFound) << named;
  }
}

TEST_F(LookalikeEmailRoutesTest, AnAccountStoredBeforeTheUnicodeRulesStillSignsIn) {
  // Stored as sign-up stored it then: trimmed and ASCII-lowered, in NFD.
  auto hash = auth::HashPassword(kPassword, auth::HashCost::kMinimum);
  ASSERT_TRUE(hash.ok());
  ASSERT_TRUE(store_->accounts->CreateUser("jose\xcc\x81@example.org", *hash).ok());
  Response in = Post("/api/v1/login", "Jose\xcc\x81@Example.org");
  EXPECT_EQ(in.status, 200) << in.body;
}

}  // namespace
}  // namespace platewise::http
