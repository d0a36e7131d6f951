// Every API route that may read a request body (POST, PUT, PATCH, DELETE;
// the nutrient routes only read queries), on a
// fresh in-memory store per input that holds one signed-in user with a
// profile, a diary entry, a custom food and a recipe. The input's first
// line names a route, "METHOD /pattern" as registered; the rest is the body.
// A first line that names no route picks one by its hash, so no input is
// wasted and each seed keeps meaning its route when routes are added.
//
// The answer must be a status the API documents for a refusal or a success:
// never a 500, which is what an uncaught exception or an unexpected Status
// becomes.

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "auth/password_hasher.h"
#include "auth/secret_token.h"
#include "core/nutrient/dri_table.h"
#include "core/testing/fixed_clock.h"
#include "core/usecases/use_case_test_store.h"
#include "fuzz_target.h"
#include "http/api_routes.h"
#include "search/food_index.h"
#include "storage/memory/memory_store.h"

namespace platewise::http {
namespace {

// One user's world, made again for each input so that an input's answer
// depends on that input alone (a crash found replays from its file).
class World {
 public:
  World() {
    auto store = OpenMemoryStore();
    FUZZ_CHECK(store.ok(), "the memory store opens");
    store_ = std::move(*store);
    FUZZ_CHECK(store_->foods->ImportDataset(platewise::testing::UseCaseTestFoods()).ok(), "foods import");
    auto user = store_->accounts->CreateUser("fuzz@example.org", "no sign-in");
    FUZZ_CHECK(user.ok(), "the user is made");
    FUZZ_CHECK(store_->accounts->CreateApiToken(*user, "fuzz", auth::HashSecretToken(token_), 0).ok(), "token");
    ctx_ = std::make_unique<UseCaseContext>(UseCaseContext{*store_, clock_, no_index_});
    auto dri = DriTable::Create({});
    FUZZ_CHECK(dri.ok(), "an empty DRI table");
    dri_ = std::make_unique<DriTable>(std::move(*dri));
    AccountOptions options;
    options.hash_cost = auth::HashCost::kMinimum;
    AddApiRoutes(router_, *ctx_, options, index_, *dri_);
    // What the routes' ids and dates below refer to.
    Expect("PUT", "/api/v1/profile",
           R"({"sex":"female","birth_date":"1990-05-01","height_cm":167.6,"weight_kg":72.5,)"
           R"("activity":"light","weekly_goal_lb":-1,"units":"metric","time_zone":"UTC"})");
    Expect("POST", "/api/v1/diary/2026-12-01/entries", R"({"meal":"lunch","food_id":"11457","grams":150})");
    Expect("POST", "/api/v1/foods",
           R"({"name":"Granola","nutrients":{"energy":180,"magnesium":40},"serving_grams":40,"per":"serving"})");
    Expect("POST", "/api/v1/recipes",
           R"({"name":"Salad","servings":2,"ingredients":[{"food_id":"11457","grams":100}]})");
  }

  const Router& router() const { return router_; }

  Response Call(const std::string& method, const std::string& path, std::string body) {
    Request req{method, path, {}, {}, std::move(body)};
    req.headers["authorization"] = "Bearer " + token_;
    req.headers["content-type"] = "application/json";
    auto r = router_.Dispatch(req);
    return r ? *r : Response{404, "application/json", "", {}};
  }

 private:
  void Expect(const std::string& method, const std::string& path, const std::string& body) {
    Response r = Call(method, path, body);
    FUZZ_CHECK(r.status >= 200 && r.status < 300, (method + " " + path + " sets up the world: " + r.body).c_str());
  }

  std::string token_ = auth::NewSecretToken();
  std::unique_ptr<Store> store_;
  platewise::testing::FixedClock clock_{CivilDate{2026, 12, 1}};
  NoFoodIndexUpdates no_index_;
  std::unique_ptr<UseCaseContext> ctx_;
  std::unique_ptr<DriTable> dri_;
  search::FoodIndex index_;
  Router router_;
};

// The pattern with each {name} segment given a value that exists in World.
std::string PathOf(const Router::Route& route) {
  std::string path;
  for (const auto& segment : route.segments) {
    path += '/';
    if (segment.size() < 2 || segment.front() != '{') {
      path += segment;
    } else if (segment == "{date}") {
      path += "2026-12-01";
    } else if (segment == "{food_id}") {
      path += "11457";
    } else if (path == "/api/v1/custom-foods/") {
      path += "c1";
    } else {
      path += "1";  // the first entry, custom food, recipe, token, ...
    }
  }
  return path;
}

bool TakesBody(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

}  // namespace
}  // namespace platewise::http

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using platewise::http::Router;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto newline = input.find('\n');
  std::string_view first = input.substr(0, newline);
  std::string body(newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1));

  platewise::http::World world;
  std::vector<const Router::Route*> routes;
  const Router::Route* named = nullptr;
  for (const auto& route : world.router().routes()) {
    if (!platewise::http::TakesBody(route.method)) continue;
    routes.push_back(&route);
    if (first == route.method + " " + route.pattern) named = &route;
  }
  FUZZ_CHECK(!routes.empty(), "some route reads a body");
  if (!named) named = routes[std::hash<std::string_view>()(first) % routes.size()];
  auto response = world.Call(named->method, platewise::http::PathOf(*named), std::move(body));
  FUZZ_CHECK(response.status != 500, (named->method + " " + named->pattern + " answered 500: " + response.body).c_str());
  FUZZ_CHECK(response.status >= 200 && response.status < 600, "a status is an HTTP status");
  return 0;
}
