#include "api_world.h"

#include "auth/password_hasher.h"
#include "auth/secret_token.h"
#include "core/usecases/use_case_test_store.h"
#include "fuzz_target.h"
#include "http/api_routes.h"
#include "search/food_search.h"
#include "storage/memory/memory_store.h"

namespace platewise::fuzz {

ApiWorld::ApiWorld() : token_(auth::NewSecretToken()) {
  auto store = OpenMemoryStore();
  FUZZ_CHECK(store.ok(), "the memory store opens");
  store_ = std::move(*store);
  FUZZ_CHECK(store_->foods->ImportDataset(platewise::testing::UseCaseTestFoods()).ok(), "foods import");
  auto user = store_->accounts->CreateUser("fuzz@example.org", "no sign-in");
  FUZZ_CHECK(user.ok(), "the user is made");
  FUZZ_CHECK(store_->accounts->CreateApiToken(*user, "fuzz", auth::HashSecretToken(token_), 0).ok(), "token");
  auto index = search::LoadFoodIndex(*store_->foods, *store_->diary);
  FUZZ_CHECK(index.ok(), "the search index loads");
  index_ = std::move(*index);
  ctx_ = std::make_unique<UseCaseContext>(UseCaseContext{*store_, clock_, no_index_});
  auto dri = DriTable::Create({});
  FUZZ_CHECK(dri.ok(), "an empty DRI table");
  dri_ = std::make_unique<DriTable>(std::move(*dri));
  http::AccountOptions options;
  options.hash_cost = auth::HashCost::kMinimum;
  http::AddApiRoutes(router_, *ctx_, options, *index_, *dri_);
  nutrient_deps_ =
      std::make_unique<http::NutrientRouteDeps>(http::NutrientRouteDeps{{*ctx_, *dri_, explanations_}, solver_});
  http::AddNutrientRoutes(router_, *nutrient_deps_);
  // What the routes' ids and dates refer to.
  auto expect = [this](const std::string& method, const std::string& path, const std::string& body) {
    http::Response r = Call(method, path, body);
    FUZZ_CHECK(r.status >= 200 && r.status < 300, (method + " " + path + " sets up the world: " + r.body).c_str());
  };
  expect("PUT", "/api/v1/profile",
         R"({"sex":"female","birth_date":"1990-05-01","height_cm":167.6,"weight_kg":72.5,)"
         R"("activity":"light","weekly_goal_lb":-1,"units":"metric","time_zone":"UTC"})");
  expect("POST", "/api/v1/diary/2026-12-01/entries", R"({"meal":"lunch","food_id":"11457","grams":150})");
  expect("POST", "/api/v1/foods",
         R"({"name":"Granola","nutrients":{"energy":180,"magnesium":40},"serving_grams":40,"per":"serving"})");
  expect("POST", "/api/v1/recipes",
         R"({"name":"Salad","servings":2,"ingredients":[{"food_id":"11457","grams":100}]})");
}

http::Response ApiWorld::Dispatch(http::Request& req) const {
  auto r = router_.Dispatch(req);
  return r ? *r : http::Response{404, "application/json", "", {}};
}

http::Response ApiWorld::Call(const std::string& method, const std::string& path, std::string body) const {
  http::Request req{method, path, {}, {}, std::move(body)};
  req.headers["authorization"] = Authorization();
  req.headers["content-type"] = "application/json";
  return Dispatch(req);
}

}  // namespace platewise::fuzz
