// Every API route that may read a request body (POST, PUT, PATCH, DELETE),
// in a fresh ApiWorld per input (api_world.h). The input's first
// line names a route, "METHOD /pattern" as registered; the rest is the body.
// A first line that names no route picks one by its hash, so no input is
// wasted and each seed keeps meaning its route when routes are added.
//
// The answer must be a status the API documents for a refusal or a success:
// never a 500, which is what an uncaught exception or an unexpected Status
// becomes.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "api_world.h"
#include "fuzz_target.h"

namespace platewise::http {
namespace {

// The pattern with each {name} segment given a value that exists in ApiWorld.
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

  const platewise::fuzz::ApiWorld world;
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
