#ifndef PLATEWISE_FUZZ_API_WORLD_H_
#define PLATEWISE_FUZZ_API_WORLD_H_

// The API as `serve` builds it (AddApiRoutes, AddNutrientRoutes) on a fresh
// in-memory store holding one user, with a profile, a diary entry, a custom
// food and a recipe, and an API token; the search index is loaded from the
// store as serve loads it. Made again for each input, so that an
// input's answer depends on that input alone and a crash replays from its
// file. For the fuzz targets that send requests (fuzz_request_json,
// fuzz_http_request).

#include <map>
#include <memory>
#include <string>

#include "core/nutrient/dri_table.h"
#include "core/testing/fixed_clock.h"
#include "http/nutrient_routes.h"
#include "http/router.h"
#include "search/food_index.h"
#include "suggest/glpk_diet_solver.h"

namespace platewise::fuzz {

class ApiWorld {
 public:
  ApiWorld();

  const http::Router& router() const { return router_; }
  // "Bearer ..." for the world's user.
  std::string Authorization() const { return "Bearer " + token_; }

  // Dispatches `req` (a 404 when no route matches, as `serve` answers).
  http::Response Dispatch(http::Request& req) const;
  // METHOD PATH with a JSON body, as the world's user.
  http::Response Call(const std::string& method, const std::string& path, std::string body) const;

 private:
  std::string token_;
  std::unique_ptr<Store> store_;
  platewise::testing::FixedClock clock_{CivilDate{2026, 12, 1}};
  NoFoodIndexUpdates no_index_;
  std::unique_ptr<UseCaseContext> ctx_;
  std::unique_ptr<DriTable> dri_;
  std::map<std::string, std::string> explanations_;
  GlpkDietSolver solver_{200};  // ms: a fuzz input never waits long on it
  std::unique_ptr<http::NutrientRouteDeps> nutrient_deps_;
  std::unique_ptr<search::FoodIndex> index_;  // loaded from the store, as serve does
  http::Router router_;
};

}  // namespace platewise::fuzz

#endif  // PLATEWISE_FUZZ_API_WORLD_H_
