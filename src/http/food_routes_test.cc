// GET /api/v1/foods with barcode=: the lookup's answers and refusals, on the
// in-memory store (the end-to-end test, tests/e2e/barcode_e2e_test.cc, asks
// the real server).

#include "http/food_routes.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "storage/memory/memory_store.h"
#include "testing/packaged_foods.h"

namespace platewise::http {
namespace {

using nlohmann::json;

class FoodRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenMemoryStore();
    ASSERT_TRUE(store.ok());
    store_ = std::move(*store);
    ASSERT_TRUE(store_->foods->ImportDataset(testing::PackagedDataset({testing::PackagedYogurt("fdc:100")})).ok());
    AddFoodRoutes(router_, *store_->foods, index_);
  }

  Response Get(std::map<std::string, std::string> query) {
    Request req{"GET", "/api/v1/foods", std::move(query), {}, ""};
    auto r = router_.Dispatch(req);
    return r ? *r : Response{404, "application/json", "", {}};
  }

  std::unique_ptr<Store> store_;
  search::FoodIndex index_;
  Router router_;
};

TEST_F(FoodRoutesTest, ABarcodeListsThePackagedFoodsWithBrandBarcodeAndSource) {
  Response r = Get({{"barcode", "036000291452"}});
  ASSERT_EQ(r.status, 200) << r.body;
  json body = json::parse(r.body);
  EXPECT_EQ(body["barcode"], "00036000291452");
  ASSERT_EQ(body["foods"].size(), 1u);
  EXPECT_EQ(body["foods"][0]["id"], "fdc:100");
  EXPECT_EQ(body["foods"][0]["brand"], "Acme Dairy");
  EXPECT_EQ(body["foods"][0]["barcode"], "00036000291452");
  EXPECT_EQ(body["foods"][0]["source"], "fdc-branded");
}

TEST_F(FoodRoutesTest, AnUnknownWellFormedCodeIsAnEmptyList) {
  Response r = Get({{"barcode", "96385074"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body), (json{{"barcode", "00000096385074"}, {"foods", json::array()}}));
}

TEST_F(FoodRoutesTest, RefusalsAre400sNamingTheProblem) {
  struct Case {
    std::map<std::string, std::string> query;
    const char* named;  // a part of the message
  };
  const Case cases[] = {
      {{{"barcode", "12ab"}}, "\"12ab\" has \"a\""},
      {{{"barcode", "1234567"}}, "has 7"},
      {{{"barcode", ""}}, "has 0"},
      {{{"barcode", "00000000"}}, "only zeros"},
      {{{"barcode", "036000291452"}, {"q", "yogurt"}}, "not both"},
      {{{"barcode", "036000291452"}, {"q", ""}}, "not both"},
      {{{"barcode", "036000291452"}, {"limit", "5"}}, "limit is for a search by name"},
      {{}, "q or barcode is required"},
  };
  for (const Case& c : cases) {
    Response r = Get(c.query);
    json query(c.query);
    ASSERT_EQ(r.status, 400) << query << ": " << r.body;
    json error = json::parse(r.body)["error"];
    EXPECT_EQ(error["code"], "invalid_argument") << query;
    EXPECT_NE(error["message"].get<std::string>().find(c.named), std::string::npos) << query << ": " << error;
  }
}

}  // namespace
}  // namespace platewise::http
