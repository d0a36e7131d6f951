#ifndef PLATEWISE_JSON_FOOD_SEARCH_JSON_H_
#define PLATEWISE_JSON_FOOD_SEARCH_JSON_H_

// The JSON of a food search, shared by GET /api/v1/foods and
// `platewise foods search --json`:
//   {"query":"greek yogurt",
//    "foods":[FoodSummaryJson, ...],
//    "searched":"yogurt",            the words searched in the end
//    "relaxed":["greek"],            words dropped because no food had them all
//    "spelling_widened":false,       found only with one more typo allowed
//    "aliases":[{"typed":"ketchup","searched":"catsup"}],  everyday names searched as the database's words
//    "note":"No exact match for greek yogurt; showing yogurt."}  what to tell the person (search::SearchNote)

#include <nlohmann/json.hpp>
#include <string_view>

#include "search/food_search.h"

namespace platewise {

nlohmann::json FoodSearchJson(std::string_view query, const search::FoodSearchResult& result);

}  // namespace platewise

#endif  // PLATEWISE_JSON_FOOD_SEARCH_JSON_H_
