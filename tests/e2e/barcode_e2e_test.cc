// End-to-end: GET /api/v1/foods?barcode= on the real `platewise serve`, on a
// database seeded with a packaged food (testing/packaged_foods.h) before the
// server starts.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

#include "testing/http_client.h"
#include "testing/packaged_foods.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"
#include "testing/seeded_database.h"

namespace platewise {
namespace {

using nlohmann::json;

class BarcodeE2e : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string db = testing::SeededDatabase(PLATEWISE_BINARY, dir_, "platewise.db");
    Status seeded = testing::SeedPackagedFoods(db, PLATEWISE_BUNDLED_DATA_DIR);
    ASSERT_TRUE(seeded.ok()) << seeded.message();
    server_ = std::make_unique<testing::ServerProcess>(
        PLATEWISE_BINARY, std::vector<std::string>{"serve", "--listen", "127.0.0.1:0", "--threads", "2", "--db", db,
                                                   "--data-dir", PLATEWISE_BUNDLED_DATA_DIR});
    ASSERT_TRUE(server_->started()) << server_->output();
  }

  // GET /api/v1/foods?QUERY: the status and the parsed body.
  std::pair<int, json> Foods(const std::string& query) {
    testing::HttpClient client(server_->port());
    auto r = client.Get("/api/v1/foods?" + query);
    EXPECT_EQ(r.content_type, "application/json") << query;
    return {r.status, json::parse(r.body, nullptr, false)};
  }

  testing::TempDir dir_;
  std::unique_ptr<testing::ServerProcess> server_;
};

TEST_F(BarcodeE2e, TheUpcEanAndGtinFormsOfTheCodeAllFindThePackagedFood) {
  for (const char* code : {"036000291452", "0036000291452", "00036000291452", "0+36000+29145+2"}) {
    auto [status, body] = Foods(std::string("barcode=") + code);
    ASSERT_EQ(status, 200) << code << ": " << body;
    EXPECT_EQ(body["barcode"], testing::kSkyrGtin) << code;
    ASSERT_EQ(body["foods"].size(), 1u) << code << ": " << body;
    const json& food = body["foods"][0];
    EXPECT_EQ(food["id"], testing::kSkyrId);
    EXPECT_EQ(food["name"], testing::kSkyrName);
    EXPECT_EQ(food["brand"], "Acme Dairy");
    EXPECT_EQ(food["barcode"], testing::kSkyrGtin);
    EXPECT_EQ(food["source"], testing::kPackagedSource);
    EXPECT_EQ(food["kcal_per_100g"], 63.0);
    EXPECT_EQ(food["default_portion"]["grams"], 150.0);
  }
}

// One code can be in two datasets: every food with it, in id order.
TEST_F(BarcodeE2e, ACodeOfSeveralFoodsListsThemAllInIdOrder) {
  auto [status, body] = Foods("barcode=96385074");
  ASSERT_EQ(status, 200) << body;
  EXPECT_EQ(body["barcode"], testing::kBarGtin);
  ASSERT_EQ(body["foods"].size(), 2u) << body;
  EXPECT_EQ(body["foods"][0]["id"], testing::kBarIds[0]);
  EXPECT_EQ(body["foods"][1]["id"], testing::kBarIds[1]);
}

// The food found is an ordinary shared food: its detail reads by id.
TEST_F(BarcodeE2e, TheFoodFoundReadsByItsId) {
  testing::HttpClient client(server_->port());
  auto r = client.Get(std::string("/api/v1/foods/") + testing::kSkyrId);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["name"], testing::kSkyrName);
}

// Not a 404: the lookup worked and no food has the code. A wrong check digit
// is such a code too (NormalizeBarcode does not verify it, by design).
TEST_F(BarcodeE2e, AWellFormedCodeNoFoodHasIsAnEmptyList) {
  for (const char* code : {"4006381333931", "036000291453"}) {
    auto [status, body] = Foods(std::string("barcode=") + code);
    ASSERT_EQ(status, 200) << code << ": " << body;
    EXPECT_EQ(body["foods"], json::array()) << code;
  }
}

TEST_F(BarcodeE2e, AMalformedCodeIsA400NamingWhatIsWrong) {
  const std::pair<const char*, const char*> cases[] = {
      {"barcode=12ab", "\"12ab\" has \"a\""},       // letters
      {"barcode=1234567", "\"1234567\" has 7"},     // too short
      {"barcode=123456789012345", "has 15"},        // too long
      {"barcode=00000000", "only zeros"},           // no product
      {"barcode=036000291452&q=skyr", "not both"},  // a lookup and a search at once
  };
  for (const auto& [query, named] : cases) {
    auto [status, body] = Foods(query);
    ASSERT_EQ(status, 400) << query << ": " << body;
    EXPECT_EQ(body["error"]["code"], "invalid_argument") << query;
    EXPECT_NE(body["error"]["message"].get<std::string>().find(named), std::string::npos) << query << ": " << body;
  }
}

}  // namespace
}  // namespace platewise
