#include "http/food_routes.h"

#include <charconv>

#include "core/food/barcode_lookup.h"
#include "http/error_response.h"
#include "http/request_user.h"
#include "json/barcode_matches_json.h"
#include "json/food_json.h"
#include "json/food_search_json.h"
#include "search/food_search.h"

namespace platewise::http {
namespace {

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 100;
constexpr UserId kNoUser = -1;  // owns nothing: sees shared foods only

Result<int> ParseLimit(const Request& req) {
  auto it = req.query.find("limit");
  if (it == req.query.end()) return kDefaultLimit;
  int limit = 0;
  const std::string& s = it->second;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), limit);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || limit < 1 || limit > kMaxLimit) {
    return Status::InvalidArgument("limit \"" + s + "\" must be a whole number from 1 to 100");
  }
  return limit;
}

// GET /api/v1/foods?barcode=CODE: a lookup, not a search, so neither the
// search's q nor its limit may come with it (either would be silently
// dropped otherwise).
Response BarcodeLookup(FoodRepository& foods, const Request& req, const std::string& code) {
  if (req.query.count("q")) {
    return ErrorResponse(Status::InvalidArgument(
        "give either q (part of a food name) or barcode (the digits under a package's bars), not both"));
  }
  if (req.query.count("limit")) {
    return ErrorResponse(Status::InvalidArgument(
        "limit is for a search by name (q); a barcode lookup answers every food with the code"));
  }
  auto found = LookUpBarcode(foods, code);
  if (!found.ok()) return ErrorResponse(found.status());
  return JsonResponse(200, BarcodeMatchesJson(*found));
}

}  // namespace

void AddFoodRoutes(Router& router, FoodRepository& foods, const search::FoodIndex& index) {
  router.Add("GET", "/api/v1/foods", [&foods, &index](const Request& req) {
    if (auto code = req.query.find("barcode"); code != req.query.end()) return BarcodeLookup(foods, req, code->second);
    auto q = req.query.find("q");
    if (q == req.query.end() || q->second.find_first_not_of(" \t") == std::string::npos) {
      return ErrorResponse(Status::InvalidArgument(
          "query parameter q or barcode is required: part of a food name, e.g. ?q=spinach, or the digits under a "
          "package's bars, e.g. ?barcode=036000291452"));
    }
    auto limit = ParseLimit(req);
    if (!limit.ok()) return ErrorResponse(limit.status());
    // Signed-in users also find their own custom foods and recipes.
    UserId viewer = req.auth.via == RequestAuth::Via::kNone ? kNoUser : req.auth.user;
    auto found = search::SearchFoods(index, foods, q->second, *limit, viewer);
    if (!found.ok()) return ErrorResponse(found.status());
    return JsonResponse(200, FoodSearchJson(q->second, *found));
  });

  router.Add("GET", "/api/v1/foods/{id}", [&foods](const Request& req) {
    auto food = req.auth.via == RequestAuth::Via::kNone ? foods.GetVisibleFood(kNoUser, req.params.at("id"))
                                                        : foods.GetVisibleFood(req.auth.user, req.params.at("id"));
    if (!food.ok()) return ErrorResponse(food.status());
    auto catalog = foods.ListNutrients();
    if (!catalog.ok()) return ErrorResponse(catalog.status());
    return JsonResponse(200, FoodDetailJson(**food, *catalog));
  });
}

}  // namespace platewise::http
