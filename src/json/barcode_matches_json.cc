#include "json/barcode_matches_json.h"

#include "json/food_json.h"

namespace platewise {

nlohmann::json PackagedFoodJson(const Food& food) {
  nlohmann::json j = FoodSummaryJson(food);
  j["barcode"] = food.barcode;
  j["source"] = food.source;
  return j;
}

nlohmann::json BarcodeMatchesJson(const BarcodeMatches& matches) {
  nlohmann::json foods = nlohmann::json::array();
  for (const SharedFood& f : matches.foods) foods.push_back(PackagedFoodJson(*f));
  return {{"barcode", matches.gtin}, {"foods", std::move(foods)}};
}

}  // namespace platewise
